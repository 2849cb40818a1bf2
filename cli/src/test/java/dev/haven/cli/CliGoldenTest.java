package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code cli-golden/NAME.args} holds one command line (run from the cli module's folder); its
 * {@code NAME.golden} holds the exit code, stdout and stderr it must produce, byte for byte.
 */
class CliGoldenTest {

  @TestFactory
  Stream<DynamicTest> everyCommandLinePrintsItsGoldenOutput() {
    List<Path> cases = Golden.resources("cli-golden", ".args");
    assertTrue(cases.size() >= 15, "expected the golden cases, found " + cases.size());
    return cases.stream().map(args -> DynamicTest.dynamicTest(args.getFileName().toString(), () -> {
      String line = Files.readString(args).strip();
      CliRun run = CliRun.of(CliRun.split(line));
      String actual = "$ haven " + line + "\nexit: " + run.exit() + "\n--- stdout\n" + run.out()
          + "--- stderr\n" + run.err();
      String name = args.getFileName().toString().replace(".args", ".golden");
      Golden.assertMatches("cli-golden", name, actual);
    }));
  }
}
