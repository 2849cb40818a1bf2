package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.DefinedTerm;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ProvisionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * HV003: where a set has a definitions provision, every exception ground it relies on should be defined there, or
 * in a law its words cite; an undefined "serious crime" is where an exception quietly grows. An {@code x-} ground
 * with words of its own is defined by them; {@code required-by-law} and {@code court-order} by the law or order.
 *
 * <p>A definition counts when its term has the ground's key word: a term "Serious offense" defines
 * {@code serious-crime}, "Judicial warrant" defines {@code judicial-warrant}.
 */
final class UndefinedGroundRule extends DescribedRule {

  /** The word stems that a defined term must have to define each ground. */
  private static final Map<String, List<String>> KEY_WORDS = Map.ofEntries(
      Map.entry("felony", List.of("felon")),
      Map.entry("violent-felony", List.of("violent")),
      Map.entry("serious-crime", List.of("serious")),
      Map.entry("terrorism", List.of("terror")),
      Map.entry("espionage", List.of("espionage")),
      Map.entry("gang-participation", List.of("gang")),
      Map.entry("previously-deported-felon", List.of("deport", "remov")),
      Map.entry("previously-deported", List.of("deport", "remov")),
      Map.entry("criminal-investigation", List.of("investigat")),
      Map.entry("judicial-warrant", List.of("judicial", "warrant")),
      Map.entry("court-order", List.of("court")),
      Map.entry("voluntarily-provided", List.of("voluntar")),
      Map.entry("consent", List.of("consent")),
      Map.entry("public-safety", List.of("safety", "threat")));

  private static final Set<String> SELF_DEFINING = Set.of("required-by-law", "court-order");
  private static final Pattern CITES_LAW = Pattern.compile(
      "\\b(Section|Sec\\.|Chapter|Title|U\\.\\s?S\\.\\s?C|Penal Code|Civil Code|Code of|C\\.F\\.R)\\b|§|\\bas defined (in|by)\\b");

  UndefinedGroundRule() {
    super("HV003", Severity.WARNING,
        "an exception ground or x- term is used but not defined, where the set has a definitions provision");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    List<GeneralProvision> definitions = ClauseFacts.provisions(set, ProvisionType.DEFINITIONS);
    if (definitions.isEmpty()) {
      return;
    }
    List<String> defined = new ArrayList<>();
    definitions.forEach(d -> d.terms().stream().map(DefinedTerm::term).map(t -> t.toLowerCase(Locale.ROOT))
        .forEach(defined::add));
    Set<String> reported = new TreeSet<>();
    for (Clause clause : set.clauses()) {
      for (Map.Entry<String, String> used : terms(clause).entrySet()) {
        String term = used.getKey();
        if (!isDefined(term, defined) && reported.add(term)) {
          reporter.report(clause, used.getValue(), "'" + term + "' is used here but the set's definitions do "
              + "not define it; define it, or say which law defines it");
        }
      }
    }
  }

  /** The grounds and coined terms a clause uses, each with the field it is in. */
  private static Map<String, String> terms(Clause clause) {
    Map<String, String> terms = new LinkedHashMap<>();
    for (Exemption e : clause.exceptions()) {
      // 'required-by-law' defers to whatever law requires, 'court-order' to whatever the court orders: each is
      // defined by that law or order, not by the set. An exception whose words cite a law says which law defines it.
      // An x- ground with words of its own is defined by them: they are the law's words for the exception.
      String ground = e.ground().wireName();
      boolean ownWords = e.ground().known().isEmpty() && e.text().filter(t -> !t.isBlank()).isPresent();
      if (!SELF_DEFINING.contains(ground) && !ownWords && !e.text().filter(UndefinedGroundRule::citesLaw).isPresent()) {
        terms.putIfAbsent(ground, "exceptions");
      }
    }
    if (citesLaw(clause.text())) {
      return terms;
    }
    // Cooperation grounds have no words of their own, so every one is checked; scope values (x-ice-interpreters)
    // say what a clause covers, not when it gives way, and are not.
    if (clause instanceof CooperationCondition c) {
      for (Term<?> t : CooperationCondition.GROUNDS.of(c)) {
        terms.putIfAbsent(t.wireName(), CooperationCondition.GROUNDS.name());
      }
    }
    return terms;
  }

  /** Whether the words refer to a law that defines their terms: a section, a code, a chapter, a statute. */
  static boolean citesLaw(String words) {
    return CITES_LAW.matcher(words).find();
  }

  private static boolean isDefined(String term, List<String> defined) {
    List<String> keys = KEY_WORDS.getOrDefault(term, List.of(term.replaceFirst("^x-", "").replace('-', ' ')));
    return defined.stream().anyMatch(d -> keys.stream().anyMatch(d::contains));
  }
}
