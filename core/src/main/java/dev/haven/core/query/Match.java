package dev.haven.core.query;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.Objects;

/** A clause that a query matched, with the set it belongs to. */
public record Match(ClauseSet set, Clause clause) {
  public Match {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(clause, "clause");
  }
}
