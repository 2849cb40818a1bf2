package dev.haven.render.data;

import dev.haven.core.compare.Rubric;
import dev.haven.core.history.Codebook;
import dev.haven.core.history.Column;
import dev.haven.core.history.PanelUnit;
import dev.haven.render.VisibleText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code haven codebook}'s outputs: the panel's codebook as text, Markdown or JSON. */
public final class CodebookOutput {

  private static final int WIDTH = 100;

  private final PanelUnit unit;
  private final Rubric rubric;
  private final List<Column> columns;

  /**
   * The codebook of a panel.
   *
   * @param unit what the panel's rows describe
   * @param rubric the rubric of a criterion panel
   */
  public CodebookOutput(PanelUnit unit, Rubric rubric) {
    this.unit = unit;
    this.rubric = rubric;
    this.columns = Codebook.columns(unit, rubric);
  }

  private String title() {
    return "Codebook of `haven panel --by " + unit.wireName() + "`"
        + (unit == PanelUnit.CRITERION ? " (rubric " + rubric.name() + ")" : "") + ": " + unit.meaning() + ".";
  }

  /**
   * For people: each column, its type and meaning, and each value's meaning, wrapped to 100 columns.
   *
   * @param out where the text goes
   */
  public void text(PrintWriter out) {
    TextLines.wrap(title().replace("`", ""), WIDTH).forEach(out::println);
    for (Column c : columns) {
      out.println();
      out.println(c.name() + " (" + c.type().wireName() + ")");
      TextLines.wrap(VisibleText.line(c.meaning()), WIDTH - 4).forEach(l -> out.println("    " + l));
      int pad = c.codes().stream().mapToInt(code -> code.value().length()).max().orElse(0);
      for (Column.Code code : c.codes()) {
        List<String> lines = TextLines.wrap(VisibleText.line(code.meaning()), Math.max(20, WIDTH - 8 - pad));
        for (int i = 0; i < lines.size(); i++) {
          String label = i == 0 ? code.value() : "";
          out.println("      " + label + " ".repeat(pad - label.length() + 2) + lines.get(i));
        }
      }
    }
  }

  /**
   * As Markdown: a table of the columns, then a table of values for each coded column.
   *
   * @param out where the Markdown goes
   */
  public void markdown(PrintWriter out) {
    out.println("# " + title());
    out.println();
    out.println("| column | type | meaning |");
    out.println("|---|---|---|");
    for (Column c : columns) {
      out.println("| `" + c.name() + "` | " + c.type().wireName() + " | " + cell(c.meaning()) + " |");
    }
    for (Column c : columns) {
      if (c.codes().isEmpty()) {
        continue;
      }
      out.println();
      out.println("## `" + c.name() + "`");
      out.println();
      out.println("| value | meaning |");
      out.println("|---|---|");
      c.codes().forEach(code -> out.println("| `" + code.value() + "` | " + cell(code.meaning()) + " |"));
    }
  }

  private static String cell(String text) {
    return VisibleText.line(text).replace("|", "\\|");
  }

  /**
   * In the JSON shape {@code docs/cli.md} gives for {@code haven codebook --format json}.
   *
   * @return ordered maps and lists, ready for {@link DataWriters#json}
   */
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", unit.wireName());
    if (unit == PanelUnit.CRITERION) {
      m.put("rubric", rubric.name());
    }
    List<Object> cols = new ArrayList<>();
    for (Column c : columns) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("name", c.name());
      col.put("type", c.type().wireName());
      col.put("meaning", c.meaning());
      List<Object> codes = new ArrayList<>();
      c.codes().forEach(code -> codes.add(Map.of("value", code.value(), "meaning", code.meaning())));
      col.put("codes", codes);
      cols.add(col);
    }
    m.put("columns", cols);
    return m;
  }
}
