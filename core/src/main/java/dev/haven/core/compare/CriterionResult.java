package dev.haven.core.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * How a jurisdiction fares on one criterion of a rubric.
 *
 * @param criterion the criterion scored
 * @param state whether the law meets it, is silent, cannot be coded, or only states a practice
 * @param points from 0 to the criterion's {@link RubricCriterion#maxPoints()}; 0 unless {@code state} is present
 * @param clause the clause that earned the points or decided the state, if any
 * @param reason why these points, in a sentence fragment ("prohibition, exceptions: felony")
 */
public record CriterionResult(RubricCriterion criterion, CriterionState state, int points, Optional<SetClause> clause,
    String reason) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param criterion the criterion scored
   * @param state whether the law meets it, is silent, cannot be coded, or only states a practice
   * @param points from 0 to the criterion's most
   * @param clause the clause that earned the points or decided the state, if any
   * @param reason why these points, in a sentence fragment
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(reason, "reason");
  }
}
