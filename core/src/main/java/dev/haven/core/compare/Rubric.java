package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The protection score's rubric. Each {@link Criterion} gives a jurisdiction up to two points, from its best
 * clause that meets it:
 *
 * <ul>
 *   <li>2: a binding clause (prohibition or obligation) with no exception that lets enforcement through;
 *   <li>1: a binding clause with such exceptions, or a recommendation (a body can only ask);
 *   <li>0: no clause, or only a permission.
 * </ul>
 *
 * <p>Exceptions that do not cost a point are those every jurisdiction lives with or that the person controls:
 * a judicial warrant, a court order, what law requires, consent and information the person gave freely.
 * Criminal grounds, public safety and {@code x-} grounds (whose meaning Haven cannot know) cost one.
 */
public final class Rubric {

  /** The most a criterion gives. */
  public static final int POINTS_PER_CRITERION = 2;

  /** Exception grounds that leave a protection whole. */
  public static final Set<ExceptionGround> NEUTRAL_GROUNDS = EnumSet.of(ExceptionGround.JUDICIAL_WARRANT,
      ExceptionGround.COURT_ORDER, ExceptionGround.REQUIRED_BY_LAW, ExceptionGround.CONSENT,
      ExceptionGround.VOLUNTARILY_PROVIDED);

  private Rubric() {}

  /**
   * Scores one jurisdiction's clauses on every criterion.
   *
   * @param clauses every clause of one jurisdiction's sets
   * @return the score, with the points and reason for every criterion
   */
  public static Score score(List<SetClause> clauses) {
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      results.add(best(criterion, clauses));
    }
    return new Score(results);
  }

  private static CriterionResult best(Criterion criterion, List<SetClause> clauses) {
    CriterionResult best = new CriterionResult(criterion, 0, Optional.empty(), "no clause");
    for (SetClause candidate : clauses) {
      Criterion.Coverage coverage = criterion.coverage(candidate.clause());
      if (coverage == Criterion.Coverage.NONE) {
        continue;
      }
      CriterionResult result = judge(criterion, candidate, coverage);
      if (result.points() > best.points() || best.clause().isEmpty()) {
        best = result;
      }
    }
    return best;
  }

  private static CriterionResult judge(Criterion criterion, SetClause candidate, Criterion.Coverage coverage) {
    Clause clause = candidate.clause();
    Optional<Modality> modality = clause.modality();
    List<String> limiting = limitingGrounds(clause);
    int points;
    if (modality.isEmpty() || modality.get() == Modality.PERMISSION) {
      points = 0;
    } else if (modality.get() == Modality.RECOMMENDATION) {
      points = 1;
    } else {
      points = limiting.isEmpty() ? POINTS_PER_CRITERION : 1;
    }
    StringBuilder reason = new StringBuilder(modality.map(Modality::wireName).orElse("no modality"));
    if (!limiting.isEmpty()) {
      reason.append(", exceptions: ").append(String.join(", ", limiting));
    }
    if (coverage == Criterion.Coverage.UNSPECIFIED_SCOPE) {
      reason.append(" (scope not specified)");
    }
    return new CriterionResult(criterion, points, Optional.of(candidate), reason.toString());
  }

  /**
   * The clause's exception grounds that let enforcement through, as written.
   *
   * @param clause a clause
   * @return the clause's exception grounds that let enforcement through, as written
   */
  public static List<String> limitingGrounds(Clause clause) {
    return clause.exceptions().stream().map(Exemption::ground)
        .filter(g -> g.known().map(known -> !NEUTRAL_GROUNDS.contains(known)).orElse(true))
        .map(Term::wireName).distinct().toList();
  }
}
