package dev.haven.core.compare;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.Modality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named way of scoring a jurisdiction's law: {@link #HAVEN}, the project's own protection rubric, and two
 * readings of the Immigrant Legal Resource Center's published rubrics, {@link #ILRC_LOCAL} and {@link #ILRC_STATE}.
 * Each criterion is decided from typed fields, or marked not coded, never counted as zero when it cannot be known.
 *
 * <p>The rules every rubric shares:
 *
 * <ul>
 *   <li>only binding law earns points: a prohibition or obligation; a recommendation is not law (a county board can
 *       only ask its elected sheriff), a permission grants rather than limits;
 *   <li>a statement of practice (set type {@code statement}) is reported as {@link CriterionState#PRACTICE} and
 *       earns nothing;
 *   <li>a scope list a clause leaves out is unknown: never full credit;
 *   <li>a carve-out costs the same whether it is written as an exception or as cooperation allowed on some grounds
 *       (a {@code cooperation-condition} of the same actors); the rubric says what it costs;
 *   <li>exceptions every jurisdiction lives with or that the person controls cost nothing ({@link
 *       #NEUTRAL_GROUNDS}); an {@code x-} ground, whose reach Haven cannot judge, is named as not scored.
 * </ul>
 */
public final class Rubric {

  /** The most a criterion of the {@code haven} rubric gives. */
  public static final int POINTS_PER_CRITERION = 2;

  /** Exception grounds that leave a protection whole. */
  public static final Set<ExceptionGround> NEUTRAL_GROUNDS = EnumSet.of(ExceptionGround.JUDICIAL_WARRANT,
      ExceptionGround.COURT_ORDER, ExceptionGround.REQUIRED_BY_LAW, ExceptionGround.CONSENT,
      ExceptionGround.VOLUNTARILY_PROVIDED);

  /** The project's own protection rubric: fifteen criteria of two points in six groups. */
  public static final Rubric HAVEN = new Rubric("haven", "Haven protection rubric",
      "Haven's own rubric, documented in docs/compare.md; it follows no published method", 1,
      Arrays.stream(Criterion.values()).map(Criterion::asRubricCriterion).toList());

  /** The Immigrant Legal Resource Center's cumulative rubric of local assistance to ICE, as far as it is coded. */
  public static final Rubric ILRC_LOCAL = new Rubric("ilrc-local", "ILRC local entanglement with ICE (7 points)",
      "Immigrant Legal Resource Center, National Map of Local Entanglement with ICE (2018, 2019), a cumulative "
          + "7-point rubric of the types of assistance a county or city gives ICE; what each criterion rests on is "
          + "in seeds/sources/ilrc-rubrics.txt", 0, IlrcRubrics.local());

  /** The Immigrant Legal Resource Center's state-law policy choices, as far as they are coded. */
  public static final Rubric ILRC_STATE = new Rubric("ilrc-state", "ILRC state laws on immigration enforcement "
      + "(20 choices)", "Immigrant Legal Resource Center, Map of State Laws on Immigration Enforcement, Appendix: "
          + "Breaking Down the Policy Categories (20 policy choices in five categories); what each criterion rests "
          + "on is in seeds/sources/ilrc-rubrics.txt", 0, IlrcRubrics.state());

  private static final List<Rubric> ALL = List.of(HAVEN, ILRC_LOCAL, ILRC_STATE);

  private final String name;
  private final String title;
  private final String source;
  private final int carveOutCost;
  private final List<RubricCriterion> criteria;

  private Rubric(String name, String title, String source, int carveOutCost, List<RubricCriterion> criteria) {
    this.name = name;
    this.title = title;
    this.source = source;
    this.carveOutCost = carveOutCost;
    this.criteria = List.copyOf(criteria);
  }

  /** {@return every rubric, {@code haven} first} */
  public static List<Rubric> all() {
    return ALL;
  }

  /**
   * The rubric of that name.
   *
   * @param name {@code haven}, {@code ilrc-local} or {@code ilrc-state}
   * @return the rubric, or empty when no rubric has that name
   */
  public static Optional<Rubric> named(String name) {
    return ALL.stream().filter(r -> r.name.equals(name)).findFirst();
  }

  /** {@return the name the command line and JSON use ({@code ilrc-local})} */
  public String name() {
    return name;
  }

  /** {@return the rubric's title, as people read it} */
  public String title() {
    return title;
  }

  /** {@return the published source the rubric follows, or the statement that it is the project's own} */
  public String source() {
    return source;
  }

  /** {@return what a carve-out (a crime or public-safety exception, or cooperation on such grounds) costs} */
  public int carveOutCost() {
    return carveOutCost;
  }

  /** {@return the criteria, in the rubric's order} */
  public List<RubricCriterion> criteria() {
    return criteria;
  }

  /** {@return the most points the rubric names, coded or not} */
  public int publishedMax() {
    return criteria.stream().mapToInt(RubricCriterion::maxPoints).sum();
  }

  /**
   * Scores one jurisdiction's clauses with the {@code haven} rubric.
   *
   * @param clauses every clause of one jurisdiction's sets
   * @return the score, with the points and reason for every criterion
   */
  public static Score score(List<SetClause> clauses) {
    return HAVEN.assess(clauses);
  }

  /**
   * Scores one jurisdiction's clauses on every criterion of this rubric.
   *
   * @param clauses every clause of one jurisdiction's sets
   * @return the score, with the state, points and reason for every criterion
   */
  public Score assess(List<SetClause> clauses) {
    // Each clause's own fields are listed once and tested against the criteria that concern its kind only: a
    // comparison of every US jurisdiction scores some millions of (criterion, clause) pairs.
    List<Cooperation> cooperation = cooperation(clauses);
    int n = criteria.size();
    Candidate[] law = new Candidate[n];
    Candidate[] practice = new Candidate[n];
    for (SetClause candidate : clauses) {
      Clause clause = candidate.clause();
      List<OwnField> own = null;
      boolean statement = candidate.set().type().equals(Optional.of(LegislationType.STATEMENT));
      for (int i = 0; i < n; i++) {
        RubricCriterion criterion = criteria.get(i);
        if (!criterion.coded() || !criterion.concerns(clause.kind())) {
          continue;
        }
        own = own == null ? clause.ownFields() : own;
        Criterion.Coverage coverage = criterion.coverage(clause.kind(), own);
        if (coverage == Criterion.Coverage.NONE) {
          continue;
        }
        Candidate c = candidate(criterion, candidate, coverage, cooperation);
        if (statement) {
          practice[i] = practice[i] == null ? c : practice[i];
        } else if (law[i] == null || c.points > law[i].points) {
          law[i] = c;
        }
      }
    }
    List<CriterionResult> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      results.add(result(criteria.get(i), law[i], practice[i]));
    }
    return new Score(this, results);
  }

  private static CriterionResult result(RubricCriterion criterion, Candidate law, Candidate practice) {
    if (!criterion.coded()) {
      return new CriterionResult(criterion, CriterionState.NOT_CODED, 0, Optional.empty(),
          "not coded: " + criterion.notCoded().get());
    }
    if (law != null) {
      return new CriterionResult(criterion, CriterionState.PRESENT, law.points, Optional.of(law.clause), law.reason);
    }
    if (practice != null) {
      return new CriterionResult(criterion, CriterionState.PRACTICE, 0, Optional.of(practice.clause),
          "stated practice, not law (earns no points): " + practice.reason);
    }
    return new CriterionResult(criterion, CriterionState.ABSENT, 0, Optional.empty(), "no clause");
  }

  private record Candidate(SetClause clause, int points, String reason) {}

  private Candidate candidate(RubricCriterion criterion, SetClause sc, Criterion.Coverage coverage,
      List<Cooperation> cooperation) {
    Clause clause = sc.clause();
    Optional<Modality> modality = clause.modality();
    StringBuilder reason = new StringBuilder(modality.map(Modality::wireName).orElse("no modality"));
    List<String> limiting = new ArrayList<>(limitingGrounds(clause));
    List<String> unscored = clause.exceptions().stream().map(Exemption::ground).filter(g -> g.known().isEmpty())
        .map(Term::wireName).distinct().toList();
    List<String> cooperating = new ArrayList<>();
    if (criterion.carveOuts()) {
      for (Cooperation c : cooperation) {
        if (c.clause() != clause && c.sharesActorWith(clause)) {
          c.limiting().stream().filter(g -> !limiting.contains(g)).forEach(limiting::add);
          cooperating.add(c.conditions().isEmpty() ? c.id() : c.id() + ", on " + String.join(" and ", c.conditions()));
        }
      }
    }
    int points;
    if (modality.isEmpty() || modality.get() == Modality.PERMISSION) {
      points = 0;
    } else if (modality.get() == Modality.RECOMMENDATION) {
      points = 0;
      reason.append(" (not binding law)");
    } else {
      points = criterion.maxPoints() - (limiting.isEmpty() ? 0 : carveOutCost);
    }
    if (!limiting.isEmpty()) {
      reason.append(", exceptions: ").append(String.join(", ", limiting));
    }
    if (!cooperating.isEmpty()) {
      reason.append(" (cooperation allowed by ").append(String.join(", ", cooperating)).append(")");
    }
    if (!unscored.isEmpty()) {
      reason.append(", not scored: ").append(String.join(", ", unscored));
    }
    if (coverage == Criterion.Coverage.UNSPECIFIED_SCOPE) {
      points = Math.min(points, criterion.maxPoints() - 1);
      reason.append(" (scope not specified)");
    }
    return new Candidate(sc, Math.max(points, 0), reason.toString());
  }

  /** Cooperation that a jurisdiction allows on some grounds: a carve-out of the limits binding the same actors. */
  private record Cooperation(Clause clause, String id, Set<ActorKey> actors, List<String> limiting,
      List<String> conditions) {
    boolean sharesActorWith(Clause other) {
      return other.actors().stream().anyMatch(actors::contains);
    }
  }

  private static List<Cooperation> cooperation(List<SetClause> clauses) {
    List<Cooperation> out = new ArrayList<>();
    for (SetClause sc : clauses) {
      Clause c = sc.clause();
      if (c.kind() == ClauseKind.COOPERATION_CONDITION && c instanceof CooperationCondition cc
          && c.modality().equals(Optional.of(Modality.PERMISSION))
          && !sc.set().type().equals(Optional.of(LegislationType.STATEMENT))) {
        List<String> limiting = cc.grounds().stream().filter(Rubric::isLimiting).map(Term::wireName).distinct()
            .toList();
        if (!limiting.isEmpty()) {
          // Conditions (a commander's approval, a judge's finding) narrow the carve-out but do not close it: they
          // are named, not scored.
          List<String> conditions = c.core().conditions().stream().map(k -> k.type().wireName()).distinct().toList();
          out.add(new Cooperation(c, c.id(), new LinkedHashSet<>(c.actors()), limiting, conditions));
        }
      }
    }
    return out;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Rubric r && r.name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
