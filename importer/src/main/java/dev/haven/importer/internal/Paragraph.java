package dev.haven.importer.internal;

/**
 * Lines of the input read as one paragraph.
 *
 * @param text the lines joined with single spaces; a line's number in a bill's margin stays, after a line break
 *     ({@link LineNumbers})
 * @param line the first line's number
 * @param heading whether it is a heading: marked so by the input, or a title line alone
 * @param level the level the input gives the heading (1 to 6, {@link SourceLine#level}); 0 when it gives none
 * @param before what the input has just before it that no paragraph holds: the first line's number in a bill's
 *     margin (after a line break, as in {@code text}), a page number left out between paragraphs; usually ""
 */
record Paragraph(String text, int line, boolean heading, int level, String before) {

  /** A paragraph with no level and nothing before it: a part of another paragraph's text. */
  Paragraph(String text, int line, boolean heading) {
    this(text, line, heading, 0, "");
  }
}
