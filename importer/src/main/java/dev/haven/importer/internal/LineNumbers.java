package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line numbers in a document's margin, as bills and pleading paper print them ("13 ANY AGENCY, OFFICER, ...", or
 * page and line as Minnesota's bills do, "3.14 Subd. 3. Government restrictions"). They
 * are part of the input, so a clause that runs over several lines quotes them; but they are not the law's words,
 * so the rules must not read them and a line's label ("(B)") is what follows its number.
 *
 * <p>A paragraph's text keeps each inner line number after a line break ({@code "OR \n13 ANY"}): the break marks
 * it, so that the rules read the text with the numbers blanked ({@link #blank}) and what the importer writes
 * collapses the break to a space ({@link Verbatim#quote}).
 */
public final class LineNumbers {

  private static final String NUMBER = "(?:\\d{1,3}\\.)?\\d{1,2}";
  private static final Pattern NUMBERED = Pattern.compile("^(" + NUMBER + ")(?:\\s+(\\S.*))?$");
  /** A line number kept inside a paragraph's text, after the line break that marks it. */
  private static final Pattern MARKED = Pattern.compile("\\n" + NUMBER);
  /** Fewer numbered lines than this, or than half the lines with words, is a list, not a margin. */
  private static final int ENOUGH = 8;

  private LineNumbers() {}

  /**
   * The lines with their margin numbers moved to {@link SourceLine#margin()}, if the document numbers its lines:
   * at least {@value #ENOUGH} lines, and half of those with words, start with a number one above the last one's
   * (or with line 1 of a page: "1", "4.1"; the first may be any, as a page's text may start mid-page), and a
   * quarter of them go on with the sentence of the line before. A number out of that run ("2 HOUSE BILL 444", a
   * page's header) stays text; so do numbered sections one line each ("1.1 Purpose.", "1.2 Scope."), since their
   * lines end what they say.
   */
  static List<SourceLine> inMargin(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    String lastPage = "";
    int last = 0;
    int numbered = 0;
    int goingOn = 0;
    int withWords = 0;
    String before = "";
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        out.add(line);
        continue;
      }
      withWords++;
      Matcher m = NUMBERED.matcher(line.text());
      String number = m.matches() ? m.group(1) : "";
      int dot = number.indexOf('.');
      String page = dot < 0 ? "" : number.substring(0, dot);
      int n = number.isEmpty() ? -1 : Integer.parseInt(number.substring(dot + 1));
      if (n > 0 && (n == 1 || last == 0 || n == last + 1 && page.equals(lastPage))) {
        last = n;
        lastPage = page;
        numbered++;
        if (!before.isEmpty() && !Paragraphs.endsUnit(before)) {
          goingOn++;
        }
        String words = m.group(2) == null ? "" : m.group(2);
        before = words;
        out.add(new SourceLine(line.number(), line.indent() + number.length() + 1, words, line.level(), number));
      } else {
        before = line.text();
        out.add(line);
      }
    }
    return numbered >= ENOUGH && numbered * 2 >= withWords && goingOn * 4 >= numbered ? out : lines;
  }

  /** The text with its marked line numbers blanked, offsets kept: what the rules read. */
  static String blank(String text) {
    return text.indexOf('\n') < 0 ? text : Blanks.of(MARKED, text);
  }


  /**
   * Where {@code words}, read without line numbers, stand in {@code verbatim}, which has them: the verbatim span,
   * collapsed, or {@code words} themselves when they are not found there.
   */
  public static String spanOf(String words, String verbatim) {
    String[] parts = Verbatim.quote(words).split(" ");
    StringBuilder regex = new StringBuilder();
    for (String part : parts) {
      if (regex.length() > 0) {
        regex.append("\\s+(?:" + NUMBER + "\\s+)?");
      }
      regex.append(Pattern.quote(part));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(verbatim);
    return m.find() ? Verbatim.quote(m.group()) : Verbatim.quote(words);
  }
}
