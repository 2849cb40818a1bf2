package dev.haven.core.compare;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One jurisdiction of a comparison: every set that carries its name, the clauses of each kind, and its score.
 *
 * @param jurisdiction the jurisdiction's name as the sets give it
 * @param sets the sets, in the order they were given
 * @param cells the clauses of each kind the jurisdiction has; an absent kind has no cell
 * @param score the jurisdiction's protection score
 */
public record Row(String jurisdiction, List<ClauseSet> sets, Map<ClauseKind, Cell> cells, Score score) {

  /**
   * Copies the sets and the cells, so the row stays immutable.
   *
   * @param jurisdiction the jurisdiction's name as the sets give it
   * @param sets the sets, in the order they were given
   * @param cells the clauses of each kind the jurisdiction has; an absent kind has no cell
   * @param score the jurisdiction's protection score
   */
  public Row {
    sets = List.copyOf(sets);
    Map<ClauseKind, Cell> copy = new EnumMap<>(ClauseKind.class);
    copy.putAll(cells);
    cells = Collections.unmodifiableMap(copy);
  }

  /**
   * The clauses of that kind, or empty when the jurisdiction has none.
   *
   * @param kind a clause kind
   * @return the clauses of that kind, or empty when the jurisdiction has none
   */
  public Optional<Cell> cell(ClauseKind kind) {
    return Optional.ofNullable(cells.get(kind));
  }

  /** {@return the ids of the row's sets, in the order they were given} */
  public List<String> setIds() {
    return sets.stream().map(ClauseSet::id).toList();
  }
}
