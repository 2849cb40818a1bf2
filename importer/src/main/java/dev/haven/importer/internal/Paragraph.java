package dev.haven.importer.internal;

/**
 * Lines of the input read as one paragraph.
 *
 * @param text the lines joined with single spaces; a line's number in a bill's margin stays, after a line break
 *     ({@link LineNumbers})
 * @param line the first line's number
 * @param heading whether the input marks it as a heading
 */
record Paragraph(String text, int line, boolean heading) {}
