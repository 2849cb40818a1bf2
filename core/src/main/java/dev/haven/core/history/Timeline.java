package dev.haven.core.history;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.model.ClauseSet;
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
 */
public record Timeline(String jurisdiction, List<ClauseSet> versions, List<Step> steps) {

  /**
   * Copies the lists, so the value stays immutable.
   *
   * @param jurisdiction the jurisdiction's name
   * @param versions its sets in order
   * @param steps the links between them
   */
  public Timeline {
    versions = List.copyOf(versions);
    steps = List.copyOf(steps);
  }

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
      for (ClauseSet newer : ordered) {
        link(newer, newer.life().supersedes(), "supersedes", byId, steps);
        link(newer, newer.life().amends(), "amends", byId, steps);
      }
      out.add(new Timeline(place, ordered, steps));
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
