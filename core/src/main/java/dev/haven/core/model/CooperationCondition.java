package dev.haven.core.model;

import dev.haven.core.vocab.ExceptionGround;
import java.util.List;
import java.util.Objects;

/**
 * Cooperation with federal immigration authorities is allowed only on the stated grounds.
 *
 * @param core the fields every clause has
 * @param grounds the grounds on which cooperation is allowed
 */
public record CooperationCondition(
    ClauseCore core,
    List<Term<ExceptionGround>> grounds) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param grounds the grounds on which cooperation is allowed
   */
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
