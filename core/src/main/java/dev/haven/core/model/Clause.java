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

  /** The fields every kind has. */
  ClauseCore core();

  ClauseKind kind();

  /** The kind's own fields with their values, in {@link ClauseKind#fields()} order. */
  List<OwnField> ownFields();

  /** The same clause with another core. */
  Clause withCore(ClauseCore core);

  <R> R accept(ClauseVisitor<R> visitor);

  default String id() {
    return core().id();
  }

  default Optional<Modality> modality() {
    return core().modality();
  }

  default List<ActorKey> actors() {
    return core().actors();
  }

  default String text() {
    return core().text();
  }

  default List<Exemption> exceptions() {
    return core().exceptions();
  }

  default List<Condition> conditions() {
    return core().conditions();
  }
}
