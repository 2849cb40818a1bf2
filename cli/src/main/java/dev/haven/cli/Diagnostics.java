package dev.haven.cli;

import dev.haven.render.VisibleText;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Position;
import dev.haven.core.io.Problem;
import java.util.Optional;
import java.util.function.IntFunction;
import java.io.PrintWriter;

/**
 * Prints problems as compilers do: {@code FILE:LINE:COLUMN: error: MESSAGE}, and on a terminal the source
 * line with a caret under the column.
 */
final class Diagnostics {

  private final PrintWriter err;
  private final Terminal terminal;

  Diagnostics(PrintWriter err, Terminal terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  void print(LoadResult result) {
    for (Problem p : result.problems()) {
      print(result.origin(), Optional.of(p.position()), p.message(), result::line);
    }
    err.flush();
  }

  /**
   * One problem; {@code lines} gives the text of a line of {@code origin} when it is a file. Without a position
   * the origin is an option or a whole file: {@code ORIGIN: error: MESSAGE}.
   */
  void print(String origin, Optional<Position> at, String message, IntFunction<String> lines) {
    // a file name or a message quoting a value may hold control characters (a newline would forge a line)
    String shown = VisibleText.line(origin);
    String place = at.map(p -> shown + ":" + p.line() + ":" + p.column() + ":").orElse(shown + ":");
    err.println(terminal.bold(place) + " " + terminal.red("error:") + " " + VisibleText.line(message));
    if (at.isPresent() && terminal.interactive()) {
      Position p = at.get();
      String line = VisibleText.line(lines.apply(p.line()));
      if (!line.isEmpty()) {
        String gutter = String.format("%5d | ", p.line());
        err.println(gutter + line);
        err.println(" ".repeat(gutter.length() - 2) + "| " + caretIndent(line, p.column()) + "^");
      }
    }
    err.flush();
  }

  /** Spaces up to the column, keeping tabs so the caret lines up under a tab-indented line. */
  private static String caretIndent(String line, int column) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < column - 1 && i < line.length(); i++) {
      sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return sb.toString();
  }
}
