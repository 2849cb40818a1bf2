package dev.haven.core.history;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.PartialDate;
import dev.haven.core.vocab.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One jurisdiction's law over time: its enacted sets (adopted, or since repealed) in the order they took force, and
 * for each set that supersedes or amends another, what changed and whether it protects more or less.
 *
 * @param jurisdiction the jurisdiction's name, as its sets give it
 * @param versions its sets, by the day they took force; sets without a date last, in the order read
 * @param steps each link between two of the sets, from the older to the newer, with the semantic diff
 * @param clauseChanges each day within a set's life on which some of its clauses took effect or ended, by their
 *     own dates, with the semantic diff of the set's law the day before and after
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
   * A change from one set to the set that supersedes or amends it.
   *
   * @param from the older set
   * @param to the newer set
   * @param relation {@code supersedes} or {@code amends}
   * @param diff what changed, clause by clause, with its protection impact
   */
  public record Step(ClauseSet from, ClauseSet to, String relation, SetDiff diff) {}

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
      if (set.status() == Status.ADOPTED || set.status() == Status.REPEALED) {
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
        link(newer, newer.life().supersedes(), "supersedes", byId, steps);
        link(newer, newer.life().amends(), "amends", byId, steps);
        within.addAll(clauseChanges(newer));
      }
      out.add(new Timeline(place, ordered, steps, within));
    });
    return out;
  }

  private static List<ClauseChange> clauseChanges(ClauseSet set) {
    java.util.TreeMap<LocalDate, PartialDate> days = new java.util.TreeMap<>();
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

  private static void link(ClauseSet newer, List<String> ids, String relation, Map<String, ClauseSet> byId,
      List<Step> steps) {
    for (String id : ids) {
      Optional.ofNullable(byId.get(id))
          .ifPresent(older -> steps.add(new Step(older, newer, relation, Diff.between(older, newer))));
    }
  }
}
