package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseCore;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set cut down to what a comparison's matrix, scores and explanations read: ids, the jurisdiction, status,
 * parties, and of each clause its kind, modality, actors, exception grounds, conditions and own fields. Texts,
 * titles of clauses, notes, sources, recitals and extensions are left out. A comparison of every US
 * jurisdiction keeps tens of thousands of sets until it is done; whole, they are hundreds of megabytes the
 * garbage collector copies again and again, and its pauses were a quarter of the run.
 */
final class Outlines {

  private Outlines() {}

  static ClauseSet of(ClauseSet set) {
    List<Clause> clauses = new ArrayList<>(set.clauses().size());
    for (Clause clause : set.clauses()) {
      clauses.add(clause.withCore(new ClauseCore(clause.id(), clause.modality(), clause.actors(), "",
          Optional.empty(), grounds(clause.exceptions()), clause.core().conditions(), Optional.empty(), Optional.empty(),
          clause.core().life(), Extensions.NONE)));
    }
    return new ClauseSet(set.id(), set.title(), set.jurisdiction(), set.type(), Optional.empty(), set.status(),
        set.date(), Map.of(), set.parties(), List.of(), Optional.empty(), List.of(), clauses, Extensions.NONE);
  }

  private static List<Exemption> grounds(List<Exemption> exceptions) {
    if (exceptions.isEmpty()) {
      return exceptions;
    }
    List<Exemption> grounds = new ArrayList<>(exceptions.size());
    for (Exemption e : exceptions) {
      grounds.add(e.text().isEmpty() && e.extensions().values().isEmpty() ? e
          : new Exemption(e.ground(), Optional.empty(), Extensions.NONE));
    }
    return grounds;
  }
}
