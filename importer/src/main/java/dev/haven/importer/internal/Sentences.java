package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits legislative text into sentences, each a verbatim span; abbreviations such as "U.S.C." do not end one. */
final class Sentences {

  private static final Pattern END = Pattern.compile("[.!?][\"”')\\]]*(?=\\s+[\"“(\\[]?[A-Z0-9§])");
  private static final Set<String> ABBREVIATIONS = Set.of("sec", "secs", "no", "nos", "u.s", "u.s.c", "c.f.r",
      "mr", "ms", "mrs", "dr", "st", "inc", "co", "corp", "ord", "res", "j", "coun", "p", "pp", "v", "vs", "e.g",
      "i.e", "etc", "gov", "stat", "art", "ch", "subd", "app", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sept", "sep", "oct", "nov", "dec", "cal", "wis", "ill", "wash", "cf", "id", "para", "par", "subsec",
      "amend", "ver", "ann", "admin", "dept", "div", "assn", "ave");

  /** A sentence's last stop, with any closing quote or bracket after it; texts with line numbers run over lines. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”')\\]]*\\s*$");

  private Sentences() {}

  /** Whether {@code text} ends a sentence: "... release.", "... (ICE).", "... \"protect our courts act\"." */
  static boolean endsSentence(String text) {
    return ENDS_SENTENCE.matcher(text).find();
  }

  /** The spans {@code [start, end)} of each sentence of {@code text}, in order, trimmed. */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    Matcher m = END.matcher(text);
    while (m.find()) {
      if (m.group().charAt(0) == '.' && isAbbreviation(text, m.start())) {
        continue;
      }
      add(out, text, start, m.end());
      start = m.end();
    }
    add(out, text, start, text.length());
    return out;
  }

  /** The sentences of {@code text}. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (int[] span : spans(text)) {
      out.add(text.substring(span[0], span[1]));
    }
    return out;
  }

  private static void add(List<int[]> out, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
  }

  /** Whether the word before the period at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int dot) {
    int i = dot;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    String word = text.substring(i, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(i)))
        || word.contains(".");
  }
}
