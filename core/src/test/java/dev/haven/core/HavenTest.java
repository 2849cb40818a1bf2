package dev.haven.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Match;
import dev.haven.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HavenTest {

  private static final Path MADISON = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");

  @Test
  void readsAllSeedsAndAnswersAQuestionAcrossThem() {
    ClauseSets sets = Haven.readAll(Fixtures.SEEDS.resolve("corpus"));
    assertEquals(16, sets.size());
    List<Match> detainers = sets.query(Haven.query().kind(ClauseKind.DETAINER_LIMIT).actor("police"));
    assertTrue(detainers.size() >= 3, detainers.toString());
    assertTrue(sets.byId("us-wi-madison/res-2017-safe-haven").isPresent());
  }

  @Test
  void aSetWrittenAndReadBackIsEqualAndDiffsWithItselfToNothing(@TempDir Path dir) throws IOException {
    ClauseSet madison = Haven.read(MADISON);
    Path copy = Files.writeString(dir.resolve("copy.yaml"), Haven.toYaml(madison));
    assertEquals(madison, Haven.read(copy));
    assertEquals(List.of(), Haven.diff(madison, Haven.read(copy)).changes());
    assertTrue(Haven.schema().contains("\"$schema\""));
  }

  @Test
  void anInvalidFileIsAnExceptionListingEveryProblemWithItsPlace(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "format: haven/2\n");
    InvalidClauseSetException e = assertThrows(InvalidClauseSetException.class, () -> Haven.readAll(dir));
    assertEquals(1, e.results().size());
    assertTrue(e.getMessage().startsWith(bad + ":1:1: "), e.getMessage());
    assertTrue(e.getMessage().contains(bad + ":1:9: "), e.getMessage());
    assertTrue(e.getMessage().lines().count() > 1, "every problem, not just the first: " + e.getMessage());
  }
}
