package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.CooperationCondition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * HV005: two clauses of the same kind, actors and force whose scopes overlap. When their exceptions, conditions or
 * cooperation grounds differ, a reader cannot tell which apply (warning); when they agree, one restates the other
 * (info: common where a set merges a policy and its procedure).
 */
final class OverlappingClausesRule extends DescribedRule {

  OverlappingClausesRule() {
    super("HV005", Severity.WARNING,
        "two clauses of the same kind and actors overlap");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    // one finding per clause: against the first earlier clause it overlaps whose terms differ (a reader cannot
    // tell which governs), else against the first it restates
    Overlaps.each(set, c -> List.of(c.modality(), terms(c)), (b, earlier) -> {
      List<Clause> same = earlier.stream().filter(a -> a.modality().equals(b.modality())).toList();
      if (same.isEmpty()) {
        return;
      }
      Clause differing = same.stream().filter(a -> !terms(a).equals(terms(b))).findFirst().orElse(null);
      Clause a = differing != null ? differing : same.get(0);
      String prefix = "clause '" + b.id() + "' overlaps clause '" + a.id() + "' (same kind, actors and modality)";
      if (differing == null) {
        reporter.report(Severity.INFO, b, "", prefix + " and restates it; consider one clause");
      } else {
        reporter.report(b, "", prefix + " with different exceptions, conditions or grounds; say which governs");
      }
    });
  }

  /** What makes the clause give way or hold back: exception grounds, conditions, cooperation grounds. */
  private static Set<String> terms(Clause c) {
    Set<String> terms = ClauseFacts.exceptionGrounds(c).stream().map(g -> "exception " + g)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    c.conditions().stream().map(Condition::type).map(t -> "condition " + t.wireName()).forEach(terms::add);
    if (c instanceof CooperationCondition cooperation) {
      CooperationCondition.GROUNDS.of(cooperation).forEach(g -> terms.add("ground " + g.wireName()));
    }
    return terms;
  }
}
