package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled seeds are the first thing users run; they must load, validate, cite and round-trip. */
class SeedsTest {

  private static final List<Path> SEEDS = ClauseSetFiles.under(Fixtures.SEEDS);

  @Test
  void theSeedsHoldMadisonsResolutionPoliceRulesAndTheSheriffsPractice() {
    List<String> ids = SEEDS.stream().map(Fixtures::load).map(ClauseSet::id).toList();
    assertTrue(ids.contains("us-wi-madison/res-2017-safe-haven"), ids.toString());
    assertTrue(ids.contains("us-wi-madison/mpd-immigration-2017"), ids.toString());
    assertTrue(ids.contains("us-wi-dane-county/sheriff-detainer-practice"), ids.toString());
  }

  @TestFactory
  Stream<DynamicTest> everySeedLoadsAndRoundTrips() {
    return SEEDS.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      ClauseSet set = Fixtures.load(file);
      String yaml = new ClauseSetWriter().toYaml(set);
      LoadResult again = new ClauseSetReader().read("again.yaml", yaml, Syntax.YAML);
      assertEquals(List.of(), again.problems());
      assertEquals(yaml, new ClauseSetWriter().toYaml(again.clauseSet()), "canonical output must be stable");
      assertEquals(set, again.clauseSet(), "write then read must give an equal set");
    }));
  }

  /** Real legislation must cite where its text comes from; the made-up examples have no source by design. */
  @TestFactory
  Stream<DynamicTest> everyRealSeedClauseCitesADeclaredSource() {
    Path examples = Fixtures.SEEDS.resolve("examples");
    return SEEDS.stream().filter(file -> !file.startsWith(examples))
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      ClauseSet set = Fixtures.load(file);
      assertFalse(set.sources().isEmpty());
      for (Clause clause : set.clauses()) {
        assertTrue(clause.core().source().isPresent(), clause.id() + " cites no source");
      }
    }));
  }

  @Test
  void theMadeUpExamplesSayTheyAreFictional() {
    ClauseSetFiles.under(Fixtures.SEEDS.resolve("examples")).forEach(file ->
        assertTrue(Fixtures.load(file).jurisdiction().name().contains("(fictional)"), file.toString()));
  }
}
