package dev.haven.core.lint;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.model.OwnField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Finds pairs of clauses of the same kind and actors whose scopes overlap: every scope list they both give shares
 * a value (a list left out covers everything). Cooperation grounds are not scope but the terms of cooperation, so
 * they never keep two cooperation conditions apart.
 */
final class Overlaps {

  /** Kinds whose clauses describe duties that do not collide (places, reports, framing). */
  private static final Set<ClauseKind> NOT_SCOPED =
      Set.of(ClauseKind.SAFE_SPACE, ClauseKind.REPORTING_REQUIREMENT, ClauseKind.GENERAL_PROVISION);

  private Overlaps() {}

  /** Calls {@code each} with every overlapping pair, earlier clause first. */
  static void each(ClauseSet set, BiConsumer<Clause, Clause> each) {
    Map<String, List<Clause>> groups = new LinkedHashMap<>();
    for (Clause c : set.clauses()) {
      if (!NOT_SCOPED.contains(c.kind())) {
        Set<String> actors = new TreeSet<>();
        c.actors().stream().map(ActorKey::value).forEach(actors::add);
        groups.computeIfAbsent(c.kind().wireName() + " " + actors, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Clause> group : groups.values()) {
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          if (overlap(group.get(i), group.get(j))) {
            each.accept(group.get(i), group.get(j));
          }
        }
      }
    }
  }

  private static boolean overlap(Clause a, Clause b) {
    for (OwnField field : a.ownFields()) {
      FieldSpec spec = field.spec();
      if (spec.valueType() != FieldSpec.ValueType.VOCABULARY || spec.name().equals("grounds")) {
        continue;
      }
      List<String> x = field.effectiveValues();
      List<String> y = ClauseFacts.effective(b, spec.name());
      if (!x.isEmpty() && !y.isEmpty() && !covers(x, y) && !covers(y, x) && x.stream().noneMatch(y::contains)) {
        return false;
      }
    }
    return true;
  }

  /** 'anyone' as a counterparty includes every other. */
  private static boolean covers(List<String> x, List<String> y) {
    return x.contains("anyone") && !y.isEmpty();
  }
}
