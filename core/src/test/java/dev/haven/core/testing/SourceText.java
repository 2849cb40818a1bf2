package dev.haven.core.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source text as words, for checking that a clause's text or a quote is verbatim.
 *
 * <p>Words are compared without case, punctuation, typographic quotes or list labels ("(a)", "(1)", "(A)",
 * "(iv)"), so a list item joined to the words that lead into it still reads as the source's own words. A clause
 * may join at most {@link #MAX_JOINS} separate runs of the source in their order (a lead-in, a sub-lead-in, an
 * item), and an editor's {@code [...]} marks words left out; a word cut off before {@code [...]} matches the
 * start of the source's word.
 */
public final class SourceText {

  /** Runs of the source a clause may join: a lead-in, a sub-lead-in, its item and one more such level. */
  public static final int MAX_JOINS = 4;

  private static final int MIN_RUN = 3;
  private static final Pattern LABEL = Pattern.compile("\\((?:[a-z]{1,2}|[A-Z]{1,2}|\\d{1,2}|[ivx]{1,5})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final String GAP = "[...]";

  private final List<String> words;

  public SourceText(String text) {
    this.words = words(text);
  }

  /** Whether {@code text} is made of at most {@link #MAX_JOINS} runs of this source per part between gaps. */
  public boolean containsJoined(String text) {
    return covers(text, MAX_JOINS);
  }

  /** Whether every part of {@code quote} between gaps is one run of this source. */
  public boolean containsQuote(String quote) {
    return covers(quote, 1);
  }

  private boolean covers(String text, int maxRuns) {
    int from = 0;
    String[] parts = text.split(Pattern.quote(GAP), -1);
    for (int p = 0; p < parts.length; p++) {
      List<String> part = words(parts[p]);
      if (part.isEmpty()) {
        continue;
      }
      boolean cutOff = p < parts.length - 1 && !parts[p].isEmpty()
          && Character.isLetterOrDigit(parts[p].charAt(parts[p].length() - 1));
      int end = cover(part, 0, from, maxRuns, cutOff);
      if (end < 0) {
        return false;
      }
      from = end;
    }
    return true;
  }

  /**
   * Covers {@code part} from word {@code i} with at most {@code runs} runs of the source, each starting at or after
   * {@code from} and taken as long as it matches; the end of the last run, or -1. Every start is tried, so a
   * lead-in that also occurs later, joined to other words, does not hide the right one.
   */
  private int cover(List<String> part, int i, int from, int runs, boolean lastWordCutOff) {
    if (i == part.size()) {
      return from;
    }
    if (runs == 0) {
      return -1;
    }
    for (int s = from; s < words.size(); s++) {
      int n = 0;
      while (i + n < part.size() && s + n < words.size()
          && matches(part.get(i + n), words.get(s + n), lastWordCutOff && i + n == part.size() - 1)) {
        n++;
      }
      // A run of one or two common words would let a paraphrase pass as joined quotes.
      if (n > 0 && n >= Math.min(MIN_RUN, part.size() - i)) {
        int end = cover(part, i + n, s + n, runs - 1, lastWordCutOff);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean matches(String word, String sourceWord, boolean prefix) {
    return prefix ? sourceWord.startsWith(word) : sourceWord.equals(word);
  }

  static List<String> words(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace("'s", "s").replace("'", "");
    plain = LABEL.matcher(plain).replaceAll(" ");
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
