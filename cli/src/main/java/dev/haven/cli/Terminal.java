package dev.haven.cli;

import java.util.Map;

/**
 * What the output goes to: whether a person is watching (then problems show the offending line with a
 * caret) and whether colour is wanted.
 */
public record Terminal(boolean interactive, boolean color) {

  /** Output to a pipe or file: plain lines only. */
  public static final Terminal PIPE = new Terminal(false, false);

  /**
   * What a process writes to: {@code console} says whether it runs on a terminal; colour honours NO_COLOR
   * (https://no-color.org) and TERM=dumb.
   */
  public static Terminal detect(boolean console, Map<String, String> env) {
    boolean interactive = console;
    String noColor = env.get("NO_COLOR");
    boolean color = interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    return new Terminal(interactive, color);
  }

  String red(String s) {
    return color ? "\u001b[1;31m" + s + "\u001b[0m" : s;
  }

  String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[0m" : s;
  }
}
