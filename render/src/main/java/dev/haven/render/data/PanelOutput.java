package dev.haven.render.data;

import dev.haven.core.history.Codebook;
import dev.haven.core.history.Column;
import dev.haven.core.history.Panel;
import dev.haven.core.history.PanelUnit;
import dev.haven.core.model.ClauseSet;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code haven panel}'s outputs: the panel as CSV for statistics software, or as JSON. */
public final class PanelOutput {

  private PanelOutput() {}

  /**
   * The panel as RFC 4180 CSV: its columns as the header, a list cell's values joined by
   * {@link Codebook#LIST_SEPARATOR}, an empty cell for none.
   *
   * @param panel the panel
   * @param out where the CSV goes
   */
  public static void csv(Panel panel, PrintWriter out) {
    List<String> header = panel.columns().stream().map(Column::name).toList();
    List<List<String>> rows = new ArrayList<>(panel.rows().size());
    for (List<Object> row : panel.rows()) {
      List<String> cells = new ArrayList<>(row.size());
      for (Object cell : row) {
        cells.add(cell == null ? "" : cell instanceof List<?> list
            ? String.join(Codebook.LIST_SEPARATOR, list.stream().map(Object::toString).toList())
            : cell.toString());
      }
      rows.add(cells);
    }
    CsvCells.write(header, rows, out);
  }

  /**
   * The panel in the JSON shape {@code docs/cli.md} gives for {@code haven panel --format json}: counts as numbers,
   * list cells as arrays.
   *
   * @param panel the panel
   * @param from the first day asked about, when one was
   * @param to the last day asked about
   * @return ordered maps and lists, ready for {@link DataWriters#json}
   */
  public static Map<String, Object> json(Panel panel, Optional<LocalDate> from, LocalDate to) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", panel.unit().wireName());
    if (panel.unit() == PanelUnit.CRITERION) {
      m.put("rubric", panel.rubric().name());
    }
    m.put("from", from.map(Object::toString).orElse(null));
    m.put("to", to.toString());
    m.put("columns", panel.columns().stream().map(Column::name).toList());
    m.put("rows", panel.records());
    m.put("undated", panel.undated().stream().map(ClauseSet::id).toList());
    return m;
  }
}
