package dev.haven.core.model;

import dev.haven.core.vocab.Counterparty;
import dev.haven.core.vocab.Information;
import java.util.List;
import java.util.Objects;

/** Limits what officials tell federal immigration authorities (or anyone) about a person. */
public record CommunicationLimit(
    ClauseCore core,
    Term<Counterparty> counterparty,
    List<Term<Information>> information) implements Clause {

  public CommunicationLimit {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(counterparty, "counterparty");
    information = List.copyOf(information);
  }

  /** The same clause with the format's default for {@code counterparty}. */
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
