package dev.haven.core.history;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A stretch of days over which one jurisdiction's law in force did not change: the same sets were in force on every
 * day from {@code start} to {@code end}, and the same of their clauses by the clauses' own dates.
 *
 * @param jurisdiction the jurisdiction, as its first set read gives it
 * @param start the first day of the period
 * @param end the last day of the period (within the window asked about)
 * @param continues true when the same law was still in force the day after {@code end}: the window, not a change
 *     of law, closed the period
 * @param sets the sets in force throughout the period, by the day each took force; empty when a set ended and
 *     none of the sets read replaced it
 */
public record Period(Jurisdiction jurisdiction, LocalDate start, LocalDate end, boolean continues,
    List<ClauseSet> sets) {

  /**
   * Checks the days are in order and copies the list.
   *
   * @param jurisdiction the jurisdiction
   * @param start the first day
   * @param end the last day
   * @param continues whether the law went on after {@code end}
   * @param sets the sets in force
   */
  public Period {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period ends on or after its start: " + start + " to " + end);
    }
    sets = List.copyOf(sets);
  }

  /**
   * Cuts each jurisdiction's time into periods of unchanged law. A jurisdiction enters on the day its first dated
   * set read took force (or on {@code from}, when later): what was law there before is not known from the sets
   * read, so no period claims it. A new period starts on every day a set or a clause of one takes force or ends; a
   * clause date known only to its month, year or an interval makes that stretch a period of its own, in which the
   * clause is uncertain. Only enacted sets (adopted, or since repealed) count; sets that give no date cannot be
   * placed and are left to the caller ({@link #undated}).
   *
   * @param sets the sets read, in any order
   * @param from the first day asked about; empty for each jurisdiction's first day
   * @param to the last day asked about
   * @return the periods, jurisdictions in the order their names first appear, each jurisdiction's by date
   */
  public static List<Period> of(List<ClauseSet> sets, Optional<LocalDate> from, LocalDate to) {
    Map<String, List<ClauseSet>> byPlace = new LinkedHashMap<>();
    for (ClauseSet set : sets) {
      if (set.status().enacted() && set.inForceFrom().isPresent()) {
        byPlace.computeIfAbsent(set.jurisdiction().name(), k -> new ArrayList<>()).add(set);
      }
    }
    List<Period> out = new ArrayList<>();
    for (List<ClauseSet> place : byPlace.values()) {
      place.sort(Comparator.comparing((ClauseSet s) -> s.inForceFrom().orElseThrow()).thenComparing(ClauseSet::id));
      LocalDate first = place.get(0).inForceFrom().orElseThrow();
      LocalDate start = from.filter(f -> f.isAfter(first)).orElse(first);
      if (start.isAfter(to)) {
        continue;
      }
      TreeSet<LocalDate> cuts = new TreeSet<>();
      cuts.add(start);
      for (ClauseSet set : place) {
        List<LocalDate> days = new ArrayList<>();
        set.takesForce().ifPresent(d -> days.addAll(List.of(d.first(), d.last())));
        set.life().ended().ifPresent(d -> days.addAll(List.of(d.first(), d.last())));
        for (Clause clause : set.clauses()) {
          // a date known only to its month, year or an interval opens a stretch of uncertain days and closes it
          ClauseLife life = clause.core().life();
          life.effective().ifPresent(d -> days.addAll(List.of(d.first(), d.last())));
          life.ended().ifPresent(d -> days.addAll(List.of(d.first(), d.last())));
        }
        days.stream().filter(d -> d.isAfter(start) && !d.isAfter(to)).forEach(cuts::add);
      }
      List<Period> periods = new ArrayList<>();
      List<Object> lastState = null;
      for (LocalDate cut : cuts) {
        LocalDate next = cuts.higher(cut);
        LocalDate end = next == null ? to : next.minusDays(1);
        List<ClauseSet> inForce = LawOn.inForce(place, cut);
        List<Object> state = state(inForce, cut);
        Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && state.equals(lastState)) {
          periods.set(periods.size() - 1, new Period(last.jurisdiction(), last.start(), end, false, inForce));
        } else {
          periods.add(new Period(place.get(0).jurisdiction(), cut, end, false, inForce));
        }
        lastState = state;
      }
      Period last = periods.get(periods.size() - 1);
      LocalDate after = to.plusDays(1);
      boolean continues = state(LawOn.inForce(place, after), after).equals(lastState);
      periods.set(periods.size() - 1, new Period(last.jurisdiction(), last.start(), last.end(), continues,
          last.sets()));
      out.addAll(periods);
    }
    return out;
  }

  /**
   * The enacted sets that cannot be placed in time because they give no date.
   *
   * @param sets the sets read
   * @return the enacted sets without a date, in the order read
   */
  public static List<ClauseSet> undated(List<ClauseSet> sets) {
    return sets.stream().filter(ClauseSet::undatedLaw).toList();
  }


  /** What is law on a day: the sets in force, and whether each of their clauses is by its own dates. */
  private static List<Object> state(List<ClauseSet> inForce, LocalDate day) {
    List<Object> state = new ArrayList<>();
    for (ClauseSet set : inForce) {
      state.add(set.id() + "=" + set.forceOn(day));
      for (Clause clause : set.clauses()) {
        if (clause.core().life().dated()) {
          state.add(clause.id() + "=" + clause.core().life().on(day));
        }
      }
    }
    return state;
  }

  /**
   * The clauses of the period's sets in force in the period by their own dates (all of them, when no clause has
   * dates of its own), uncertain ones included (a month, year or interval a date gives without its day).
   *
   * @return each set in force with the clauses not excluded by their own dates
   */
  public List<ClauseSet> law() {
    // a set uncertain in the period keeps its clauses; uncertain() names them
    return sets.stream().map(set -> set.withClausesOn(start)).toList();
  }

  /** {@return the ids of the clauses that may or may not have been in force during the period} */
  public List<String> uncertain() {
    List<String> out = new ArrayList<>();
    for (ClauseSet set : sets) {
      boolean setUncertain = set.forceOn(start) == ClauseLife.InForce.UNCERTAIN;
      for (Clause clause : set.clauses()) {
        ClauseLife.InForce own = clause.core().life().on(start);
        if (own == ClauseLife.InForce.UNCERTAIN || setUncertain && own != ClauseLife.InForce.NO) {
          out.add(clause.id());
        }
      }
    }
    return out;
  }
}
