package dev.haven.core.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * How a jurisdiction fares on one criterion.
 *
 * @param criterion the criterion scored
 * @param points 0, 1 or {@link Rubric#POINTS_PER_CRITERION}
 * @param clause the clause that earned the points, if any
 * @param reason why these points, in a sentence fragment ("prohibition, exceptions: felony")
 */
public record CriterionResult(Criterion criterion, int points, Optional<SetClause> clause, String reason) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param criterion the criterion scored
   * @param points 0, 1 or {@link Rubric#POINTS_PER_CRITERION}
   * @param clause the clause that earned the points, if any
   * @param reason why these points, in a sentence fragment ("prohibition, exceptions: felony")
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(reason, "reason");
  }
}
