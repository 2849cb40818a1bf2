package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matrix of jurisdictions by clause kinds. Sets whose jurisdictions have the same name make one row, in the
 * order the jurisdictions first appear; the columns are every kind of the format, in its order, so that two
 * comparisons line up whatever they hold.
 *
 * <pre>{@code
 * Comparison matrix = Comparison.of(sets);
 * for (Row row : matrix.rows()) {
 *   boolean detainers = row.cell(ClauseKind.DETAINER_LIMIT).isPresent();
 *   int score = row.score().points();
 * }
 * }</pre>
 *
 * @param rows one row per jurisdiction, in the order the jurisdictions first appear
 * @param kinds the columns: every clause kind, in the format's order
 */
public record Comparison(List<Row> rows, List<ClauseKind> kinds) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param rows one row per jurisdiction, in the order the jurisdictions first appear
   * @param kinds the columns: every clause kind, in the format's order
   */
  public Comparison {
    rows = List.copyOf(rows);
    kinds = List.copyOf(kinds);
  }

  /**
   * Compares these sets, one row per jurisdiction name.
   *
   * @param sets the sets to compare, in the order rows should follow
   * @return the matrix, one row per jurisdiction name
   */
  public static Comparison of(List<ClauseSet> sets) {
    Map<String, List<ClauseSet>> byName = new LinkedHashMap<>();
    for (ClauseSet set : sets) {
      byName.computeIfAbsent(set.jurisdiction().name(), name -> new ArrayList<>()).add(set);
    }
    List<Row> rows = new ArrayList<>(byName.size());
    byName.forEach((name, group) -> rows.add(row(name, group)));
    return new Comparison(rows, List.of(ClauseKind.values()));
  }

  private static Row row(String name, List<ClauseSet> sets) {
    Map<ClauseKind, List<SetClause>> byKind = new EnumMap<>(ClauseKind.class);
    List<SetClause> all = new ArrayList<>();
    for (ClauseSet set : sets) {
      for (Clause clause : set.clauses()) {
        SetClause entry = new SetClause(set, clause);
        byKind.computeIfAbsent(clause.kind(), k -> new ArrayList<>()).add(entry);
        all.add(entry);
      }
    }
    Map<ClauseKind, Cell> cells = new EnumMap<>(ClauseKind.class);
    byKind.forEach((kind, clauses) -> cells.put(kind, Cell.of(kind, clauses)));
    return new Row(name, sets, cells, Rubric.score(all));
  }
}
