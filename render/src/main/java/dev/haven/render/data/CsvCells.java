package dev.haven.render.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180) that spreadsheets open safely: a cell that starts with {@code = + - @} or a tab is
 * prefixed with an apostrophe, so that a spreadsheet shows it as text and never runs it as a formula.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * Writes a header and rows as RFC 4180 CSV, each cell defused as the class says.
   *
   * @param header the column names
   * @param rows the rows, each as many cells as the header
   * @param out where the CSV goes
   */
  public static void write(List<String> header, List<List<String>> rows, PrintWriter out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
          .get());
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(CsvCells::defused).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String defused(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + cell : cell;
  }
}
