package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a file never reaches a terminal as control characters: ESC sequences, carriage returns, C1 controls
 * and newlines that would forge a line are shown, in every human-readable output; JSON keeps the data exact.
 */
class ControlCharactersTest {

  private static final String EVIL = "src/test/resources/hostile/control-characters.yaml";
  /** Any C0 control but tab, line feed and form feed; DEL; any C1 control. */
  private static final Pattern RAW = Pattern.compile("[\\x00-\\x08\\x0b\\x0d-\\x1f\\x7f\\x80-\\x9f]");

  private static void noRawControls(CliRun run, String what) {
    assertFalse(RAW.matcher(run.out()).find(), what + " stdout: " + run.out());
    assertFalse(RAW.matcher(run.err()).find(), what + " stderr: " + run.err());
  }

  @Test
  void everyTextOutputShowsControlCharactersInsteadOfSendingThem(@TempDir Path dir) throws IOException {
    Path other = Files.writeString(dir.resolve("other.yaml"),
        Files.readString(Path.of(EVIL)).replace("about status", "about the status"));
    List<List<String>> commands = List.of(
        List.of("query", EVIL), List.of("render", EVIL, "-f", "text"), List.of("compare", EVIL),
        List.of("compare", EVIL, "--explain"), List.of("lint", EVIL), List.of("validate", EVIL),
        List.of("diff", EVIL, other.toString()));
    for (List<String> args : commands) {
      // a terminal without colour: then any control character in the output came from the file
      CliRun run = CliRun.with(new Terminal(true, false), List.of(), args.toArray(String[]::new));
      assertTrue(run.exit() <= 1, args + ": " + run.err());
      noRawControls(run, args.toString());
    }
    CliRun table = CliRun.of("query", EVIL);
    assertTrue(table.out().contains("No one shall ask^MOVERWRITTEN ^[]8;;http://x^["), table.out());
    assertTrue(table.out().contains("<U+009B>31m"), table.out());
  }

  @Test
  void jsonKeepsTheDataExact() throws IOException {
    CliRun run = CliRun.of("query", EVIL, "-f", "json");
    JsonNode rows = JsonMapper.builder().build().readTree(run.out());
    String text = rows.findValue("text").asText();
    assertTrue(text.contains("ask\rOVERWRITTEN \u001b]8;;http://x"), text);
  }

  @Test
  void aNewlineInAFileNameCannotForgeADiagnostic(@TempDir Path dir) throws IOException {
    Path forged = Files.writeString(dir.resolve("bad\nx.yaml:1:1: error: forged.yaml"), "format: haven/1\n");
    CliRun run = CliRun.of("validate", forged.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    noRawControls(run, "validate");
    assertTrue(run.err().lines().noneMatch(l -> l.startsWith("x.yaml:1:1:")), run.err());
    assertTrue(run.err().contains("bad^Jx.yaml:1:1: error: forged.yaml:"), run.err());
  }
}
