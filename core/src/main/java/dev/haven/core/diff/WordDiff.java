package dev.haven.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A word-by-word comparison of two texts, for redlines. Uses commons-text's Myers diff: each distinct word is
 * encoded as one character, so the character diff of the encodings is the word diff of the texts.
 */
public final class WordDiff {

  /** What happened to a run of words. */
  public enum Op {
    /** The words are in both texts. */
    EQUAL,
    /** The words are only in the old text. */
    DELETE,
    /** The words are only in the new text. */
    INSERT
  }

  /** A run of words with the same fate, joined by single spaces. */
  public record Segment(Op op, String text) {}

  private WordDiff() {}

  /**
   * Compares two texts word by word.
   *
   * @param before the old text
   * @param after the new text
   * @return the runs of kept, deleted and inserted words, in reading order; whitespace between words is not compared
   */
  public static List<Segment> of(String before, String after) {
    String[] oldWords = words(before);
    String[] newWords = words(after);
    Map<String, Character> codes = new HashMap<>();
    List<String> vocabulary = new ArrayList<>();
    String oldCoded = encode(oldWords, codes, vocabulary);
    String newCoded = encode(newWords, codes, vocabulary);
    if (oldCoded == null || newCoded == null) {
      // More distinct words than characters to code them with: show the texts as replaced whole.
      return List.of(new Segment(Op.DELETE, String.join(" ", oldWords)), new Segment(Op.INSERT,
          String.join(" ", newWords)));
    }
    Collector collector = new Collector(vocabulary);
    new StringsComparator(oldCoded, newCoded).getScript().visit(collector);
    return collector.segments();
  }

  private static String[] words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
  }

  private static String encode(String[] words, Map<String, Character> codes, List<String> vocabulary) {
    StringBuilder sb = new StringBuilder(words.length);
    for (String word : words) {
      Character code = codes.get(word);
      if (code == null) {
        if (vocabulary.size() >= Character.MAX_VALUE - 1) {
          return null;
        }
        code = (char) (vocabulary.size() + 1);
        codes.put(word, code);
        vocabulary.add(word);
      }
      sb.append(code.charValue());
    }
    return sb.toString();
  }

  /** Turns the edit script back into words, merging neighbouring words with the same fate. */
  private static final class Collector implements CommandVisitor<Character> {
    private final List<String> vocabulary;
    private final List<Segment> segments = new ArrayList<>();
    private Op op;
    private final StringBuilder run = new StringBuilder();

    Collector(List<String> vocabulary) {
      this.vocabulary = vocabulary;
    }

    @Override
    public void visitKeepCommand(Character c) {
      add(Op.EQUAL, c);
    }

    @Override
    public void visitInsertCommand(Character c) {
      add(Op.INSERT, c);
    }

    @Override
    public void visitDeleteCommand(Character c) {
      add(Op.DELETE, c);
    }

    private void add(Op next, Character c) {
      if (op != next) {
        flush();
        op = next;
      }
      if (run.length() > 0) {
        run.append(' ');
      }
      run.append(vocabulary.get(c - 1));
    }

    private void flush() {
      if (op != null && run.length() > 0) {
        segments.add(new Segment(op, run.toString()));
      }
      run.setLength(0);
    }

    /** The runs, each replacement written as its deletion followed by its insertion, as a redline reads. */
    List<Segment> segments() {
      flush();
      for (int i = 0; i + 1 < segments.size(); i++) {
        if (segments.get(i).op() == Op.INSERT && segments.get(i + 1).op() == Op.DELETE) {
          Segment inserted = segments.get(i);
          segments.set(i, segments.get(i + 1));
          segments.set(i + 1, inserted);
        }
      }
      return List.copyOf(segments);
    }
  }
}
