package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.OwnField;
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
 * Criminal grounds and public safety cost one. An {@code x-} ground is a project's own term whose reach Haven
 * cannot judge: it costs nothing and the reason names it as not scored, so that a reader can judge it.
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
    // Each clause's own fields are listed once and tested against the criteria of its kind only; a comparison
    // of every US jurisdiction scores some millions of (criterion, clause) pairs.
    Criterion[] criteria = Criterion.values();
    SetClause[] best = new SetClause[criteria.length];
    Criterion.Coverage[] bestCoverage = new Criterion.Coverage[criteria.length];
    int[] bestPoints = new int[criteria.length];
    for (SetClause candidate : clauses) {
      Clause clause = candidate.clause();
      List<Criterion> concerned = Criterion.concerning(clause.kind());
      if (concerned.isEmpty()) {
        continue;
      }
      List<OwnField> own = clause.ownFields();
      int points = -1;
      for (Criterion criterion : concerned) {
        Criterion.Coverage coverage = criterion.coverage(clause.kind(), own);
        if (coverage == Criterion.Coverage.NONE) {
          continue;
        }
        if (points < 0) {
          points = points(clause);
        }
        int i = criterion.ordinal();
        if (best[i] == null || points > bestPoints[i]) {
          best[i] = candidate;
          bestCoverage[i] = coverage;
          bestPoints[i] = points;
        }
      }
    }
    List<CriterionResult> results = new ArrayList<>(criteria.length);
    for (Criterion criterion : criteria) {
      int i = criterion.ordinal();
      results.add(best[i] == null
          ? new CriterionResult(criterion, 0, Optional.empty(), "no clause")
          : new CriterionResult(criterion, bestPoints[i], Optional.of(best[i]),
              reason(best[i].clause(), bestCoverage[i])));
    }
    return new Score(results);
  }

  private static int points(Clause clause) {
    Optional<Modality> modality = clause.modality();
    if (modality.isEmpty() || modality.get() == Modality.PERMISSION) {
      return 0;
    }
    if (modality.get() == Modality.RECOMMENDATION) {
      return 1;
    }
    return hasLimitingGround(clause) ? 1 : POINTS_PER_CRITERION;
  }

  private static String reason(Clause clause, Criterion.Coverage coverage) {
    List<String> limiting = limitingGrounds(clause);
    StringBuilder reason = new StringBuilder(clause.modality().map(Modality::wireName).orElse("no modality"));
    if (!limiting.isEmpty()) {
      reason.append(", exceptions: ").append(String.join(", ", limiting));
    }
    List<String> unscored = clause.exceptions().stream().map(Exemption::ground).filter(g -> g.known().isEmpty())
        .map(Term::wireName).distinct().toList();
    if (!unscored.isEmpty()) {
      reason.append(", not scored: ").append(String.join(", ", unscored));
    }
    if (coverage == Criterion.Coverage.UNSPECIFIED_SCOPE) {
      reason.append(" (scope not specified)");
    }
    return reason.toString();
  }

  private static boolean hasLimitingGround(Clause clause) {
    for (Exemption e : clause.exceptions()) {
      if (isLimiting(e.ground())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLimiting(Term<ExceptionGround> ground) {
    return ground.known().map(known -> !NEUTRAL_GROUNDS.contains(known)).orElse(false);
  }

  /**
   * The clause's known exception grounds that let enforcement through, as written ({@code x-} grounds are not
   * judged).
   *
   * @param clause a clause
   * @return the clause's exception grounds that let enforcement through, as written
   */
  public static List<String> limitingGrounds(Clause clause) {
    return clause.exceptions().stream().map(Exemption::ground).filter(Rubric::isLimiting)
        .map(Term::wireName).distinct().toList();
  }
}
