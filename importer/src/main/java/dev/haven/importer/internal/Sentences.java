package dev.haven.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits legislative text into sentences, each a verbatim span: a trained sentence model (Apache OpenNLP's maximum
 * entropy detector) proposes the ends, and abbreviations of legal citation such as "U.S.C." end none.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of("sec", "secs", "no", "nos", "u.s", "u.s.c", "c.f.r",
      "mr", "ms", "mrs", "dr", "st", "inc", "co", "corp", "ord", "res", "j", "coun", "p", "pp", "v", "vs", "e.g",
      "i.e", "etc", "gov", "stat", "art", "ch", "subd", "app", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sept", "sep", "oct", "nov", "dec", "cal", "wis", "ill", "wash", "cf", "id", "para", "par", "subsec",
      "amend", "ver", "ann", "admin", "dept", "div", "assn", "ave");

  /** Words that name a lettered part, after which "a." may well end the sentence: "as set out in paragraph b." */
  private static final Pattern NAMES_A_PART = Pattern.compile(
      "(?i)(?:paragraph|subparagraph|item|subsection|section|clause|subclause|part|schedule|exhibit|appendix"
          + "|attachment|article|division|subdivision|point|letter|plan|option)\\s*$");

  /** "US." before the name of a federal body abbreviates the United States: "US. Immigration and Customs ..." */
  private static final Pattern FEDERAL_BODY = Pattern.compile("\\s+(?:Immigration|Customs|Citizenship|Department|"
      + "Attorney|Code|Border|Government|Marshals?|Constitution|Congress|Supreme|District|Court|Bureau|Office)\\b");

  /** A sentence's last stop, with any closing quote or bracket after it; texts with line numbers run over lines. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?][\"”')\\]]*\\s*$");

  private Sentences() {}

  /** Whether {@code text} ends a sentence: "... release.", "... (ICE).", "... \"protect our courts act\"." */
  static boolean endsSentence(String text) {
    return ENDS_SENTENCE.matcher(text).find();
  }

  /**
   * Whether a line stops on an abbreviation of more than one letter ("... at the request of U.S."), which ends no
   * sentence, so that the next line goes on from it; a lone letter ("A.", "b.") may be an item's label.
   */
  static boolean endsInAbbreviation(String line) {
    String t = line.stripTrailing();
    int dot = t.length() - 1;
    if (dot < 1 || t.charAt(dot) != '.' || !Character.isLetter(t.charAt(dot - 1))) {
      return false;
    }
    int i = wordStart(t, dot);
    return dot - i > 1 && i > 0 && Character.isWhitespace(t.charAt(i - 1)) && isAbbreviation(t, dot);
  }

  /** The English sentence model (OpenNLP, trained on the Universal Dependencies English Web Treebank). */
  private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel MODEL = loadModel();
  /** A detector keeps state between calls; drafting runs on several threads. */
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

  private static SentenceModel loadModel() {
    try (InputStream in = Sentences.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_RESOURCE + " is missing from the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spans {@code [start, end)} of each sentence of {@code text}, in order, trimmed. The trained model says where
   * sentences may end; an end it puts after a legal abbreviation ("U.S.C.", "Sec.", "No.") or an item's letter run
   * into a sentence ("prior to a. Detaining"), or before a small letter, is none, since the model learned English
   * web text, not statutes.
   */
  static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (Span sentence : DETECTOR.get().sentPosDetect(text)) {
      int end = sentence.getEnd();
      if (end < text.length() && (startsLowerCase(text, end)
          || text.charAt(end - 1) == '.' && isAbbreviation(text, end - 1))) {
        continue;
      }
      add(out, text, start, end);
      start = end;
    }
    add(out, text, start, text.length());
    return out;
  }

  /**
   * Whether what follows {@code at} starts with a small letter: no sentence of a law does, so a stop before one ends
   * none (a "?" left where a scan lost a curly quote: "?resident? means ...").
   */
  private static boolean startsLowerCase(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && Character.isLowerCase(text.charAt(i));
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
    int i = wordStart(text, dot);
    String word = text.substring(i, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isLowerCase(text.charAt(i))) {
      // a letter run into a sentence labels its items: "shall require a warrant prior to a. Detaining ... or b. ..."
      return i == 0
          || Character.isWhitespace(text.charAt(i - 1))
              && !NAMES_A_PART.matcher(text).region(Math.max(0, i - 40), i).find();
    }
    if (text.startsWith("US", i) && word.length() == 2) {
      return FEDERAL_BODY.matcher(text).region(dot + 1, text.length()).lookingAt();
    }
    return ABBREVIATIONS.contains(word) || word.length() == 1 || word.contains(".");
  }

  /** Where the word that ends at {@code dot} starts, its own stops included ("U.S.C."). */
  private static int wordStart(String text, int dot) {
    int i = dot;
    while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    return i;
  }
}
