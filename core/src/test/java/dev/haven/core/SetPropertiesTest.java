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
}
