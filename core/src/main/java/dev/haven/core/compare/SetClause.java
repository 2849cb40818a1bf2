package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.Objects;

/** A clause together with the set it belongs to, so that its sources and the set's id stay at hand. */
public record SetClause(ClauseSet set, Clause clause) {
  public SetClause {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(clause, "clause");
  }
}
