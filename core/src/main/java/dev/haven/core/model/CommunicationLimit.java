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

  /** {@link #counterparty()}, as a typed reference to the field {@code counterparty}. */
  public static final KindField.VocabularyValue<CommunicationLimit, Counterparty> COUNTERPARTY =
      KindField.term(CommunicationLimit.class, "counterparty", Counterparty.class, FieldImpact.RECIPIENTS,
          CommunicationLimit::counterparty, Counterparty.FEDERAL_IMMIGRATION_AUTHORITIES);
  /** {@link #information()}, as a typed reference to the field {@code information}. */
  public static final KindField.VocabularyList<CommunicationLimit, Information> INFORMATION =
      KindField.terms(CommunicationLimit.class, "information", Information.class, FieldImpact.SCOPE,
          CommunicationLimit::information);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<CommunicationLimit, ?>> FIELDS = List.of(COUNTERPARTY, INFORMATION);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param counterparty {@link #counterparty()}
   * @param information {@link #information()}
   */
  public CommunicationLimit {
    Objects.requireNonNull(core, "core");
    counterparty = COUNTERPARTY.given(counterparty);
    information = INFORMATION.given(information);
  }

  /**
   * A limit on telling federal immigration authorities, the default counterparty.
   *
   * @param core the fields every clause has
   * @param information what is not told
   */
  public CommunicationLimit(ClauseCore core, List<Term<Information>> information) {
    this(core, COUNTERPARTY.absent(), information);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.COMMUNICATION_LIMIT;
  }

  @Override
  public CommunicationLimit withCore(ClauseCore newCore) {
    return new CommunicationLimit(newCore, counterparty, information);
  }
}
