package dev.haven.render.data;

import dev.haven.core.compare.Cell;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.CriterionResult;
import dev.haven.core.compare.Row;
import dev.haven.core.compare.Rubric;
import dev.haven.core.compare.Score;
import dev.haven.core.compare.SetClause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.Modality;
import dev.haven.render.VisibleText;
import dev.haven.render.compare.CellSymbol;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** Prints a comparison in each of the text formats {@code haven compare} offers. */
public final class CompareOutput {

  /** The table fits this many columns. */
  public static final int TABLE_WIDTH = 120;

  private static final int NAME_WIDTH = 30;
  private static final int SCORE_WIDTH = 5;
  private static final String GAP = "  ";

  private CompareOutput() {}

  /**
   * The comparison as JSON, in the shape {@code docs/cli.md} gives, with each jurisdiction's score. Written as it
   * is walked, not built first: over 20,000 jurisdictions the answer is tens of megabytes.
   *
   * @param comparison the comparison
   * @param explain whether to add each score's criteria
   * @param out where the UTF-8 bytes go
   * @throws IOException when {@code out} cannot be written
   */
  public static void json(Comparison comparison, boolean explain, OutputStream out) throws IOException {
    try (JsonGenerator g = DataWriters.jsonGenerator(out)) {
      g.writeStartObject();
      g.writeName("rubric");
      rubric(g, comparison.rubric());
      g.writeName("jurisdictions");
      g.writeStartArray();
      for (Row row : comparison.rows()) {
        g.writeStartObject();
        g.writeStringProperty("name", row.jurisdiction());
        g.writeName("sets");
        strings(g, row.setIds());
        g.writeName("score");
        score(g, row.score(), explain);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("kinds");
      strings(g, comparison.kinds().stream().map(ClauseKind::wireName).toList());
      g.writeName("cells");
      g.writeStartArray();
      for (Row row : comparison.rows()) {
        g.writeStartArray();
        for (ClauseKind kind : comparison.kinds()) {
          Optional<Cell> cell = row.cell(kind);
          if (cell.isPresent()) {
            cell(g, cell.get());
          } else {
            g.writeNull();
          }
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void cell(JsonGenerator g, Cell cell) {
    g.writeStartObject();
    g.writeName("ids");
    strings(g, cell.clauses().stream().map(sc -> sc.clause().id()).toList());
    g.writeName("modality");
    nullable(g, cell.modality().map(Modality::wireName));
    g.writeName("exceptions");
    strings(g, cell.exceptions().stream().map(Term::wireName).toList());
    g.writeName("modalities");
    strings(g, cell.modalities().stream().map(Modality::wireName).toList());
    g.writeName("clauses");
    g.writeStartArray();
    for (SetClause sc : cell.clauses()) {
      g.writeStartObject();
      g.writeStringProperty("set", sc.set().id());
      g.writeStringProperty("id", sc.clause().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void rubric(JsonGenerator g, Rubric rubric) {
    g.writeStartObject();
    g.writeStringProperty("name", rubric.name());
    g.writeStringProperty("title", rubric.title());
    g.writeStringProperty("source", rubric.source());
    g.writeNumberProperty("publishedMax", rubric.publishedMax());
    g.writeEndObject();
  }

  private static void score(JsonGenerator g, Score score, boolean explain) {
    g.writeStartObject();
    g.writeNumberProperty("points", score.points());
    g.writeNumberProperty("max", score.max());
    g.writeStringProperty("rubric", score.rubric().name());
    g.writeNumberProperty("notCoded", score.notCoded());
    g.writeName("categories");
    g.writeStartArray();
    for (String category : score.categories()) {
      g.writeStartObject();
      g.writeStringProperty("category", category);
      g.writeNumberProperty("points", score.points(category));
      g.writeNumberProperty("max", score.max(category));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (explain) {
      g.writeName("criteria");
      g.writeStartArray();
      for (CriterionResult r : score.criteria()) {
        g.writeStartObject();
        g.writeStringProperty("criterion", r.criterion().description());
        g.writeStringProperty("category", r.criterion().category());
        g.writeStringProperty("key", r.criterion().key());
        g.writeStringProperty("state", r.state().wireName());
        g.writeNumberProperty("points", r.points());
        g.writeNumberProperty("max", r.criterion().maxPoints());
        g.writeName("set");
        nullable(g, r.clause().map(sc -> sc.set().id()));
        g.writeName("id");
        nullable(g, r.clause().map(sc -> sc.clause().id()));
        g.writeStringProperty("reason", r.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> values) {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void nullable(JsonGenerator g, Optional<String> value) {
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /**
   * The comparison as CSV: one row per jurisdiction, one column per kind (its modality, and its exception grounds
   * after "except"), then the rubric's name.
   *
   * @param comparison the comparison
   * @param out where the CSV goes
   */
  public static void csv(Comparison comparison, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("jurisdiction", "sets", "score", "max"));
    comparison.kinds().forEach(k -> header.add(k.wireName()));
    header.add("rubric");
    List<List<String>> rows = new ArrayList<>();
    for (Row row : comparison.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.jurisdiction(), String.join("; ", row.setIds()),
          String.valueOf(row.score().points()), String.valueOf(row.score().max())));
      for (ClauseKind kind : comparison.kinds()) {
        cells.add(row.cell(kind).map(CompareOutput::csvCell).orElse(""));
      }
      cells.add(comparison.rubric().name());
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

  /**
   * For people: the matrix in 120 columns, a legend, the exception grounds, and the scores' reasons if asked.
   *
   * @param comparison the comparison
   * @param explain whether to show each score's criteria
   * @param out where the table goes
   */
  public static void table(Comparison comparison, boolean explain, PrintWriter out) {
    StringBuilder head = new StringBuilder(pad("JURISDICTION", NAME_WIDTH)).append(GAP)
        .append(pad("SCORE", SCORE_WIDTH));
    comparison.kinds().forEach(k -> head.append(GAP).append(KindAbbreviations.of(k)));
    out.println(head.toString().stripTrailing());
    for (Row row : comparison.rows()) {
      StringBuilder line = new StringBuilder(pad(shortened(VisibleText.line(row.jurisdiction())), NAME_WIDTH)).append(GAP)
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
    Rubric rubric = comparison.rubric();
    wrapped(out, "", "P prohibition, O obligation, R recommendation, M may (permission), G present without a "
        + "modality; * with exceptions (listed below); - absent. Score: points of the rubric '" + rubric.name()
        + "' out of what its coded criteria give (docs/compare.md; --explain shows them): " + rubric.title() + "; "
        + rubric.source() + ".");
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
      out.println("  " + VisibleText.line(row.jurisdiction()));
      lines.forEach(line -> wrapped(out, "    ", line));
    }
  }

  private static void explain(Row row, PrintWriter out) {
    Score score = row.score();
    out.println();
    out.println("Score of " + VisibleText.line(row.jurisdiction()) + " (" + score.rubric().name() + "): " + score.points() + "/"
        + score.max() + (score.notCoded() > 0 ? ", " + score.notCoded() + " not coded" : ""));
    for (String category : score.categories()) {
      out.println("  " + capitalized(category) + ": " + score.points(category) + "/" + score.max(category));
      for (CriterionResult r : score.criteria()) {
        if (!r.criterion().category().equals(category)) {
          continue;
        }
        String points = switch (r.state()) {
          case NOT_CODED -> "-";
          case PRESENT, ABSENT, PRACTICE -> String.valueOf(r.points());
        };
        out.println("    " + points + "  " + r.criterion().description() + " [" + r.state().wireName() + "]");
        String where = r.clause().map(CompareOutput::where).map(w -> w + ": ").orElse("");
        wrapped(out, "       ", where + r.reason());
      }
    }
  }

  private static String where(SetClause sc) {
    return sc.clause().id() + " (" + sc.set().id() + ")";
  }

  private static void wrapped(PrintWriter out, String indent, String text) {
    for (String line : TextLines.wrap(VisibleText.line(text), TABLE_WIDTH - indent.length())) {
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
