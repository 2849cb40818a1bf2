package dev.haven.importer.internal;

import dev.haven.core.vocab.ExceptionGround;
import dev.haven.importer.internal.RuleBook.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rule's exceptions: where each starts ("unless", "except"), where it ends, and the grounds it gives. */
final class ExceptionReader {

  /** The next item of a list run into a sentence: "; or (ii)", "; (b)". */
  private static final Pattern NEXT_RUN_IN_ITEM = Pattern.compile(
      "\\s*(?:or\\s+|and\\s+)?\\((?:[a-z]{1,2}|[ivx]{1,4}|\\d{1,2})\\)");

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
    List<DraftClause.Ground> out = new ArrayList<>();
    RuleBook.Screen screen = rules.screen(span);
    for (Map.Entry<ExceptionGround, List<Rule>> e : rules.grounds.entrySet()) {
      for (Rule r : e.getValue()) {
        if (screen.find(r).isPresent()) {
          out.add(new DraftClause.Ground(e.getKey(), span));
          fired.add(via + "→" + r.id());
          break;
        }
      }
    }
    // a narrower ground found in the same words says more than the broader one
    if (has(out, ExceptionGround.VIOLENT_FELONY)) {
      out.removeIf(g -> g.ground() == ExceptionGround.FELONY);
    }
    if (has(out, ExceptionGround.JUDICIAL_WARRANT) && !span.toLowerCase(Locale.ROOT).contains("order")) {
      out.removeIf(g -> g.ground() == ExceptionGround.COURT_ORDER);
    }
    return out;
  }

  private static boolean has(List<DraftClause.Ground> grounds, ExceptionGround g) {
    return grounds.stream().anyMatch(x -> x.ground() == g);
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
