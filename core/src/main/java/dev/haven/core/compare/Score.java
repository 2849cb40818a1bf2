package dev.haven.core.compare;

import java.util.List;

/**
 * A jurisdiction's protection score: the sum of its criteria's points, out of {@link #max()}.
 *
 * @param criteria how the jurisdiction fares on each criterion of the rubric, in rubric order
 */
public record Score(List<CriterionResult> criteria) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param criteria how the jurisdiction fares on each criterion of the rubric, in rubric order
   */
  public Score {
    criteria = List.copyOf(criteria);
  }

  /** {@return the points earned, over every criterion} */
  public int points() {
    return criteria.stream().mapToInt(CriterionResult::points).sum();
  }

  /** {@return the most points any jurisdiction can earn} */
  public int max() {
    return criteria.size() * Rubric.POINTS_PER_CRITERION;
  }

  /**
   * The points earned in one category.
   *
   * @param category a rubric category
   * @return the points earned in that category
   */
  public int points(Category category) {
    return criteria.stream().filter(r -> r.criterion().category() == category)
        .mapToInt(CriterionResult::points).sum();
  }

  /**
   * The points one category can give.
   *
   * @param category a rubric category
   * @return the most points that category can give
   */
  public int max(Category category) {
    return (int) criteria.stream().filter(r -> r.criterion().category() == category).count()
        * Rubric.POINTS_PER_CRITERION;
  }
}
