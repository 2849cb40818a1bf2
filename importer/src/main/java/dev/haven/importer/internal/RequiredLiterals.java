package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The literal strings of which every match of a case-insensitive pattern contains at least one: "(?:city|county)\s+
 * funds?" cannot match a text that contains neither "city" nor "county". A text that holds none of a rule's
 * literals is not given to the rule's regular expression, which is where the importer spends its time (each rule
 * tries every position of every sentence). The set is a necessary condition only, so leaving it out is always
 * right: any construct this reader does not follow (inline flags, quoting, a class it cannot list) gives no set
 * for that part, and a pattern it cannot read at all gives none.
 *
 * <p>Strings are {@linkplain #fold(char) folded} the way the patterns compare characters when they ignore case.
 */
final class RequiredLiterals {

  /** More alternatives than this and a part's exact strings are not listed (it still may require some). */
  private static final int MAX_STRINGS = 64;
  /** Literals shorter than this are in almost every sentence: a set of them screens nothing out. */
  private static final int MIN_USEFUL_LENGTH = 3;

  /**
   * What a part of a pattern can match: {@code exact}, every string it matches (null when not known or too many),
   * and {@code required}, literals one of which every match contains (null when none can be named).
   */
  private record Info(Set<String> exact, Set<String> required) {

    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    /** The literals every match must contain, from the exact strings where they are known. */
    Set<String> necessary() {
      if (exact != null && !exact.isEmpty() && !exact.contains("")) {
        return exact;
      }
      return required;
    }
  }

  /** The pattern cannot be followed; no literal is required of it. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private final String regex;
  private int at;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * The folded literals one of which every match of {@code regex} (compiled with {@code CASE_INSENSITIVE} and
   * {@code UNICODE_CASE}) contains, or empty when no useful set can be shown.
   */
  static Optional<Set<String>> of(String regex) {
    if (regex.contains("\\Q")) {
      return Optional.empty(); // quoted text would have to be read as a literal, brackets and all
    }
    RequiredLiterals reader = new RequiredLiterals(regex);
    try {
      Info info = reader.alternation();
      if (reader.at != regex.length()) {
        return Optional.empty();
      }
      Set<String> needed = info.necessary();
      return needed == null || shortest(needed) < MIN_USEFUL_LENGTH ? Optional.empty()
          : Optional.of(minimal(needed));
    } catch (Unreadable | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** How a pattern that ignores case compares a character: upper-cased, then lower-cased. */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> exact = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    for (Info b : branches) {
      if (exact != null) {
        exact = b.exact() == null ? null : union(exact, b.exact());
      }
      if (required != null) {
        Set<String> needed = b.necessary();
        required = needed == null ? null : union(required, needed);
      }
    }
    return new Info(exact, required == null ? null : minimal(required));
  }

  private Info sequence() {
    Set<String> whole = Set.of("");
    Set<String> run = Set.of("");
    List<Set<String>> candidates = new ArrayList<>();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      Info part = quantified(atom());
      if (part.exact() != null) {
        whole = whole == null ? null : product(whole, part.exact());
        Set<String> longer = product(run, part.exact());
        if (longer == null) {
          addCandidate(candidates, run);
          run = part.exact();
        } else {
          run = longer;
        }
      } else {
        whole = null;
        addCandidate(candidates, run);
        run = Set.of("");
        if (part.required() != null) {
          candidates.add(part.required());
        }
      }
    }
    addCandidate(candidates, run);
    Set<String> best = null;
    for (Set<String> c : candidates) {
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    return new Info(whole, best);
  }

  private static void addCandidate(List<Set<String>> candidates, Set<String> run) {
    if (!run.isEmpty() && !run.contains("")) {
      candidates.add(minimal(run));
    }
  }

  /** A set screens better when its shortest literal is longer; of two as long, the smaller set. */
  private static boolean better(Set<String> a, Set<String> b) {
    int la = shortest(a);
    int lb = shortest(b);
    return la != lb ? la > lb : a.size() < b.size();
  }

  private static int shortest(Set<String> s) {
    return s.stream().mapToInt(String::length).min().orElse(0);
  }

  private Info quantified(Info part) {
    if (at >= regex.length()) {
      return part;
    }
    char c = regex.charAt(at);
    int min;
    int max;
    if (c == '?') {
      min = 0;
      max = 1;
      at++;
    } else if (c == '*') {
      min = 0;
      max = Integer.MAX_VALUE;
      at++;
    } else if (c == '+') {
      min = 1;
      max = Integer.MAX_VALUE;
      at++;
    } else if (c == '{') {
      int close = regex.indexOf('}', at);
      if (close < 0) {
        throw new Unreadable();
      }
      String[] bounds = regex.substring(at + 1, close).split(",", -1);
      try {
        min = Integer.parseInt(bounds[0].strip());
        max = bounds.length == 1 ? min : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
      } catch (NumberFormatException e) {
        throw new Unreadable();
      }
      at = close + 1;
    } else {
      return part;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // lazy or possessive: the same strings can match
    }
    if (min == 0) {
      return new Info(max == 1 && part.exact() != null ? union(part.exact(), Set.of("")) : null, null);
    }
    Set<String> exact = null;
    if (min == max && part.exact() != null) {
      exact = Set.of("");
      for (int i = 0; i < min && exact != null; i++) {
        exact = product(exact, part.exact());
      }
    }
    return new Info(exact, part.necessary());
  }

  private Info atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        return Info.UNKNOWN;
      case '^':
      case '$':
        return Info.EMPTY;
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unreadable();
      default:
        return literal(c);
    }
  }

  private static Info literal(char c) {
    if (!foldsOnce(c)) {
      return Info.UNKNOWN;
    }
    return new Info(Set.of(String.valueOf(fold(c))), null);
  }

  private Info group() {
    boolean zeroWidth = false;
    if (regex.charAt(at) == '?') {
      at++;
      char kind = regex.charAt(at);
      if (kind == ':' || kind == '>') {
        at++;
      } else if (kind == '=' || kind == '!') {
        at++;
        zeroWidth = true;
      } else if (kind == '<' && (regex.charAt(at + 1) == '=' || regex.charAt(at + 1) == '!')) {
        at += 2;
        zeroWidth = true;
      } else if (kind == '<') {
        int close = regex.indexOf('>', at);
        if (close < 0) {
          throw new Unreadable();
        }
        at = close + 1;
      } else {
        throw new Unreadable(); // inline flags may change how the rest compares
      }
    }
    Info inner = alternation();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new Unreadable();
    }
    at++;
    // a look-around reads text without taking it: as a part of the match it is empty
    return zeroWidth ? Info.EMPTY : inner;
  }

  private Info escape() {
    char c = regex.charAt(at++);
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return Info.EMPTY;
      case 'p':
      case 'P':
        if (regex.charAt(at) == '{') {
          int close = regex.indexOf('}', at);
          if (close < 0) {
            throw new Unreadable();
          }
          at = close + 1;
        } else {
          at++;
        }
        return Info.UNKNOWN;
      case 'x':
        if (regex.charAt(at) == '{') {
          at = regex.indexOf('}', at) + 1;
        } else {
          at += 2;
        }
        return Info.UNKNOWN;
      case 'u':
        at += 4;
        return Info.UNKNOWN;
      case 'c':
        at++;
        return Info.UNKNOWN;
      case 'k':
        at = regex.indexOf('>', at) + 1;
        return Info.UNKNOWN;
      case 'Q':
        throw new Unreadable();
      default:
        if (Character.isLetterOrDigit(c)) {
          // character classes (\s, \w, \d, \R …), control characters, octal escapes and back references
          while (Character.isDigit(c) && at < regex.length() && Character.isDigit(regex.charAt(at))) {
            at++;
          }
          return Info.UNKNOWN;
        }
        return literal(c);
    }
  }

  /** A class of a few plain characters is the set of them; any other class matches too much to list. */
  private Info characterClass() {
    Set<String> chars = new LinkedHashSet<>();
    boolean listable = true;
    int depth = 1;
    boolean first = true;
    while (depth > 0) {
      char c = regex.charAt(at++);
      if (first && (c == '^' || c == ']')) {
        listable = false;
        if (c == '^' && regex.charAt(at) == ']') {
          at++; // "[^]…]": the bracket is a member
        }
        first = false;
        continue;
      }
      first = false;
      if (c == '\\') {
        char e = regex.charAt(at++);
        if (Character.isLetterOrDigit(e)) {
          listable = false;
          if ((e == 'p' || e == 'P' || e == 'x') && regex.charAt(at) == '{') {
            at = regex.indexOf('}', at) + 1;
          } else if (e == 'c') {
            at++; // a control character named by the next one, which may be a bracket
          }
        } else {
          listable &= addFolded(chars, e);
        }
      } else if (c == '[') {
        depth++;
        listable = false;
      } else if (c == ']') {
        depth--;
      } else if (c == '-' || c == '&') {
        listable = false;
      } else {
        listable &= addFolded(chars, c);
      }
    }
    return listable && !chars.isEmpty() && chars.size() <= 8 ? new Info(chars, null) : Info.UNKNOWN;
  }

  private static boolean addFolded(Set<String> chars, char c) {
    chars.add(String.valueOf(fold(c)));
    return foldsOnce(c);
  }

  /**
   * Whether folding {@code c} twice gives what folding it once gives: a pattern matches a text character that folds
   * to the folded pattern character, so only then is the folded text sure to hold the folded literal.
   */
  private static boolean foldsOnce(char c) {
    return !Character.isSurrogate(c) && fold(fold(c)) == fold(c);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out.size() > MAX_STRINGS ? null : out;
  }

  /** Every concatenation of one string of {@code a} and one of {@code b}, or null when there would be too many. */
  private static Set<String> product(Set<String> a, Set<String> b) {
    if (a == null || (long) a.size() * b.size() > MAX_STRINGS) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** Without the strings that contain another of the set: finding the shorter one is enough. */
  private static Set<String> minimal(Set<String> set) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : set) {
      boolean covered = false;
      for (String t : set) {
        if (!t.equals(s) && s.contains(t)) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(s);
      }
    }
    return out;
  }
}
