package dev.haven.core.template;

import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adapted set, or every reason there is none.
 *
 * @param set the new set
 * @param baseline the template as its defaults fill it (what the city started from), to diff the new set against
 * @param problems why there is no set; empty when there is one
 * @param keptDefaults the parameters no value was given for, each with the template's default it kept
 */
public record AdaptResult(Optional<ClauseSet> set, Optional<ClauseSet> baseline, List<AdaptProblem> problems,
    Map<String, String> keptDefaults) {
  /**
   * Copies the problems and checks that the result has either a set and its baseline, or problems.
   *
   * @param set the new set
   * @param baseline the template as its defaults fill it (what the city started from), to diff the new set against
   * @param problems why there is no set; empty when there is one
   * @param keptDefaults the parameters no value was given for, each with the template's default it kept
   */
  public AdaptResult {
    problems = List.copyOf(problems);
    keptDefaults = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keptDefaults));
    if (set.isPresent() != baseline.isPresent() || set.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException("an adaptation has either a set or problems");
    }
  }

  /**
   * A result with no defaults kept, or none to tell.
   *
   * @param set the new set
   * @param baseline the template as its defaults fill it
   * @param problems why there is no set; empty when there is one
   */
  public AdaptResult(Optional<ClauseSet> set, Optional<ClauseSet> baseline, List<AdaptProblem> problems) {
    this(set, baseline, problems, Map.of());
  }
}
