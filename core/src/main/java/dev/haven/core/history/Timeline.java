package dev.haven.core.history;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One jurisdiction's law over time: its enacted sets (adopted, or since repealed) in the order they took force, and
 * for each set that supersedes or amends another, what changed and whether it protects more or less.
 *
 * @param jurisdiction the jurisdiction's name, as its sets give it
 * @param versions its sets, by the day they took force; sets without a date last, in the order read
 * @param steps each link between two of the sets, from the older to the newer, with the semantic diff
 * @param clauseChanges each day within a set's life on which some of its clauses took effect or ended, by their
 *     own dates, with the semantic diff of the set's law the day before and after; a day on which a later set
 *     amends or supersedes the set is that step's, and not listed again
 */
public record Timeline(String jurisdiction, List<ClauseSet> versions, List<Step> steps,
    List<ClauseChange> clauseChanges) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param jurisdiction the jurisdiction's name
   * @param versions its sets in order
   * @param steps the links between them
   * @param clauseChanges the changes by clauses' own dates
   */
  public Timeline {
    versions = List.copyOf(versions);
    steps = List.copyOf(steps);
    clauseChanges = List.copyOf(clauseChanges);
  }

  /**
   * A change within one set: on a day (or within a month, year or interval, when the source gives no day) some of
   * its clauses took effect or ended by their own dates.
   *
   * @param set the set
   * @param when the day, or the month, year or interval the day lies in
   * @param diff the set's clauses in force before it against those in force after it
   */
  public record ClauseChange(ClauseSet set, PartialDate when, SetDiff diff) {}

  /**
   * A change a set made to the law it supersedes or amends: the law before is those sets (and the sets that amend
   * them), joined; the law after drops the sets it supersedes and adds it. An amendment thus shows what it adds to
   * the law it amends, not that law's clauses as removed.
   *
   * @param from the sets it supersedes or amends, with the sets that amend them, in the order they took force
   * @param to the newer set
   * @param relation "supersedes A, B", "amends A", or both joined by "; "
   * @param diff what changed, clause by clause, with its protection impact
   */
  public record Step(List<ClauseSet> from, ClauseSet to, String relation, SetDiff diff) {

    /**
     * Copies the list.
     *
     * @param from the older sets
     * @param to the newer set
     * @param relation how the newer set relates to them
     * @param diff what changed
     */
    public Step {
      from = List.copyOf(from);
    }
  }

  /**
   * The timelines of every jurisdiction among these sets, in the order their names first appear; drafts, templates,
   * introduced sets and examples are not law and are left out.
   *
   * @param sets the sets read
   * @return one timeline per jurisdiction
   */
  public static List<Timeline> of(List<ClauseSet> sets) {
    Map<String, List<ClauseSet>> byPlace = new LinkedHashMap<>();
    Map<String, ClauseSet> byId = new LinkedHashMap<>();
    for (ClauseSet set : sets) {
      if (set.status().enacted()) {
        byPlace.computeIfAbsent(set.jurisdiction().name(), k -> new ArrayList<>()).add(set);
        byId.putIfAbsent(set.id(), set);
      }
    }
    List<Timeline> out = new ArrayList<>();
    byPlace.forEach((place, list) -> {
      List<ClauseSet> ordered = new ArrayList<>(list);
      ordered.sort(Comparator.comparing((ClauseSet s) -> s.inForceFrom().orElse(LocalDate.MAX)));
      List<Step> steps = new ArrayList<>();
      List<ClauseChange> within = new ArrayList<>();
      for (ClauseSet newer : ordered) {
        step(newer, ordered, byId).ifPresent(steps::add);
      }
      for (ClauseSet set : ordered) {
        // a clause that ends the day a later set amends or supersedes this one is that step's change, shown there
        Set<LocalDate> stepDays = new HashSet<>();
        steps.stream().filter(st -> st.from().contains(set)).forEach(st -> st.to().inForceFrom()
            .ifPresent(stepDays::add));
        clauseChanges(set).stream().filter(c -> !(c.when().exact() && stepDays.contains(c.when().first())))
            .forEach(within::add);
      }
      out.add(new Timeline(place, ordered, steps, within));
    });
    return out;
  }

  private static List<ClauseChange> clauseChanges(ClauseSet set) {
    TreeMap<LocalDate, PartialDate> days = new TreeMap<>();
    for (Clause clause : set.clauses()) {
      clause.core().life().effective().ifPresent(d -> days.putIfAbsent(d.first(), d));
      clause.core().life().ended().ifPresent(d -> days.putIfAbsent(d.first(), d));
    }
    List<ClauseChange> out = new ArrayList<>();
    days.forEach((first, when) -> {
      LocalDate before = first.minusDays(1);
      ClauseSet old = set.withClauses(set.clauses().stream()
          .filter(c -> c.core().life().on(before) == ClauseLife.InForce.YES).toList());
      ClauseSet neu = set.withClauses(set.clauses().stream()
          .filter(c -> c.core().life().on(when.last()) == ClauseLife.InForce.YES).toList());
      out.add(new ClauseChange(set, when, Diff.between(old, neu)));
    });
    return out;
  }

  private static Optional<Step> step(ClauseSet newer, List<ClauseSet> place, Map<String, ClauseSet> byId) {
    List<ClauseSet> superseded = found(newer.life().supersedes(), byId);
    List<ClauseSet> amended = found(newer.life().amends(), byId);
    if (superseded.isEmpty() && amended.isEmpty()) {
      return Optional.empty();
    }
    Set<String> linked = new HashSet<>();
    superseded.forEach(s -> linked.add(s.id()));
    amended.forEach(s -> linked.add(s.id()));
    List<ClauseSet> before = new ArrayList<>();
    for (ClauseSet set : place) {
      // the linked sets, and the earlier sets that amend one of them (their clauses are part of that law)
      boolean amendsLinked = set != newer && set.life().amends().stream().anyMatch(linked::contains)
          && set.inForceFrom().isPresent() && newer.inForceFrom().isPresent()
          && set.inForceFrom().get().isBefore(newer.inForceFrom().get());
      if (linked.contains(set.id()) || amendsLinked) {
        before.add(set);
      }
    }
    Set<String> replaced = new HashSet<>();
    superseded.forEach(s -> replaced.add(s.id()));
    List<ClauseSet> after = new ArrayList<>();
    for (ClauseSet set : before) {
      boolean amendsReplaced = set.life().amends().stream().anyMatch(replaced::contains);
      if (!replaced.contains(set.id()) && !amendsReplaced) {
        after.add(set);
      }
    }
    after.add(newer);
    List<String> relation = new ArrayList<>();
    if (!superseded.isEmpty()) {
      relation.add("supersedes " + String.join(", ", superseded.stream().map(ClauseSet::id).toList()));
    }
    if (!amended.isEmpty()) {
      relation.add("amends " + String.join(", ", amended.stream().map(ClauseSet::id).toList()));
    }
    LocalDate day = newer.inForceFrom().orElse(LocalDate.MAX);
    SetDiff diff = Diff.between(joined(before, day.minusDays(1)), joined(after, day));
    return Optional.of(new Step(before, newer, String.join("; ", relation), diff));
  }

  /** The sets as one, with the clauses their own dates leave in force that day. */
  private static ClauseSet joined(List<ClauseSet> sets, LocalDate day) {
    List<ClauseSet> inForce = sets.stream().map(s -> s.withClausesOn(day)).toList();
    return inForce.size() == 1 ? inForce.get(0) : LawOn.joined(inForce.get(0).jurisdiction(), day, inForce);
  }

  private static List<ClauseSet> found(List<String> ids, Map<String, ClauseSet> byId) {
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
