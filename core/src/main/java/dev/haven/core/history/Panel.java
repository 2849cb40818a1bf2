package dev.haven.core.history;

import dev.haven.core.compare.Cell;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.CriterionResult;
import dev.haven.core.compare.Row;
import dev.haven.core.compare.Rubric;
import dev.haven.core.compare.SetClause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Law over time as a table for statistics software, in the shape policy-surveillance datasets use: one row per
 * jurisdiction, period of unchanged law and clause kind (or rubric criterion), every column described by
 * {@link Codebook#columns}.
 *
 * @param unit what a row describes
 * @param rubric the rubric a criterion panel scores with
 * @param columns the columns, in order
 * @param rows the rows; each cell a {@code String}, an {@code Integer}, a {@code List<String>} (a list column) or
 *     {@code null} (empty), in the order of {@code columns}
 * @param undated the enacted sets read that give no date, and so are in no row
 */
public record Panel(PanelUnit unit, Rubric rubric, List<Column> columns, List<List<Object>> rows,
    List<ClauseSet> undated) {

  /**
   * Copies the lists (rows keep their cells' order).
   *
   * @param unit what a row describes
   * @param rubric the rubric
   * @param columns the columns
   * @param rows the rows
   * @param undated the sets left out for want of a date
   */
  public Panel {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rubric, "rubric");
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    undated = List.copyOf(undated);
  }

  /**
   * Makes the panel of the sets read over a window of days.
   *
   * @param sets the sets read
   * @param unit what a row describes
   * @param rubric the rubric a criterion panel scores with (ignored for a kind panel)
   * @param from the first day asked about; empty for each jurisdiction's first day
   * @param to the last day asked about
   * @return the panel
   */
  public static Panel of(List<ClauseSet> sets, PanelUnit unit, Rubric rubric, Optional<LocalDate> from,
      LocalDate to) {
    List<List<Object>> rows = new ArrayList<>();
    for (Period period : Period.of(sets, from, to)) {
      Row row = Comparison.of(period.law(), rubric).rows().stream().findFirst().orElse(null);
      List<Object> head = head(period);
      List<String> uncertain = period.uncertain();
      if (unit == PanelUnit.KIND) {
        for (ClauseKind kind : ClauseKind.values()) {
          Optional<Cell> cell = row == null ? Optional.empty() : row.cell(kind);
          List<Object> r = kindRow(head, kind, cell);
          r.add(cell.map(c -> c.clauses().stream().map(sc -> sc.clause().id()).filter(uncertain::contains).toList())
              .orElse(List.of()));
          rows.add(r);
        }
      } else {
        List<CriterionResult> results = row != null ? row.score().criteria()
            : rubric.assess(List.of()).criteria();
        for (CriterionResult result : results) {
          List<Object> r = criterionRow(head, rubric, result);
          r.add(uncertain);
          rows.add(r);
        }
      }
    }
    return new Panel(unit, rubric, Codebook.columns(unit, rubric), rows, Period.undated(sets));
  }

  private static List<Object> head(Period period) {
    return new ArrayList<>(Arrays.asList(period.jurisdiction().name(), period.jurisdiction().level().wireName(),
        period.jurisdiction().state().orElse(null), period.jurisdiction().country(), period.start().toString(),
        period.end().toString(), period.continues() ? 1 : 0, period.sets().stream().map(ClauseSet::id).toList()));
  }

  private static List<Object> kindRow(List<Object> head, ClauseKind kind, Optional<Cell> cell) {
    List<Object> r = new ArrayList<>(head);
    r.add(kind.wireName());
    r.add(cell.isPresent() ? 1 : 0);
    r.add(cell.map(c -> c.clauses().size()).orElse(0));
    r.add(cell.flatMap(Cell::modality).map(m -> m.wireName()).orElse(null));
    r.add(cell.map(c -> c.exceptions().stream().map(Term<ExceptionGround>::wireName).toList()).orElse(List.of()));
    Set<String> setIds = new LinkedHashSet<>();
    Set<String> citations = new LinkedHashSet<>();
    cell.ifPresent(c -> c.clauses().forEach(sc -> {
      setIds.add(sc.set().id());
      citation(sc).ifPresent(citations::add);
    }));
    r.add(List.copyOf(setIds));
    r.add(List.copyOf(citations));
    return r;
  }

  private static List<Object> criterionRow(List<Object> head, Rubric rubric, CriterionResult result) {
    List<Object> r = new ArrayList<>(head);
    r.add(rubric.name());
    r.add(result.criterion().key());
    r.add(result.criterion().category());
    r.add(result.state().wireName());
    r.add(result.points());
    r.add(result.criterion().maxPoints());
    r.add(result.clause().map(sc -> sc.set().id()).orElse(null));
    r.add(result.clause().map(sc -> sc.clause().id()).orElse(null));
    r.add(result.clause().flatMap(Panel::citation).orElse(null));
    r.add(result.reason().isEmpty() ? null : result.reason());
    return r;
  }

  /** "Chicago Municipal Code, chapter 2-173, § 2-173-042": the source's title and the clause's locator. */
  static Optional<String> citation(SetClause sc) {
    Optional<SourceRef> ref = sc.clause().core().source();
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String title = sc.set().sources().stream().filter(s -> s.id().equals(ref.get().document())).findFirst()
        .map(Source::title).orElse(ref.get().document());
    return Optional.of(title + ref.get().locator().map(l -> ", " + l).orElse(""));
  }

  /**
   * The panel's rows as maps from column name to cell, for JSON.
   *
   * @return one map per row, columns in order
   */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        m.put(columns.get(i).name(), row.get(i));
      }
      out.add(m);
    }
    return out;
  }
}
