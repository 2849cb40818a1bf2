package dev.haven.cli;

import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Problem;
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
      err.println(terminal.bold(result.origin() + ":" + p.position().line() + ":" + p.position().column() + ":")
          + " " + terminal.red("error:") + " " + p.message());
      if (terminal.interactive()) {
        String line = result.line(p.position().line());
        if (!line.isEmpty()) {
          String gutter = String.format("%5d | ", p.position().line());
          err.println(gutter + line);
          err.println(" ".repeat(gutter.length() - 2) + "| " + caretIndent(line, p.position().column()) + "^");
        }
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
