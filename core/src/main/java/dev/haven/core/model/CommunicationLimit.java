package dev.haven.core.model;

import dev.haven.core.vocab.Counterparty;
import dev.haven.core.vocab.Information;
import java.util.List;
import java.util.Objects;

/**
 * Limits what officials tell federal immigration authorities (or anyone) about a person.
 *
 * @param core the fields every clause has
 * @param counterparty who is not told; {@code federal-immigration-authorities} when the file does not say
 * @param information what is not told; empty when not specified
 */
public record CommunicationLimit(
    ClauseCore core,
    Term<Counterparty> counterparty,
    List<Term<Information>> information) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param counterparty who is not told; {@code federal-immigration-authorities} when the file does not say
   * @param information what is not told; empty when not specified
   */
  public CommunicationLimit {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(counterparty, "counterparty");
    information = List.copyOf(information);
  }

  /**
   * The same clause with the format's default for {@code counterparty}.
   *
   * @param core the fields every clause has
   * @param information what is not told; empty when not specified
   */
  public CommunicationLimit(ClauseCore core, List<Term<Information>> information) {
    this(core, Term.of(Counterparty.FEDERAL_IMMIGRATION_AUTHORITIES), information);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.COMMUNICATION_LIMIT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), counterparty, information);
  }

  @Override
  public CommunicationLimit withCore(ClauseCore newCore) {
    return new CommunicationLimit(newCore, counterparty, information);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
