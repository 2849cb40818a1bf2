package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code invalid/} must be rejected with exactly the problems in its {@code .expected} file
 * ({@code LINE:COLUMN: error: MESSAGE}, one per line): the message, the line and the column.
 */
class InvalidInputTest {

  private final ClauseSetReader reader = new ClauseSetReader();

  @TestFactory
  Stream<DynamicTest> eachInvalidFixtureReportsItsProblemsWithPositions() {
    List<Path> fixtures = Stream.concat(Golden.resources("invalid", ".yaml").stream(),
        Golden.resources("invalid", ".json").stream()).sorted().toList();
    assertTrue(fixtures.size() >= 15, "expected at least 15 invalid fixtures, found " + fixtures.size());
    return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
      LoadResult result = reader.read(fixture);
      assertFalse(result.isValid(), "the fixture should be invalid");
      assertFalse(result.problems().isEmpty(), "an invalid file must say why");
      String actual = result.problems().stream()
          .map(p -> p.position().line() + ":" + p.position().column() + ": error: " + p.message())
          .collect(Collectors.joining("\n", "", "\n"));
      String name = fixture.getFileName().toString();
      Golden.assertMatches("invalid", name.substring(0, name.lastIndexOf('.')) + ".expected", actual);
    }));
  }
}
