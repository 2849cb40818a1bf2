package dev.haven.core;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Match;
import dev.haven.core.query.Query;
import java.util.List;
import java.util.Optional;

/**
 * Clause sets read together, in the order they were read.
 *
 * @param all every set
 */
public record ClauseSets(List<ClauseSet> all) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param all every set
   */
  public ClauseSets {
    all = List.copyOf(all);
  }

  /**
   * The set with this id, if one was read.
   *
   * @param id a set id
   * @return the set with this id, if one was read
   */
  public Optional<ClauseSet> byId(String id) {
    return all.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The clauses of every set that {@code query} matches, set by set in document order.
   *
   * @param query what to look for
   * @return the clauses of every set that the query matches, set by set in document order
   */
  public List<Match> query(Query query) {
    return query.run(all);
  }

  /** {@return how many sets there are} */
  public int size() {
    return all.size();
  }
}
