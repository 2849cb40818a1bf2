package dev.haven.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes every haven command uses (the public contract). */
public final class ExitCode {
  /** Success; for query: something matched; for diff: no change. */
  public static final int OK = 0;
  /** The answer is "no" or "different": query matched nothing, diff found changes. */
  public static final int NO = 1;
  /** The input or the command line is wrong. */
  public static final int BAD_INPUT = 2;
  /** A bug in Haven. */
  public static final int INTERNAL = 3;

  private ExitCode() {}

  /** The list shown at the end of every --help. */
  static Map<String, String> helpList() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "Success (query: something matched; diff: no change)");
    codes.put("1", "The answer is no (query: nothing matched; diff: the sets differ)");
    codes.put("2", "Bad input or command line, or a file or output that cannot be read or written; message on stderr");
    codes.put("3", "Internal error (a bug); --verbose shows the stack trace");
    return codes;
  }
}
