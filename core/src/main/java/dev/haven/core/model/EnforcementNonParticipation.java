package dev.haven.core.model;

import dev.haven.core.vocab.Activity;
import java.util.List;
import java.util.Objects;

/** The actors stay out of the stated enforcement activities. */
public record EnforcementNonParticipation(
    ClauseCore core,
    List<Term<Activity>> activities) implements Clause {

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
