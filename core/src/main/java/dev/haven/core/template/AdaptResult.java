package dev.haven.core.template;

import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Optional;

/**
 * The adapted set, or every reason there is none.
 *
 * @param set the new set
 * @param baseline the template as its defaults fill it (what the city started from), to diff the new set against
 * @param problems why there is no set; empty when there is one
 */
public record AdaptResult(Optional<ClauseSet> set, Optional<ClauseSet> baseline, List<AdaptProblem> problems) {
  /**
   * Copies the problems and checks that the result has either a set and its baseline, or problems.
   *
   * @param set the new set
   * @param baseline the template as its defaults fill it (what the city started from), to diff the new set against
   * @param problems why there is no set; empty when there is one
   */
  public AdaptResult {
    problems = List.copyOf(problems);
    if (set.isPresent() != baseline.isPresent() || set.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("an adaptation has either a set or problems");
    }
  }
}
