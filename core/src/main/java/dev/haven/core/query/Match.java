package dev.haven.core.query;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.Objects;

/**
 * A clause that a query matched, with the set it belongs to.
 *
 * @param set the set the clause belongs to
 * @param clause the matching clause
 */
public record Match(ClauseSet set, Clause clause) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param set the set the clause belongs to
   * @param clause the matching clause
   */
  public Match {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(clause, "clause");
  }
}
