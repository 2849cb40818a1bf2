package dev.haven.core.query;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause that a query matched, with the set it belongs to.
 *
 * @param set the set the clause belongs to
 * @param clause the matching clause
 * @param how how the clause binds the actor asked for, when the query asked for one
 */
public record Match(ClauseSet set, Clause clause, Optional<String> how) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param set the set the clause belongs to
   * @param clause the matching clause
   * @param how how the clause binds the actor asked for, when the query asked for one
   */
  public Match {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(how, "how");
  }

  /**
   * A match of a query that asked for no actor.
   *
   * @param set the set the clause belongs to
   * @param clause the matching clause
   */
  public Match(ClauseSet set, Clause clause) {
    this(set, clause, Optional.empty());
  }
}
