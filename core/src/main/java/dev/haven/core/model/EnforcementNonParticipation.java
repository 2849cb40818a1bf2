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

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param activities the enforcement activities the jurisdiction stays out of
   */
  public EnforcementNonParticipation {
    Objects.requireNonNull(core, "core");
    activities = List.copyOf(activities);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.ENFORCEMENT_NON_PARTICIPATION;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), activities);
  }

  @Override
  public EnforcementNonParticipation withCore(ClauseCore newCore) {
    return new EnforcementNonParticipation(newCore, activities);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
