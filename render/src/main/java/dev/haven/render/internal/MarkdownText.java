package dev.haven.render.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text placed in Markdown so that it is read as text, whatever characters it holds. */
public final class MarkdownText {

  /** Characters that open emphasis, code, links, HTML, entities, strikethrough or table cells anywhere. */
  private static final String INLINE = "\\`*_[]<>&~|";

  /** A line starting like an ordered list item: "12." or "12)". */
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /**
   * {@code s} on one line, backslash-escaped so CommonMark and GitHub read it as plain text: the characters
   * that are markup anywhere in a line, and at the start a character that would begin a heading, quote, list or
   * rule. Other punctuation is left alone so the file stays readable and searchable.
   */
  public static String escape(String s) {
    String line = s.strip().replaceAll("\\s+", " ");
    StringBuilder sb = new StringBuilder(line.length() + 8);
    Matcher ordered = ORDERED.matcher(line);
    int start = 0;
    if (ordered.lookingAt()) {
      sb.append(ordered.group(1)).append('\\').append(ordered.group(2));
      start = ordered.end();
    } else if (!line.isEmpty() && "#>-+=".indexOf(line.charAt(0)) >= 0) {
      sb.append('\\').append(line.charAt(0));
      start = 1;
    }
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
