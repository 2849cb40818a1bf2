package dev.haven.importer.internal;

import java.util.regex.Pattern;

/**
 * What the importer writes of the input: its words as a reader sees them. The text the rules read has two things a
 * reader does not see as words: a line break before a bill's line number ({@link LineNumbers}) and the mark before
 * each item of a web page's list, which a browser draws as a bullet but whose text has none.
 */
public final class Verbatim {

  /** Starts the line of a web page's list item: read as a bullet, never quoted (a private-use character). */
  static final char LIST_MARK = '\uE000';
  private static final Pattern LIST_MARKS = Pattern.compile(LIST_MARK + "\\s*");

  private Verbatim() {}

  /** The text as the input has it: list marks dropped, runs of whitespace collapsed to one space. */
  public static String quote(String text) {
    return LIST_MARKS.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
