package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o FILE and -f FORMAT on every command that prints: the file holds exactly what standard output would. */
class OutputFileOptionTest {

  private static final String MADISON = "../seeds/corpus/us-wi-madison";
  private static final String RES = MADISON + "/res-2017-safe-haven.yaml";
  private static final String MPD = MADISON + "/mpd-immigration-2017.yaml";

  @Test
  void everyPrintingCommandWritesToTheFileWhatItWouldPrint(@TempDir Path dir) throws IOException {
    List<List<String>> commands = List.of(
        List.of("query", MADISON, "-f", "json"),
        List.of("diff", RES, MPD, "-f", "markdown"),
        List.of("lint", MADISON, "-f", "json"),
        List.of("kinds", "-f", "json"),
        List.of("compare", MADISON, "-f", "csv"));
    for (List<String> args : commands) {
      CliRun printed = CliRun.of(args.toArray(String[]::new));
      Path file = dir.resolve(args.get(0) + ".out");
      List<String> withFile = new java.util.ArrayList<>(args);
      withFile.addAll(List.of("-o", file.toString()));
      CliRun written = CliRun.of(withFile.toArray(String[]::new));
      assertEquals(printed.exit(), written.exit(), args + ": " + written.err());
      assertEquals("", written.out(), args.toString());
      assertEquals(printed.out(), Files.readString(file), args.toString());
    }
  }

  @Test
  void aFileIsNeverColouredForTheTerminal(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lint.txt");
    CliRun run = CliRun.with(new Terminal(true, true), List.of(), "lint", MADISON, "-o", file.toString());
    assertEquals(ExitCode.NO, run.exit(), run.err());
    assertFalse(Files.readString(file).contains("\u001b["), "no escape codes in a file");
  }

  @Test
  void aClauseSetFileInsideAnInputFolderIsRefused(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of(RES), corpus.resolve("res.yaml"));
    Path inside = corpus.resolve("rows.json");
    CliRun run = CliRun.of("query", corpus.toString(), "-f", "json", "-o", inside.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("inside the input folder"), run.err());
    assertFalse(Files.exists(inside));
  }

  @Test
  void badInputWritesNoFile(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "format: haven/1\nid: x\n");
    Path file = dir.resolve("out.txt");
    CliRun run = CliRun.of("lint", bad.toString(), "-o", file.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertFalse(Files.exists(file));
  }

  @Test
  void lintShowsThatItNeedsAPathOrRules() {
    CliRun help = CliRun.of("lint", "--help");
    assertTrue(help.out().contains("(PATH... | --rules)"), help.out());
    CliRun none = CliRun.of("lint");
    assertEquals(ExitCode.BAD_INPUT, none.exit());
    assertTrue(none.err().startsWith("haven: error: Missing required argument"), none.err());
  }
}
