package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line numbers in a document's margin, as bills and pleading paper print them ("13 ANY AGENCY, OFFICER, ..."). They
 * are part of the input, so a clause that runs over several lines quotes them; but they are not the law's words,
 * so the rules must not read them and a line's label ("(B)") is what follows its number.
 *
 * <p>A paragraph's text keeps each inner line number after a line break ({@code "OR \n13 ANY"}): the break marks
 * it, so that the rules read the text with the numbers blanked ({@link #blank}) and what the importer writes
 * collapses the break to a space ({@link #collapse}).
 */
public final class LineNumbers {

  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:\\s+(\\S.*))?$");
  /** A line number kept inside a paragraph's text, after the line break that marks it. */
  private static final Pattern MARKED = Pattern.compile("\\n\\d{1,2}");
  /** Fewer numbered lines than this, or than half the lines with words, is a list, not a margin. */
  private static final int ENOUGH = 8;

  private LineNumbers() {}

  /**
   * The lines with their margin numbers moved to {@link SourceLine#margin()}, if the document numbers its lines:
   * at least {@value #ENOUGH} lines, and half of those with words, start with a number one above the last one's
   * (or with 1, on a new page). A number out of that run ("2 HOUSE BILL 444", a page's header) stays text.
   */
  static List<SourceLine> inMargin(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    int last = 0;
    int numbered = 0;
    int withWords = 0;
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        out.add(line);
        continue;
      }
      withWords++;
      Matcher m = NUMBERED.matcher(line.text());
      int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (n > 0 && (n == last + 1 || n == 1)) {
        last = n;
        numbered++;
        String words = m.group(2) == null ? "" : m.group(2);
        out.add(new SourceLine(line.number(), line.indent() + m.group(1).length() + 1, words, line.heading(),
            m.group(1)));
      } else {
        out.add(line);
      }
    }
    return numbered >= ENOUGH && numbered * 2 >= withWords ? out : lines;
  }

  /** The text with its marked line numbers blanked, offsets kept: what the rules read. */
  static String blank(String text) {
    return text.indexOf('\n') < 0 ? text : Blanks.of(MARKED, text);
  }


  /** The text as the input has it, runs of whitespace (the marking line breaks too) collapsed to one space. */
  public static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Where {@code words}, read without line numbers, stand in {@code verbatim}, which has them: the verbatim span,
   * collapsed, or {@code words} themselves when they are not found there.
   */
  public static String spanOf(String words, String verbatim) {
    String[] parts = collapse(words).split(" ");
    StringBuilder regex = new StringBuilder();
    for (String part : parts) {
      if (regex.length() > 0) {
        regex.append("\\s+(?:\\d{1,2}\\s+)?");
      }
      regex.append(Pattern.quote(part));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(verbatim);
    return m.find() ? collapse(m.group()) : collapse(words);
  }
}
