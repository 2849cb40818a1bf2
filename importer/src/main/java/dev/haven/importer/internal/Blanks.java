package dev.haven.importer.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words the rules must not read, turned to spaces so that every offset into the text stays what it was. */
final class Blanks {

  private Blanks() {}

  /** {@code text} with every match of {@code pattern} replaced by as many spaces. */
  static String of(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }
}
