package dev.haven.core.model;

import dev.haven.core.vocab.ExceptionGround;
import java.util.List;
import java.util.Objects;

/** Cooperation with federal immigration authorities is allowed only on the stated grounds. */
public record CooperationCondition(
    ClauseCore core,
    List<Term<ExceptionGround>> grounds) implements Clause {

  public CooperationCondition {
    Objects.requireNonNull(core, "core");
    grounds = List.copyOf(grounds);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.COOPERATION_CONDITION;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), grounds);
  }

  @Override
  public CooperationCondition withCore(ClauseCore newCore) {
    return new CooperationCondition(newCore, grounds);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
