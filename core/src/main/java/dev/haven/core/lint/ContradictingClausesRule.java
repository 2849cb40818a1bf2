package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.vocab.Modality;
import java.util.Optional;

/** HV004: two clauses of the same kind and actors, overlapping in scope, one forbidding what the other allows or requires. */
final class ContradictingClausesRule extends DescribedRule {

  ContradictingClausesRule() {
    super("HV004", Severity.WARNING,
        "two clauses of the same kind and actors contradict each other");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    // one finding per clause, against the first earlier clause it contradicts
    Overlaps.each(set, Clause::modality, (b, earlier) -> earlier.stream()
        .filter(a -> forbids(a) != forbids(b) && a.modality().isPresent() && b.modality().isPresent()
            && !isRecommendation(a) && !isRecommendation(b))
        .findFirst()
        .ifPresent(a -> reporter.report(b, "modality", "clause '" + b.id() + "' (" + b.modality().get().wireName()
            + ") contradicts clause '" + a.id() + "' (" + a.modality().get().wireName() + "): same kind and actors,"
            + " overlapping scope; say which one governs, or narrow one of them")));
  }

  private static boolean forbids(Clause c) {
    return c.modality().equals(Optional.of(Modality.PROHIBITION));
  }

  private static boolean isRecommendation(Clause c) {
    return c.modality().equals(Optional.of(Modality.RECOMMENDATION));
  }
}
