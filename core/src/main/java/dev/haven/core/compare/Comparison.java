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
 * @param rubric the rubric every row is scored with
 */
public record Comparison(List<Row> rows, List<ClauseKind> kinds, Rubric rubric) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param rows one row per jurisdiction, in the order the jurisdictions first appear
   * @param kinds the columns: every clause kind, in the format's order
   * @param rubric the rubric every row is scored with
   */
  public Comparison {
    rows = List.copyOf(rows);
    kinds = List.copyOf(kinds);
    java.util.Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * A comparison scored with the {@code haven} rubric.
   *
   * @param rows one row per jurisdiction, in the order the jurisdictions first appear
   * @param kinds the columns: every clause kind, in the format's order
   */
  public Comparison(List<Row> rows, List<ClauseKind> kinds) {
    this(rows, kinds, Rubric.HAVEN);
  }

  /**
   * Compares these sets, one row per jurisdiction name, scored with a rubric.
   *
   * @param sets the sets to compare, in the order rows should follow
   * @param rubric the rubric to score with
   * @return the matrix, one row per jurisdiction name
   */
  public static Comparison of(List<ClauseSet> sets, Rubric rubric) {
    Builder builder = builder().scoredBy(rubric);
    sets.forEach(builder::add);
    return builder.build();
  }

  /**
   * Compares these sets, one row per jurisdiction name.
   *
   * @param sets the sets to compare, in the order rows should follow
   * @return the matrix, one row per jurisdiction name
   */
  public static Comparison of(List<ClauseSet> sets) {
    Builder builder = builder();
    sets.forEach(builder::add);
    return builder.build();
  }

  /** {@return a builder that keeps the sets it is given whole} */
  public static Builder builder() {
    return new Builder(false);
  }

  /**
   * A builder that keeps of each set only what the matrix, the scores and their explanations read: ids, the
   * jurisdiction, status and parties, and of each clause its kind, modality, actors, exception grounds and own
   * fields. The sets its rows hold have no clause texts, clause titles, notes, sources, conditions, recitals or
   * extensions: enough for a table, JSON or CSV, not for showing the clauses. Over tens of thousands of sets it
   * keeps a fraction of the memory, and the run spends far less of its time collecting garbage.
   *
   * @return a builder that keeps outlines of the sets
   */
  public static Builder outlining() {
    return new Builder(true);
  }

  /**
   * Makes a comparison from sets given one at a time, so that a caller reading thousands of files need not
   * collect them first. Not thread-safe: add sets from one thread, in the order rows should follow.
   */
  public static final class Builder {
    private final boolean outline;
    private final Map<String, List<ClauseSet>> byName = new LinkedHashMap<>();
    private Rubric rubric = Rubric.HAVEN;

    private Builder(boolean outline) {
      this.outline = outline;
    }

    /**
     * Scores the rows with this rubric instead of {@code haven}.
     *
     * @param rubric the rubric to score with
     * @return this builder
     */
    public Builder scoredBy(Rubric rubric) {
      this.rubric = java.util.Objects.requireNonNull(rubric, "rubric");
      return this;
    }

    /**
     * Adds a set to the row of its jurisdiction's name.
     *
     * @param set a set
     * @return this builder
     */
    public Builder add(ClauseSet set) {
      byName.computeIfAbsent(set.jurisdiction().name(), name -> new ArrayList<>(1))
          .add(outline ? Outlines.of(set) : set);
      return this;
    }

    /** {@return the comparison of every set added so far, one row per jurisdiction name} */
    public Comparison build() {
      List<Row> rows = new ArrayList<>(byName.size());
      byName.forEach((name, group) -> rows.add(row(name, group, rubric)));
      return new Comparison(rows, List.of(ClauseKind.values()), rubric);
    }
  }

  private static Row row(String name, List<ClauseSet> sets, Rubric rubric) {
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
    return new Row(name, sets, cells, rubric.assess(all));
  }
}
