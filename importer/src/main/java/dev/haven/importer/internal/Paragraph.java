package dev.haven.importer.internal;

/**
 * Lines of the input read as one paragraph.
 *
 * @param text the lines joined with single spaces; a line's number in a bill's margin stays, after a line break
 *     ({@link LineNumbers})
 * @param line the first line's number
 * @param heading whether the input marks it as a heading
 * @param before what the input has just before it that no paragraph holds: the first line's number in a bill's
 *     margin (after a line break, as in {@code text}), a page number left out between paragraphs; usually ""
 */
record Paragraph(String text, int line, boolean heading, String before) {

  /** A paragraph with nothing before it: a part of another paragraph's text. */
  Paragraph(String text, int line, boolean heading) {
    this(text, line, heading, "");
  }
}
