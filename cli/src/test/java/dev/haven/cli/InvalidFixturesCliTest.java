package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Through the CLI, every invalid fixture gives exit 2, one FILE:LINE:COLUMN line per problem, no trace. */
class InvalidFixturesCliTest {

  private static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "invalid");
  private static final Pattern DIAGNOSTIC = Pattern.compile(".+:\\d+:\\d+: error: .+");

  @TestFactory
  Stream<DynamicTest> everyInvalidFixtureExitsTwoWithOneLinePerProblem() throws IOException {
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(FIXTURES)) {
      fixtures = files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
    }
    assertTrue(fixtures.size() >= 15);
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      CliRun run = CliRun.of("validate", f.toString());
      assertEquals(ExitCode.BAD_INPUT, run.exit());
      assertEquals("", run.out(), "nothing on stdout for an invalid file");
      List<String> lines = run.err().lines().toList();
      assertEquals(new ClauseSetReader().read(f).problems().size(), lines.size(), run.err());
      for (String line : lines) {
        assertTrue(DIAGNOSTIC.matcher(line).matches(), line);
        assertTrue(line.startsWith(f + ":"), line);
      }
      assertFalse(run.err().contains("\tat "), "no stack trace");
    }));
  }
}
