package dev.haven.importer.internal;

import dev.haven.core.vocab.ExceptionGround;
import dev.haven.importer.internal.RuleBook.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rule's exceptions: where each starts ("unless", "except"), where it ends, and the grounds it gives. */
final class ExceptionReader {

  /** The next item of a list run into a sentence: "; or (ii)", "; (b)". */
  private static final Pattern NEXT_RUN_IN_ITEM = Pattern.compile(
      "\\s*(?:or\\s+|and\\s+)?\\((?:[a-z]{1,2}|[ivx]{1,4}|\\d{1,2})\\)");

  /** Nothing but articles and the like between two phrases: "of a", "any", "one or more". */
  private static final Pattern ARTICLES_ONLY = Pattern.compile(
      "[\\s,]*(?:(?:a|an|any|the|one|or|more|two|of|with)\\b[\\s,]*)*", Pattern.CASE_INSENSITIVE);

  private final RuleBook rules;

  ExceptionReader(RuleBook rules) {
    this.rules = rules;
  }

  /** Exceptions that start inside a sentence ("unless ...", "except ...") and the grounds their words give. */
  List<DraftClause.Ground> openers(String text, List<String> fired, List<String> review) {
    List<DraftClause.Ground> out = new ArrayList<>();
    RuleBook.Screen screen = rules.screen(text);
    for (Rule opener : rules.exceptionOpeners) {
      if (!screen.mayMatch(opener)) {
        continue;
      }
      Matcher m = opener.pattern().matcher(text);
      while (m.find()) {
        int end = text.length();
        for (int i = m.end(); i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == ':') {
            break; // "unless: (A) ...; (B) ...": the exception is the whole list after it
          }
          if (c == ';' && NEXT_RUN_IN_ITEM.matcher(text).region(i + 1, text.length()).lookingAt()) {
            continue; // "unless (a) ..., or (b) ... (i) ...; or (ii) ...": the exception's own list goes on
          }
          if (c == ';' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
            end = i;
            break;
          }
        }
        Optional<Drafter.ModalMatch> main = Drafter.modal(rules, text.substring(m.end(), end));
        if (main.isPresent() && m.start() == firstWord(text)) {
          end = m.end() + main.get().at(); // "Unless required by law, no agent shall ..." ends where the rule starts
        }
        String span = text.substring(m.start(), end).strip().replaceAll("[,\\s]+$", "");
        List<DraftClause.Ground> found = grounds(span, fired, opener.id());
        if (found.isEmpty()) {
          review.add("an exception whose ground the rules do not know: \"" + Drafter.shorten(span) + "\"");
        }
        out.addAll(found);
      }
    }
    return out;
  }

  /** Where the first letter is: an exception that starts there leads into the rule. */
  private static int firstWord(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The grounds the words of an exception give, each with those words; {@code fired} gets the rules that found
   * them, named after {@code via} (the opener, "carve-out").
   */
  List<DraftClause.Ground> grounds(String span, List<String> fired, String via) {
    RuleBook.Screen screen = rules.screen(span);
    Map<ExceptionGround, List<int[]>> where = new LinkedHashMap<>();
    Map<ExceptionGround, String> firedBy = new LinkedHashMap<>();
    for (Map.Entry<ExceptionGround, List<Rule>> e : rules.grounds.entrySet()) {
      for (Rule r : e.getValue()) {
        if (!screen.mayMatch(r)) {
          continue;
        }
        Matcher m = r.pattern().matcher(span);
        while (m.find()) {
          where.computeIfAbsent(e.getKey(), g -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
          firedBy.putIfAbsent(e.getKey(), r.id());
        }
      }
    }
    List<DraftClause.Ground> out = new ArrayList<>();
    for (Map.Entry<ExceptionGround, List<int[]>> found : where.entrySet()) {
      // "convicted of a violent felony" is also a felony and a serious crime to the broader grounds' rules; the
      // narrower ground says more, so a broader one counts only for words apart from the narrower one's ("a violent
      // felony or any serious crime")
      ExceptionGround g = found.getKey();
      boolean own = found.getValue().stream().anyMatch(at -> where.entrySet().stream()
          .noneMatch(n -> n.getKey() != g && n.getKey().isWithin(g) && n.getValue().stream()
              .anyMatch(inner -> inner[0] < at[1] && at[0] < inner[1] || leadsInto(span, at, inner))));
      if (own) {
        out.add(new DraftClause.Ground(g, span));
        fired.add(via + "→" + firedBy.get(g));
      }
    }
    return out;
  }

  /** Whether the words at {@code at} lead into those at {@code inner}: "convicted of a | violent felony". */
  private static boolean leadsInto(String span, int[] at, int[] inner) {
    return at[1] <= inner[0] && ARTICLES_ONLY.matcher(span.substring(at[1], inner[0])).matches();
  }

  /** One exception per ground, the first words that gave it. */
  static List<DraftClause.Ground> dedupe(List<DraftClause.Ground> grounds) {
    Map<ExceptionGround, DraftClause.Ground> byGround = new LinkedHashMap<>();
    for (DraftClause.Ground g : grounds) {
      byGround.putIfAbsent(g.ground(), g);
    }
    return List.copyOf(byGround.values());
  }
}
