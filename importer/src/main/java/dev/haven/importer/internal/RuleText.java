package dev.haven.importer.internal;

import java.util.regex.Pattern;

/** The words as the rules read them: without the words an amendment strikes, with those a PDF broke joined. */
final class RuleText {

  /** A word a PDF broke at a line's end: "immigra- tion". */
  private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{Ll})-\\s+(?=\\p{Ll})");
  /** Words struck by an amendment, in double parentheses; a struck passage may hold a parenthesis of its own. */
  private static final Pattern STRUCK = Pattern.compile("\\(\\((?:[^()]|\\([^()]*\\))*\\)\\)");

  private RuleText() {}

  /**
   * The words with those a PDF broke at a line's end joined again ("determining immigra- tion status"), for the
   * rules to read; the clause still quotes the input as it is.
   */
  static String of(String text) {
    String read = withoutStruckWords(text);
    return read.indexOf('-') < 0 ? read : BROKEN_WORD.matcher(read).replaceAll("");
  }

  /**
   * The text with the words an amendment strikes blanked out, offsets kept: Washington's bills and King County's
   * ordinances print them in double parentheses ("shall ((not)) be"), and they are not the law's words any more.
   */
  static String withoutStruckWords(String text) {
    return text.contains("((") ? Blanks.of(STRUCK, text) : text;
  }
}
