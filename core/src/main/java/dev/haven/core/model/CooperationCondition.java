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

  /** {@link #grounds()}, as a typed reference to the field {@code grounds}. */
  public static final KindField.VocabularyList<CooperationCondition, ExceptionGround> GROUNDS =
      KindField.terms(CooperationCondition.class, "grounds", ExceptionGround.class, FieldImpact.GROUNDS,
          CooperationCondition::grounds);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<CooperationCondition, ?>> FIELDS = List.of(GROUNDS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param grounds {@link #grounds()}
   */
  public CooperationCondition {
    Objects.requireNonNull(core, "core");
    grounds = GROUNDS.given(grounds);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.COOPERATION_CONDITION;
  }

  @Override
  public CooperationCondition withCore(ClauseCore newCore) {
    return new CooperationCondition(newCore, grounds);
  }
}
