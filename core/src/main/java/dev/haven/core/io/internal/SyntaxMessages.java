package dev.haven.core.io.internal;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns a parser's exception into one line a person can act on. */
final class SyntaxMessages {

  private static final Pattern MARK =
      Pattern.compile("line (\\d+), column (\\d+)");

  private SyntaxMessages() {}

  static String clean(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      String why = firstSentence(e.getOriginalMessage());
      if (why.contains("replay") || why.startsWith("Token count")) {
        return "the file exceeds a reading limit: its YAML aliases expand to too many values (" + why + ")";
      }
      return "the file exceeds a reading limit: " + why;
    }
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    // snakeyaml's messages quote the source with a caret and repeat positions; keep only the sentences.
    List<String> parts = new ArrayList<>();
    for (String line : original.split("\\R")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("in reader") || t.startsWith("at [") || t.equals("^")
          || line.startsWith("    ") || t.startsWith("(")) {
        continue;
      }
      parts.add(t);
    }
    String joined = parts.isEmpty() ? original.strip() : String.join("; ", parts);
    // snakeyaml names two places when a construct is left open: where it started, then where it broke.
    Matcher marks = MARK.matcher(original);
    if (marks.find()) {
      String startLine = marks.group(1);
      String startColumn = marks.group(2);
      if (marks.find() && !(startLine.equals(marks.group(1)) && startColumn.equals(marks.group(2)))) {
        joined += " (it starts at line " + startLine + ", column " + startColumn + ")";
      }
    }
    joined = joined.replaceAll("\\s*\\n\\s*", " ");
    return "syntax error: " + joined.substring(0, 1).toLowerCase(Locale.ROOT) + joined.substring(1);
  }

  private static String firstSentence(String message) {
    String m = message == null ? "" : message.strip();
    int cut = m.indexOf(" (");
    return cut > 0 ? m.substring(0, cut) : m;
  }
}
