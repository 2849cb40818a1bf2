package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.Objects;

/**
 * A clause together with the set it belongs to, so that its sources and the set's id stay at hand.
 *
 * @param set the set the clause belongs to
 * @param clause the clause
 */
public record SetClause(ClauseSet set, Clause clause) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param set the set the clause belongs to
   * @param clause the clause
   */
  public SetClause {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(clause, "clause");
  }
}
