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
    return clean(e, false);
  }

  /** @param aliases whether the file was read with its YAML aliases expanded */
  static String clean(JacksonException e, boolean aliases) {
    if (e instanceof StreamConstraintsException) {
      return "the file exceeds a reading limit: " + limit(e.getOriginalMessage(), aliases);
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

  private static final Pattern NUMBERS = Pattern.compile("\\((\\d+)\\)[^(]*\\((\\d+)");

  /**
   * Jackson's limit messages ("Document nesting depth (65) exceeds the maximum allowed (64, from
   * `StreamReadConstraints.getMaxNestingDepth()`)") in the reader's terms, with both numbers.
   */
  static String limit(String message, boolean aliases) {
    String m = message == null ? "" : message.strip();
    Matcher numbers = NUMBERS.matcher(m);
    String found = numbers.find() ? numbers.group(1) : "?";
    String max = numbers.find(0) ? numbers.group(2) : "?";
    if (m.startsWith("Document nesting depth")) {
      return "mappings and lists nest " + found + " deep here; a clause set may nest at most " + max;
    }
    if (m.startsWith("String value length") || m.startsWith("Number value length")
        || m.startsWith("Name length")) {
      return "a value here is " + found + " characters long; values are limited to " + max;
    }
    if (m.contains("replay") || (aliases && m.startsWith("Token count"))) {
      return "its YAML aliases expand to too many values for a clause set (more than " + max + " values, keys"
          + " and brackets); write the values out, or use fewer aliases";
    }
    if (m.startsWith("Token count")) {
      return "the file amounts to more than " + max + " values, keys and brackets;"
          + " split it into several sets";
    }
    int cut = m.indexOf(", from `");
    return cut > 0 ? m.substring(0, cut) + ")" : m;
  }
}
