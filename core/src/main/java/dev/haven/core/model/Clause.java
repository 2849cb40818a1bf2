package dev.haven.core.model;

import dev.haven.core.vocab.Modality;
import java.util.List;
import java.util.Optional;

/**
 * One operative rule of a clause set. The kinds form a closed hierarchy: adding one is a compile error in
 * every {@link ClauseVisitor}, which is how code that must handle every kind stays complete.
 */
public sealed interface Clause
    permits CommunicationLimit,
        SpendingRestriction,
        ServiceNonDenial,
        StatusNonInquiry,
        DetentionLimit,
        DetainerLimit,
        NotificationLimit,
        FacilityAccessLimit,
        EnforcementNonParticipation,
        CooperationCondition,
        SafeSpace,
        ReportingRequirement,
        GeneralProvision {

  /** {@return the fields every kind has} */
  ClauseCore core();

  /** {@return the clause's kind, which fixes its record type and its own fields} */
  ClauseKind kind();

  /** {@return the kind's own fields with their values, in {@link ClauseKind#fields()} order} */
  List<OwnField> ownFields();

  /**
   * Replaces the common fields, keeping the kind's own.
   *
   * @param core the new common fields
   * @return the same clause with another core
   */
  Clause withCore(ClauseCore core);

  /**
   * Calls the visitor's method for this clause's kind.
   *
   * @param <R> what the visitor produces
   * @param visitor the visitor
   * @return what the visitor returned
   */
  <R> R accept(ClauseVisitor<R> visitor);

  /** {@return the clause's id, unique within its set} */
  default String id() {
    return core().id();
  }

  /** {@return whether the clause forbids, requires or permits; empty only for a general provision that says none} */
  default Optional<Modality> modality() {
    return core().modality();
  }

  /** {@return who the clause binds, as party keys or standard actors} */
  default List<ActorKey> actors() {
    return core().actors();
  }

  /** {@return the clause's operative text, verbatim from the source where the source has it} */
  default String text() {
    return core().text();
  }

  /** {@return the grounds on which the clause gives way, in file order} */
  default List<Exemption> exceptions() {
    return core().exceptions();
  }

  /** {@return what must hold for the clause to apply, in file order} */
  default List<Condition> conditions() {
    return core().conditions();
  }
}
