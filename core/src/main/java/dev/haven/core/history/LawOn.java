package dev.haven.core.history;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Enactment;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.model.Life;
import dev.haven.core.model.Party;
import dev.haven.core.model.Source;
import dev.haven.core.vocab.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One jurisdiction's law on a day as one set: the clauses of every set in force that day, so that two days' law
 * can be compared with the semantic diff like two versions of one document.
 */
public final class LawOn {

  private LawOn() {}

  /**
   * The sets of one jurisdiction in force on a day, by the day each took force.
   *
   * @param sets the jurisdiction's sets
   * @param day the day asked about
   * @return the sets in force that day
   */
  public static List<ClauseSet> inForce(List<ClauseSet> sets, LocalDate day) {
    List<ClauseSet> out = new ArrayList<>();
    for (ClauseSet set : sets) {
      if (set.inForceOn(day)) {
        out.add(set);
      }
    }
    out.sort(java.util.Comparator.comparing((ClauseSet s) -> s.inForceFrom().orElseThrow())
        .thenComparing(ClauseSet::id));
    return out;
  }

  /**
   * Joins the sets in force on a day into one set. Its id is the jurisdiction's sets' common prefix and the day
   * ({@code us-il-chicago/law-on-2015-01-01}); its title names the sets joined. A clause whose id an earlier set
   * already used is renamed {@code SET-CLAUSE} (the last part of its set's id, then its own), so that no clause is
   * lost; parties and sources are joined, the first set's meaning kept when two use one key.
   *
   * @param jurisdiction the jurisdiction
   * @param day the day
   * @param inForce the sets in force that day, as {@link #inForce} gives them; may be empty
   * @return the law in force that day as one set (without clauses when no set was in force)
   */
  public static ClauseSet joined(Jurisdiction jurisdiction, LocalDate day, List<ClauseSet> inForce) {
    Map<ActorKey, Party> parties = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Clause> clauses = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ClauseSet set : inForce) {
      set.parties().forEach(parties::putIfAbsent);
      set.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
      String prefix = set.id().substring(set.id().lastIndexOf('/') + 1);
      for (Clause clause : set.clauses()) {
        Clause kept = clause;
        if (!ids.add(clause.id())) {
          kept = clause.withCore(clause.core().withId(prefix + "-" + clause.id()));
          ids.add(kept.id());
        }
        clauses.add(kept);
      }
    }
    String folder = inForce.isEmpty() || inForce.get(0).id().indexOf('/') < 0 ? ""
        : inForce.get(0).id().substring(0, inForce.get(0).id().indexOf('/') + 1);
    String title = jurisdiction.name() + ": the law in force on " + day + " ("
        + (inForce.isEmpty() ? "no set read" : String.join(", ", inForce.stream().map(ClauseSet::id).toList())) + ")";
    return new ClauseSet(folder + "law-on-" + day, title, jurisdiction, Optional.empty(), Optional.empty(),
        Status.ADOPTED, Optional.of(day), Enactment.NONE, Life.UNKNOWN, Map.of(), parties,
        List.copyOf(sources.values()), Optional.empty(), List.of(), clauses, Extensions.NONE);
  }
}
