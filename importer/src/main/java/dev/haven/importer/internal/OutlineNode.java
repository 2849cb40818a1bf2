package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A paragraph or labelled item of an ordinance as {@link Outline} reads it, before its provisions are emitted. */
final class OutlineNode {
  final String locator;
  String text;
  int start;
  int line;
  final boolean listItem;
  final List<OutlineNode> children = new ArrayList<>();
  /** The heading of the section it is in ("" when none). */
  final String heading;
  /** Whether the input marks its section as a paraphrase or summary. */
  final boolean paraphrase;
  OutlineNode parent;
  Style style;
  /** How the label is written: '(' for "(a)", ')' for "a)", '.' for "a.". */
  char format;
  String label;
  /** Whether it opens with RESOLVED, or follows words that resolve what follows: a resolved clause. */
  boolean resolvedClause;
  /** The defined term printed on a line of its own, its definition under it, that its words start with; else null. */
  String term;

  OutlineNode(String locator, String text, int start, int line, boolean listItem, String heading, boolean paraphrase,
      boolean resolvedClause) {
    this.locator = locator;
    this.text = text;
    this.start = start;
    this.line = line;
    this.listItem = listItem;
    this.heading = heading;
    this.paraphrase = paraphrase;
    this.resolvedClause = resolvedClause;
  }

  /** Whether it is a resolved clause or an item of one. */
  boolean resolved() {
    for (OutlineNode n = this; n != null; n = n.parent) {
      if (n.resolvedClause) {
        return true;
      }
    }
    return false;
  }

  /** Families of item labels; each level of an outline uses one. */
  enum Style {
    LOWER, DIGIT, UPPER, ROMAN, UPPER_ROMAN;

    /** Whether {@code label} is the first of a list in this style: "1", "a", "A", "i", "I". */
    boolean opens(String label) {
      return switch (this) {
        case DIGIT -> label.equals("1");
        case LOWER -> label.equals("a");
        case UPPER -> label.equals("A") || label.equals("I");
        case ROMAN -> label.equals("i");
        case UPPER_ROMAN -> label.equals("I");
      };
    }

    static Style of(String label, List<OutlineNode> stack) {
      if (label.chars().allMatch(Character::isDigit)) {
        return DIGIT;
      }
      if (label.matches("[ivxl]+")) {
        // (i) right after (h) is a letter; under a letter it is a roman numeral
        Optional<OutlineNode> lower = stack.stream().filter(n -> n.style == LOWER).reduce((a, b) -> b);
        if (lower.isPresent() && label.length() == 1 && lower.get().label.length() == 1
            && lower.get().label.charAt(0) + 1 == label.charAt(0)) {
          return LOWER;
        }
        // a list of letters starts at "a": an "i" that does not follow "h" opens a list of roman numerals
        return lower.isPresent() || label.length() > 1 || label.equals("i") ? ROMAN : LOWER;
      }
      if (label.matches("[IVXL]{2,}")) {
        // "II" after an "I" read as a capital letter continues that level
        Optional<OutlineNode> upper = stack.stream().filter(n -> n.style == UPPER).reduce((a, b) -> b);
        return upper.isPresent() && upper.get().label.matches("[IVXL]") ? UPPER : UPPER_ROMAN;
      }
      return Character.isUpperCase(label.charAt(0)) ? UPPER : LOWER;
    }
  }
}
