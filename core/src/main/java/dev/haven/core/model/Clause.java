package dev.haven.core.model;

import dev.haven.core.vocab.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One operative rule of a clause set. The kinds form a closed hierarchy, one record per {@link ClauseKind}: a new
 * kind must be permitted here, must declare its fields as {@link KindField} constants for its {@code ClauseKind},
 * and fails to compile in every {@code switch} over the kinds that must handle it.
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
  default List<OwnField> ownFields() {
    List<KindField<?, ?>> fields = kind().kindFields();
    List<OwnField> out = new ArrayList<>(fields.size());
    for (KindField<?, ?> field : fields) {
      out.add(new OwnField(field.spec(), field.valueIn(this)));
    }
    return List.copyOf(out);
  }

  /**
   * Replaces the common fields, keeping the kind's own.
   *
   * @param core the new common fields
   * @return the same clause with another core
   */
  Clause withCore(ClauseCore core);

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
