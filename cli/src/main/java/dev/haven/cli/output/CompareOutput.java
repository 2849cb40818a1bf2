package dev.haven.cli.output;

import dev.haven.core.compare.Category;
import dev.haven.core.compare.Cell;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.CriterionResult;
import dev.haven.core.compare.Row;
import dev.haven.core.compare.Score;
import dev.haven.core.compare.SetClause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.Modality;
import dev.haven.render.compare.CellSymbol;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a comparison in each of the text formats {@code haven compare} offers. */
public final class CompareOutput {

  /** The table fits this many columns. */
  public static final int TABLE_WIDTH = 120;

  private static final int NAME_WIDTH = 30;
  private static final int SCORE_WIDTH = 5;
  private static final String GAP = "  ";

  private CompareOutput() {}

  /** The shape of {@code ../shared/spec/cli.md}, with each jurisdiction's score added. */
  public static void json(Comparison comparison, boolean explain, PrintWriter out) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> jurisdictions = new ArrayList<>();
    List<Object> cells = new ArrayList<>();
    for (Row row : comparison.rows()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("name", row.jurisdiction());
      j.put("sets", row.setIds());
      j.put("score", score(row.score(), explain));
      jurisdictions.add(j);
      List<Object> line = new ArrayList<>();
      for (ClauseKind kind : comparison.kinds()) {
        line.add(row.cell(kind).map(CompareOutput::cell).orElse(null));
      }
      cells.add(line);
    }
    root.put("jurisdictions", jurisdictions);
    root.put("kinds", comparison.kinds().stream().map(ClauseKind::wireName).toList());
    root.put("cells", cells);
    DataWriters.json(root, out);
  }

  private static Map<String, Object> cell(Cell cell) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("ids", cell.clauses().stream().map(sc -> sc.clause().id()).toList());
    c.put("modality", cell.modality().map(Modality::wireName).orElse(null));
    c.put("exceptions", cell.exceptions().stream().map(Term::wireName).toList());
    c.put("modalities", cell.modalities().stream().map(Modality::wireName).toList());
    c.put("clauses", cell.clauses().stream().map(sc -> ordered("set", sc.set().id(), "id", sc.clause().id()))
        .toList());
    return c;
  }

  private static Map<String, Object> score(Score score, boolean explain) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("points", score.points());
    s.put("max", score.max());
    List<Object> categories = new ArrayList<>();
    for (Category category : Category.values()) {
      categories.add(ordered("category", category.title(), "points", score.points(category),
          "max", score.max(category)));
    }
    s.put("categories", categories);
    if (explain) {
      List<Object> criteria = new ArrayList<>();
      for (CriterionResult r : score.criteria()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("criterion", r.criterion().description());
        c.put("category", r.criterion().category().title());
        c.put("points", r.points());
        c.put("set", r.clause().map(sc -> sc.set().id()).orElse(null));
        c.put("id", r.clause().map(sc -> sc.clause().id()).orElse(null));
        c.put("reason", r.reason());
        criteria.add(c);
      }
      s.put("criteria", criteria);
    }
    return s;
  }

  /** A map that keeps its keys in the order given, so that JSON output is the same on every run. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** One row per jurisdiction, one column per kind: its modality, and its exception grounds after "except". */
  public static void csv(Comparison comparison, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("jurisdiction", "sets", "score", "max"));
    comparison.kinds().forEach(k -> header.add(k.wireName()));
    List<List<String>> rows = new ArrayList<>();
    for (Row row : comparison.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.jurisdiction(), String.join("; ", row.setIds()),
          String.valueOf(row.score().points()), String.valueOf(row.score().max())));
      for (ClauseKind kind : comparison.kinds()) {
        cells.add(row.cell(kind).map(CompareOutput::csvCell).orElse(""));
      }
      rows.add(cells);
    }
    CsvCells.write(header, rows, out);
  }

  private static String csvCell(Cell cell) {
    String modality = cell.modality().map(Modality::wireName).orElse("present");
    return cell.hasExceptions()
        ? modality + " except " + String.join(", ", cell.exceptions().stream().map(Term::wireName).toList())
        : modality;
  }

  /** For people: the matrix in 120 columns, a legend, the exception grounds, and the scores' reasons if asked. */
  public static void table(Comparison comparison, boolean explain, PrintWriter out) {
    StringBuilder head = new StringBuilder(pad("JURISDICTION", NAME_WIDTH)).append(GAP)
        .append(pad("SCORE", SCORE_WIDTH));
    comparison.kinds().forEach(k -> head.append(GAP).append(KindAbbreviations.of(k)));
    out.println(head.toString().stripTrailing());
    for (Row row : comparison.rows()) {
      StringBuilder line = new StringBuilder(pad(shortened(row.jurisdiction()), NAME_WIDTH)).append(GAP)
          .append(pad(row.score().points() + "/" + row.score().max(), SCORE_WIDTH));
      for (ClauseKind kind : comparison.kinds()) {
        line.append(GAP).append(pad(CellSymbol.of(row.cell(kind)), KindAbbreviations.WIDTH));
      }
      out.println(line.toString().stripTrailing());
    }
    out.println();
    legend(comparison, out);
    exceptions(comparison, out);
    if (explain) {
      comparison.rows().forEach(row -> explain(row, out));
    }
  }

  private static void legend(Comparison comparison, PrintWriter out) {
    wrapped(out, "", "P prohibition, O obligation, R recommendation, M may (permission), G present without a "
        + "modality; * with exceptions (listed below); - absent. Score: points of the protection rubric "
        + "(docs/compare.md; --explain shows them).");
    List<String> names = new ArrayList<>();
    comparison.kinds().forEach(k -> names.add(KindAbbreviations.of(k) + " " + k.wireName()));
    wrapped(out, "", String.join(", ", names) + ".");
  }

  private static void exceptions(Comparison comparison, PrintWriter out) {
    boolean any = false;
    for (Row row : comparison.rows()) {
      List<String> lines = new ArrayList<>();
      for (ClauseKind kind : comparison.kinds()) {
        row.cell(kind).filter(Cell::hasExceptions).ifPresent(cell -> lines.add(KindAbbreviations.of(kind) + "  "
            + String.join(", ", cell.exceptions().stream().map(Term::wireName).toList())));
      }
      if (lines.isEmpty()) {
        continue;
      }
      if (!any) {
        out.println();
        out.println("Exceptions");
        any = true;
      }
      out.println("  " + row.jurisdiction());
      lines.forEach(line -> wrapped(out, "    ", line));
    }
  }

  private static void explain(Row row, PrintWriter out) {
    Score score = row.score();
    out.println();
    out.println("Score of " + row.jurisdiction() + ": " + score.points() + "/" + score.max());
    for (Category category : Category.values()) {
      out.println("  " + capitalized(category.title()) + ": " + score.points(category) + "/" + score.max(category));
      for (CriterionResult r : score.criteria()) {
        if (r.criterion().category() != category) {
          continue;
        }
        out.println("    " + r.points() + "  " + r.criterion().description());
        String where = r.clause().map(CompareOutput::where).map(w -> w + ": ").orElse("");
        wrapped(out, "       ", where + r.reason());
      }
    }
  }

  private static String where(SetClause sc) {
    return sc.clause().id() + " (" + sc.set().id() + ")";
  }

  private static void wrapped(PrintWriter out, String indent, String text) {
    for (String line : TextLines.wrap(text, TABLE_WIDTH - indent.length())) {
      out.println(indent + line);
    }
  }

  private static String shortened(String name) {
    return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 1) + "…";
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
