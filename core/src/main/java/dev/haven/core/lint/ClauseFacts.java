package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.ProvisionType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What several rules ask of a clause or a set: its exception grounds, the set's general provisions of a type. */
final class ClauseFacts {

  private ClauseFacts() {}

  static Set<String> exceptionGrounds(Clause clause) {
    return clause.exceptions().stream().map(Exemption::ground).map(g -> g.wireName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The set's general provisions of one type. */
  static List<GeneralProvision> provisions(ClauseSet set, ProvisionType type) {
    return set.clauses().stream().filter(c -> c instanceof GeneralProvision).map(c -> (GeneralProvision) c)
        .filter(p -> p.provision().flatMap(t -> t.known()).equals(Optional.of(type))).toList();
  }

  /** Whether some general provision of this type has text matching {@code words} (any text, when null). */
  static boolean hasProvision(ClauseSet set, ProvisionType type, Pattern words) {
    return provisions(set, type).stream().anyMatch(p -> words == null || words.matcher(p.text()).find());
  }
}
