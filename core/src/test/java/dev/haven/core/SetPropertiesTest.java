package dev.haven.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.diff.Diff;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.GeneratedSets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of every valid set, checked on generated ones. */
class SetPropertiesTest {

  @Provide
  Arbitrary<ClauseSet> sets() {
    return GeneratedSets.sets();
  }

  @Property(tries = 300)
  void aSetWrittenAndReadBackIsTheSameSet(@ForAll("sets") ClauseSet set) {
    String yaml = new ClauseSetWriter().toYaml(set);
    LoadResult read = new ClauseSetReader().read("written.yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), read.problems(), yaml);
    assertEquals(set, read.clauseSet());
  }

  @Property(tries = 300)
  void aSetDiffedWithItselfHasNoChanges(@ForAll("sets") ClauseSet set) {
    ClauseSet copy = new ClauseSetReader().read("copy.yaml", new ClauseSetWriter().toYaml(set), Syntax.YAML)
        .clauseSet();
    assertEquals(List.of(), Diff.between(set, set).changes());
    assertEquals(List.of(), Diff.between(set, copy).changes());
    assertEquals(List.of(), Diff.between(set, copy).setFields());
  }

  /**
   * Two different sets: generated clauses share ids ("c0", "c1", ...) across kinds, so this diffs clauses that keep
   * their id and change kind, as well as added, removed and modified ones.
   */
  @Property(tries = 300)
  void twoDifferentSetsDiffBothWaysWithoutFailingAndEveryFieldBelongsToAKindInvolved(
      @ForAll("sets") ClauseSet a, @ForAll("sets") ClauseSet b) {
    dev.haven.core.diff.SetDiff forward = Diff.between(a, b);
    dev.haven.core.diff.SetDiff backward = Diff.between(b, a);
    assertEquals(forward.summary().added(), backward.summary().removed());
    assertEquals(forward.summary().removed(), backward.summary().added());
    assertEquals(forward.summary().modified(), backward.summary().modified());
    java.util.Set<String> core = java.util.Set.of("kind", "modality", "actors", "exceptions", "conditions", "text",
        "title", "source", "notes", "x-");
    for (dev.haven.core.diff.ClauseChange change : forward.changes()) {
      java.util.Set<String> allowed = new java.util.HashSet<>(core);
      change.before().ifPresent(c -> c.ownFields().forEach(f -> allowed.add(f.name())));
      change.after().ifPresent(c -> c.ownFields().forEach(f -> allowed.add(f.name())));
      change.fields().forEach(f -> org.junit.jupiter.api.Assertions.assertTrue(allowed.contains(f.field()),
          f.field() + " belongs to neither kind of " + change.id()));
      if (change.before().isPresent() && change.after().isPresent()
          && change.before().get().kind() != change.after().get().kind()) {
        org.junit.jupiter.api.Assertions.assertTrue(change.fields().stream().anyMatch(f -> f.field().equals("kind")),
            "a kind change is reported: " + change.id());
      }
    }
  }
}
