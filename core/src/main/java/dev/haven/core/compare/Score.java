package dev.haven.core.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A jurisdiction's score under one rubric: the sum of its criteria's points, out of the points its coded criteria
 * can give ({@link #max()}); criteria that cannot be coded are counted apart ({@link #notCoded()}).
 *
 * @param rubric the rubric scored against
 * @param criteria how the jurisdiction fares on each criterion of the rubric, in rubric order
 */
public record Score(Rubric rubric, List<CriterionResult> criteria) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param rubric the rubric scored against
   * @param criteria how the jurisdiction fares on each criterion of the rubric, in rubric order
   */
  public Score {
    Objects.requireNonNull(rubric, "rubric");
    criteria = List.copyOf(criteria);
  }

  /** {@return the points earned, over every criterion} */
  public int points() {
    return criteria.stream().mapToInt(CriterionResult::points).sum();
  }

  /** {@return the most points the coded criteria can give} */
  public int max() {
    return criteria.stream().filter(r -> r.criterion().coded()).mapToInt(r -> r.criterion().maxPoints()).sum();
  }

  /** {@return how many of the rubric's criteria cannot be coded} */
  public int notCoded() {
    return (int) criteria.stream().filter(r -> r.state() == CriterionState.NOT_CODED).count();
  }

  /** {@return the rubric's categories, in the order of its criteria} */
  public List<String> categories() {
    Set<String> seen = new LinkedHashSet<>();
    criteria.forEach(r -> seen.add(r.criterion().category()));
    return List.copyOf(seen);
  }

  /**
   * The points earned in one category.
   *
   * @param category a category of the rubric, as {@link #categories()} names it
   * @return the points earned in that category
   */
  public int points(String category) {
    return criteria.stream().filter(r -> r.criterion().category().equals(category))
        .mapToInt(CriterionResult::points).sum();
  }

  /**
   * The points one category's coded criteria can give.
   *
   * @param category a category of the rubric, as {@link #categories()} names it
   * @return the most points that category can give
   */
  public int max(String category) {
    return criteria.stream().filter(r -> r.criterion().category().equals(category) && r.criterion().coded())
        .mapToInt(r -> r.criterion().maxPoints()).sum();
  }

  /**
   * The points earned in one category of the {@code haven} rubric.
   *
   * @param category a category of the {@code haven} rubric
   * @return the points earned in that category
   */
  public int points(Category category) {
    return points(category.title());
  }

  /**
   * The points one category of the {@code haven} rubric can give.
   *
   * @param category a category of the {@code haven} rubric
   * @return the most points that category can give
   */
  public int max(Category category) {
    return max(category.title());
  }
}
