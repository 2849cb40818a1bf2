package dev.haven.core.model;

import dev.haven.core.vocab.Activity;
import java.util.List;
import java.util.Objects;

/**
 * The actors stay out of the stated enforcement activities.
 *
 * @param core the fields every clause has
 * @param activities the enforcement activities the jurisdiction stays out of
 */
public record EnforcementNonParticipation(
    ClauseCore core,
    List<Term<Activity>> activities) implements Clause {

  /** {@link #activities()}, as a typed reference to the field {@code activities}. */
  public static final KindField.VocabularyList<EnforcementNonParticipation, Activity> ACTIVITIES =
      KindField.terms(EnforcementNonParticipation.class, "activities", Activity.class, FieldImpact.SCOPE,
          EnforcementNonParticipation::activities);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<EnforcementNonParticipation, ?>> FIELDS = List.of(ACTIVITIES);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param activities {@link #activities()}
   */
  public EnforcementNonParticipation {
    Objects.requireNonNull(core, "core");
    activities = ACTIVITIES.given(activities);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.ENFORCEMENT_NON_PARTICIPATION;
  }

  @Override
  public EnforcementNonParticipation withCore(ClauseCore newCore) {
    return new EnforcementNonParticipation(newCore, activities);
  }
}
