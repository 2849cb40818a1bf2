package dev.haven.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.diff.Summary;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticSetsTest {

  @Test
  void generatedSetsAreValidClauseSets() {
    ClauseSet set = SyntheticSets.generate(500, 1);
    LoadResult again = new ClauseSetReader().read("synthetic.yaml", new ClauseSetWriter().toYaml(set), Syntax.YAML);
    assertEquals(List.of(), again.problems());
    assertEquals(set, again.clauseSet());
  }

  @Test
  void theSameSeedGivesTheSameSet() {
    assertEquals(SyntheticSets.generate(200, 9), SyntheticSets.generate(200, 9));
  }

  @Test
  void aMutatedSetDiffersByAboutAFifthOfItsClauses() {
    ClauseSet base = SyntheticSets.generate(2000, 3);
    Summary s = Diff.between(base, SyntheticSets.mutate(base, 4)).summary();
    int changed = s.added() + s.removed() + s.modified();
    assertTrue(changed > 300 && changed < 700, s.toString());
    assertTrue(SyntheticSets.mutate(base, 4).clauses().stream().anyMatch(c -> c.id().endsWith("-r")));
  }

  @Test
  void theShapeOfTheChangeIsTheSameAtEverySize() {
    // The scaling benchmark compares sizes; it must not also compare different amounts of work per clause.
    double[] small = shares(2_000);
    double[] large = shares(50_000);
    for (int i = 0; i < small.length; i++) {
      assertEquals(small[i], large[i], 0.01, "share of change type " + i);
    }
  }

  /** Shares of clauses added, removed, modified, and modified under another id. */
  private static double[] shares(int size) {
    ClauseSet base = SyntheticSets.generate(size, 5);
    SetDiff diff = Diff.between(base, SyntheticSets.mutate(SyntheticSets.generate(size, 5), 6));
    Summary s = diff.summary();
    long renamed = diff.changes().stream().filter(c -> c.oldId().isPresent()).count();
    return new double[] {(double) s.added() / size, (double) s.removed() / size, (double) s.modified() / size,
        (double) renamed / size};
  }
}
