package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class ErrorHandlingTest {

  /** Stands in for a bug: a command that fails in a way no input check foresaw. */
  @Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("simulated bug");
    }
  }

  @Test
  void theTopLevelHelpGivesOneLinePerCommand() {
    String help = CliRun.of("--help").out();
    String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length(), help.indexOf("\n\n",
        help.indexOf("Commands:")));
    for (String line : commands.split("\n")) {
      assertTrue(line.matches("  [a-z]+ +\\S.*"), "a command's line, not a continuation: '" + line + "'");
    }
  }

  @Test
  void aMistypedCommandGetsTheNearestCommandSuggested() {
    CliRun run = CliRun.of("qurey", "seeds");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("did you mean 'query'?"), run.err());
    CliRun far = CliRun.of("xyzzy");
    assertEquals(ExitCode.BAD_INPUT, far.exit());
    assertFalse(far.err().contains("did you mean"), far.err());
  }

  @Test
  void aBugExitsThreeWithOneLineAndNoStackTrace() {
    CliRun run = CliRun.with(Terminal.PIPE, List.of(new Boom()), "boom");
    assertEquals(ExitCode.INTERNAL, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("internal error: java.lang.IllegalStateException: simulated bug"), run.err());
    assertTrue(run.err().contains("--verbose"));
  }

  @Test
  void verboseShowsTheStackTraceOfABug() {
    CliRun run = CliRun.with(Terminal.PIPE, List.of(new Boom()), "--verbose", "boom");
    assertEquals(ExitCode.INTERNAL, run.exit());
    assertTrue(run.err().contains("\tat dev.haven.cli.ErrorHandlingTest$Boom.run"), run.err());
  }

  @Test
  void verboseAfterTheSubcommandWorksToo() {
    CliRun run = CliRun.with(Terminal.PIPE, List.of(new Boom()), "boom", "--verbose");
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void inputMistakesNeverShowAStackTraceEvenWithVerbose() {
    CliRun run = CliRun.of("--verbose", "query", "does-not-exist");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals("haven: error: does-not-exist: no such file or folder\n", run.err());
  }

  @Test
  void everyCommandsHelpListsTheExitCodes() {
    for (String command : List.of("kinds", "validate", "query")) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exit());
      assertTrue(run.out().contains("Exit codes:") && run.out().contains("Internal error"), command);
    }
  }

  @Test
  void anEmptyFolderIsAnInputMistake() throws Exception {
    java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("haven-empty");
    CliRun run = CliRun.of("validate", empty.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("holds no clause-set files"), run.err());
    assertFalse(run.err().contains("\tat "));
  }
}
