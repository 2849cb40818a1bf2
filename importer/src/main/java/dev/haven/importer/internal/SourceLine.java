package dev.haven.importer.internal;

/**
 * One line of an ordinance as the importer reads it: a line of a text file, or one block (paragraph, list item,
 * heading, table cell) of a web page.
 *
 * @param number the 1-based line of the input it starts on
 * @param indent leading spaces in a text file (a tab counts as four); 0 for a web page
 * @param text the words, trimmed, inner whitespace as in the input (a web page's already collapsed)
 * @param level the heading's level where the input marks one (1 to 6: a web page's {@code h1}-{@code h6}, a
 *     Markdown heading's number of {@code #}); 0 for a line that is no marked heading
 * @param margin the line number a bill or pleading paper prints before the words, "" when there is none
 */
public record SourceLine(int number, int indent, String text, int level, String margin) {

  /** A line without a number in its margin. */
  public SourceLine(int number, int indent, String text, int level) {
    this(number, indent, text, level, "");
  }

  /** Whether the input marks it as a heading. */
  public boolean heading() {
    return level > 0;
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
