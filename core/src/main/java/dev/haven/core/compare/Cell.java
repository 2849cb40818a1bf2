package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clauses of one kind in one jurisdiction's sets.
 *
 * @param clauses the clauses, in the order of their sets and of each set
 * @param modality the most binding modality among them ({@link #modality(ClauseKind, List)})
 * @param exceptions every exception ground any of them has, known grounds in the vocabulary's order, then
 *     {@code x-} grounds by name
 */
public record Cell(List<SetClause> clauses, Optional<Modality> modality, List<Term<ExceptionGround>> exceptions) {

  /**
   * Checks that the cell holds at least one clause (an absent kind has no cell) and copies the lists.
   *
   * @param clauses the clauses, in the order of their sets and of each set
   * @param modality the most binding modality among them ({@link #modality(ClauseKind, List)})
   * @param exceptions every exception ground any of them has, known grounds in the vocabulary's order, then {@code
   *     x-} grounds by name
   */
  public Cell {
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("a cell holds at least one clause; an absent kind has no cell");
    }
    clauses = List.copyOf(clauses);
    exceptions = List.copyOf(exceptions);
  }

  static Cell of(ClauseKind kind, List<SetClause> clauses) {
    List<Clause> plain = new ArrayList<>(clauses.size());
    for (SetClause sc : clauses) {
      plain.add(sc.clause());
    }
    return new Cell(clauses, modality(kind, plain), grounds(plain));
  }

  /** {@return true when some clause of the cell gives way on some ground} */
  public boolean hasExceptions() {
    return !exceptions.isEmpty();
  }

  /** {@return the distinct modalities of the clauses, in the order met} */
  public List<Modality> modalities() {
    Set<Modality> seen = new LinkedHashSet<>();
    clauses.forEach(c -> c.clause().modality().ifPresent(seen::add));
    return List.copyOf(seen);
  }

  /**
   * The modality that speaks for the cell: the most binding one (prohibition and obligation above
   * recommendation above permission, as in the format's impact rules); between prohibition and obligation, the
   * kind's typical modality. For a {@code cooperation-condition}, where "must cooperate" is the weakest, the least
   * permissive reading wins the same way: prohibition, permission, recommendation, obligation.
   */
  static Optional<Modality> modality(ClauseKind kind, List<Clause> clauses) {
    Modality best = null;
    int bestRank = -1;
    for (Clause clause : clauses) {
      Optional<Modality> m = clause.modality();
      if (m.isEmpty()) {
        continue;
      }
      int rank = rank(kind, m.get());
      // of two of equal rank (prohibition and obligation, neither typical of the kind) the first met stays
      if (rank > bestRank) {
        best = m.get();
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Higher speaks for the cell. */
  private static int rank(ClauseKind kind, Modality m) {
    if (kind == ClauseKind.COOPERATION_CONDITION) {
      return switch (m) {
        case OBLIGATION -> 0;
        case RECOMMENDATION -> 1;
        case PERMISSION -> 2;
        case PROHIBITION -> 3;
      };
    }
    int typical = kind.typicalModality().filter(m::equals).isPresent() ? 1 : 0;
    return switch (m) {
      case PROHIBITION, OBLIGATION -> 4 + typical;
      case RECOMMENDATION -> 2;
      case PERMISSION -> 0;
    };
  }

  private static final Comparator<Term<ExceptionGround>> GROUND_ORDER = Comparator
      .<Term<ExceptionGround>>comparingInt(t -> t.known().map(Enum::ordinal).orElse(Integer.MAX_VALUE))
      .thenComparing(Term::wireName);

  private static List<Term<ExceptionGround>> grounds(List<Clause> clauses) {
    List<Term<ExceptionGround>> all = new ArrayList<>();
    for (Clause clause : clauses) {
      for (Exemption e : clause.exceptions()) {
        if (!all.contains(e.ground())) { // a cell has a handful of grounds; a list beats a hash set
          all.add(e.ground());
        }
      }
    }
    if (all.size() > 1) {
      all.sort(GROUND_ORDER);
    }
    return all;
  }
}
