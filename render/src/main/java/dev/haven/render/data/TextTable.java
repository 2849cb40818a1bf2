package dev.haven.render.data;

import dev.haven.render.VisibleText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a width: every column but the last takes its widest cell up to a cap, the last
 * takes the rest, and long cells wrap (at spaces, and after hyphens in long names) instead of being cut. A row
 * may carry a detail (a clause's text), printed in full beneath it, indented.
 */
public final class TextTable {

  private static final String GAP = "  ";
  private static final String DETAIL_INDENT = "    ";

  private final List<String> header;
  private final List<Integer> caps;
  private final List<List<List<String>>> rows = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  /**
   * A table with these columns.
   *
   * @param header the column names
   * @param caps the widest each column but the last may grow
   */
  public TextTable(List<String> header, List<Integer> caps) {
    if (caps.size() != header.size() - 1) {
      throw new IllegalArgumentException("one cap for every column but the last");
    }
    this.header = List.copyOf(header);
    this.caps = List.copyOf(caps);
  }

  /**
   * Adds a row; each cell is a list of lines (an actor per line, say).
   *
   * @param cells one list of lines per column
   */
  public void add(List<List<String>> cells) {
    add(cells, null);
  }

  /**
   * Adds a row with a detail printed beneath it, wrapped to the table's width.
   *
   * @param cells one list of lines per column
   * @param detail the text under the row, or null for none
   */
  public void add(List<List<String>> cells, String detail) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells");
    }
    // every cell comes from a file: its control characters are shown, never sent to the terminal
    rows.add(cells.stream().map(lines -> lines.stream().map(VisibleText::line).toList()).toList());
    details.add(detail == null ? null : VisibleText.block(detail));
  }

  /**
   * Prints the table, the last column taking what the others leave of {@code width}.
   *
   * @param out where the table goes
   * @param width the most characters a line holds
   */
  public void print(PrintWriter out, int width) {
    int[] widths = new int[header.size()];
    int used = 0;
    for (int c = 0; c < caps.size(); c++) {
      int w = header.get(c).length();
      for (List<List<String>> row : rows) {
        for (String line : row.get(c)) {
          w = Math.max(w, line.length());
        }
      }
      // an id or a ground is never broken: a column is at least as wide as its longest word
      widths[c] = Math.max(Math.min(w, caps.get(c)), longestWord(c));
      used += widths[c] + GAP.length();
    }
    int last = widths.length - 1;
    widths[last] = Math.max(Math.max(20, width - used), longestWord(last));
    printRow(out, widths, header.stream().map(List::of).toList());
    for (int r = 0; r < rows.size(); r++) {
      printRow(out, widths, rows.get(r));
      if (details.get(r) != null) {
        for (String line : paragraphs(details.get(r), width - DETAIL_INDENT.length())) {
          out.println(DETAIL_INDENT + line);
        }
        if (r < rows.size() - 1) {
          out.println();
        }
      }
    }
  }

  private static void printRow(PrintWriter out, int[] widths, List<List<String>> cells) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = new ArrayList<>();
      for (String line : cells.get(c)) {
        lines.addAll(TextLines.wrap(line, widths[c]));
      }
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String part = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
        sb.append(part);
        if (c < widths.length - 1) {
          sb.append(" ".repeat(widths[c] - part.length())).append(GAP);
        }
      }
      out.println(sb.toString().stripTrailing());
    }
  }

  private int longestWord(int column) {
    int longest = header.get(column).length();
    for (List<List<String>> row : rows) {
      for (String line : row.get(column)) {
        for (String word : line.split("\\s+")) {
          longest = Math.max(longest, word.length());
        }
      }
    }
    return longest;
  }

  /** Each line of a detail wrapped on its own: a detail's own line breaks start new lines. */
  private static List<String> paragraphs(String detail, int width) {
    List<String> lines = new java.util.ArrayList<>();
    for (String paragraph : detail.split("\n", -1)) {
      lines.addAll(TextLines.wrap(paragraph, width));
    }
    return lines;
  }
}
