package dev.haven.core.lint;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.FieldImpact;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.model.KindField;
import dev.haven.core.vocab.Counterparty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Finds clauses of the same kind and actors whose scopes overlap: every scope list they both give shares a value (a
 * list left out covers everything). Cooperation grounds are not scope but the terms of cooperation, so they never
 * keep two cooperation conditions apart.
 *
 * <p>Near-linear in the number of clauses: whether two clauses overlap depends only on their scope values, so each
 * clause is compared with one earlier clause per distinct scope (and per distinct value of the caller's key), never
 * with every earlier clause; a set of 10,000 clauses lints in about a second.
 */
final class Overlaps {

  /** Kinds whose clauses describe duties that do not collide (places, reports, framing). */
  private static final Set<ClauseKind> NOT_SCOPED =
      Set.of(ClauseKind.SAFE_SPACE, ClauseKind.REPORTING_REQUIREMENT, ClauseKind.GENERAL_PROVISION);

  private Overlaps() {}

  /**
   * Calls {@code each} once per clause that overlaps an earlier one, with the earlier clauses it overlaps: the first
   * of each distinct scope and {@code key}, in the set's order.
   *
   * @param key what else the caller tells clauses apart by (modality, terms), so that the first clause of each
   *     such kind is offered
   */
  static <K> void each(ClauseSet set, Function<Clause, K> key, BiConsumer<Clause, List<Clause>> each) {
    Map<String, Map<List<Object>, Clause>> groups = new LinkedHashMap<>();
    for (Clause c : set.clauses()) {
      if (NOT_SCOPED.contains(c.kind())) {
        continue;
      }
      Set<String> actors = new TreeSet<>();
      c.actors().stream().map(ActorKey::value).forEach(actors::add);
      Map<List<Object>, Clause> firsts = groups.computeIfAbsent(c.kind().wireName() + " " + actors,
          k -> new LinkedHashMap<>());
      List<Clause> earlier = new ArrayList<>();
      for (Clause first : firsts.values()) {
        if (overlap(first, c)) {
          earlier.add(first);
        }
      }
      if (!earlier.isEmpty()) {
        each.accept(c, earlier);
      }
      firsts.putIfAbsent(List.of(scope(c), key.apply(c)), c);
    }
  }

  /** The clause's scope values, field by field: all that decides whether it overlaps another. */
  private static List<List<String>> scope(Clause c) {
    List<List<String>> scope = new ArrayList<>();
    for (KindField<?, ?> field : c.kind().kindFields()) {
      if (isScope(field)) {
        scope.add(List.copyOf(new TreeSet<>(field.effectiveValues(c))));
      }
    }
    return scope;
  }

  private static boolean overlap(Clause a, Clause b) {
    for (KindField<?, ?> field : a.kind().kindFields()) {
      if (!isScope(field)) {
        continue;
      }
      List<String> x = field.effectiveValues(a);
      List<String> y = field.effectiveValues(b); // b is of a's kind: clauses are grouped by kind
      if (!x.isEmpty() && !y.isEmpty() && !covers(x, y) && !covers(y, x) && x.stream().noneMatch(y::contains)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a field says what a clause covers, so that two clauses that name nothing in common there do not overlap:
   * every vocabulary field but cooperation grounds, which say when the clause gives way.
   */
  private static boolean isScope(KindField<?, ?> field) {
    return field.spec().valueType() == FieldSpec.ValueType.VOCABULARY && field.impact() != FieldImpact.GROUNDS;
  }

  /** 'anyone' as a counterparty includes every other. */
  private static boolean covers(List<String> x, List<String> y) {
    return x.contains(Counterparty.ANYONE.wireName()) && !y.isEmpty();
  }
}
