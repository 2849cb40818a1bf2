package dev.haven.render.data;

import dev.haven.render.VisibleText;
import java.util.Arrays;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints query results in each of the formats {@code haven query} offers. */
public final class QueryOutput {

  /** The width the table is laid out for: readable in a 100-column terminal. */
  public static final int TABLE_WIDTH = 100;

  private static final List<String> CSV_HEADER =
      List.of("set", "jurisdiction", "file", "id", "kind", "modality", "actors", "exceptions", "text", "status",
          "date", "matched", "exception texts", "conditions", "scope", "source", "in force");

  private QueryOutput() {}

  /**
   * The rows as a JSON array, each in the shape {@code docs/cli.md} gives.
   *
   * @param rows the matching clauses
   * @param out where the JSON goes
   */
  public static void json(List<QueryRow> rows, PrintWriter out) {
    DataWriters.json(rows.stream().map(QueryRow::toMap).toList(), out);
  }

  /**
   * The rows as a YAML list, the same shape as the JSON.
   *
   * @param rows the matching clauses
   * @param out where the YAML goes
   */
  public static void yaml(List<QueryRow> rows, PrintWriter out) {
    DataWriters.yaml(rows.stream().map(QueryRow::toMap).toList(), out);
  }

  /**
   * The rows as CSV: one row per clause; lists are joined with "; " so that each cell stays one value.
   *
   * @param rows the matching clauses
   * @param out where the CSV goes
   */
  public static void csv(List<QueryRow> rows, PrintWriter out) {
    List<List<String>> cells = new ArrayList<>();
    for (QueryRow r : rows) {
      cells.add(Arrays.asList(r.set(), r.jurisdiction(), r.file(), r.id(), r.kind(),
          r.modality() == null ? "" : r.modality(), String.join("; ", r.actors()),
          String.join("; ", r.exceptions()), r.text(), r.status(), r.date() == null ? "" : r.date(),
          r.matched() == null ? "" : r.matched(),
          String.join("; ", r.exceptionTexts().stream().map(e -> e.get("ground") + (e.get("text") == null ? ""
              : ": " + e.get("text"))).toList()),
          String.join("; ", r.conditions().stream().map(c -> c.get("type") + (c.get("by") == null ? ""
              : " by " + c.get("by")) + (c.get("text") == null ? "" : ": " + c.get("text"))).toList()),
          String.join("; ", r.scope().entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() instanceof
              List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : e.getValue())).toList()),
          r.source() == null ? "" : String.join(", ", r.source().values().stream().filter(v -> v != null)
              .map(String::valueOf).toList()),
          r.inForce() == null ? "" : r.inForce()));
    }
    CsvCells.write(CSV_HEADER, cells, out);
  }

  /** The clause's text, then its exceptions' words, its conditions, its source and how it matched. */
  private static String detail(QueryRow r) {
    List<String> lines = new ArrayList<>(List.of(r.text()));
    lines.addAll(r.detailLines());
    if (r.matched() != null) {
      lines.add("matched: " + r.matched());
    }
    if (r.inForce() != null) {
      lines.add("in force that day: " + r.inForce() + " (a date of it or its set is given without its day)");
    }
    return String.join("\n", lines);
  }

  /** A clause's exception grounds; a cooperation condition's grounds, on which it allows cooperation. */
  private static String exceptionsCell(QueryRow r) {
    List<String> cells = new ArrayList<>(r.exceptions());
    if (r.grounds() != null && !r.grounds().isEmpty()) {
      cells.add("cooperates on: " + String.join(", ", r.grounds()));
    }
    return cells.isEmpty() ? "-" : String.join(", ", cells);
  }

  /**
   * For people: a heading per set, then its clauses with their text wrapped in full.
   *
   * @param rows the matching clauses
   * @param out where the table goes
   */
  public static void table(List<QueryRow> rows, PrintWriter out) {
    Map<String, List<QueryRow>> bySet = new LinkedHashMap<>();
    for (QueryRow r : rows) {
      bySet.computeIfAbsent(r.file() + "\u0000" + r.set(), k -> new ArrayList<>()).add(r);
    }
    boolean first = true;
    for (List<QueryRow> group : bySet.values()) {
      if (!first) {
        out.println();
      }
      first = false;
      QueryRow head = group.get(0);
      out.println(VisibleText.line(head.jurisdiction() + " · " + head.set() + " (" + head.file() + ") · "
          + head.status() + (head.date() == null ? "" : " " + head.date())));
      TextTable table = new TextTable(List.of("CLAUSE", "KIND", "MODALITY", "BINDS", "EXCEPTIONS"),
          List.of(28, 29, 14, 24));
      for (QueryRow r : group) {
        table.add(List.of(List.of(r.id()), List.of(r.kind()), List.of(r.modality() == null ? "-" : r.modality()),
            List.of(String.join(", ", r.actors())),
            List.of(exceptionsCell(r))),
            detail(r));
      }
      table.print(out, TABLE_WIDTH);
    }
    out.println();
    out.println(rows.size() + (rows.size() == 1 ? " clause" : " clauses") + " in " + bySet.size()
        + (bySet.size() == 1 ? " set" : " sets"));
  }
}
