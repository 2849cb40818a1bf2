package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  private static final Path MADISON = Path.of("..", "seeds", "corpus", "us-wi-madison", "res-2017-safe-haven.yaml");

  @TempDir
  Path dir;

  @Test
  void aPdfGoesToStandardOutputWhenItIsNotATerminal() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new HavenCli(Terminal.PIPE).run(out, err, "render", MADISON.toString(), "--format", "pdf");
    assertEquals(ExitCode.OK, exit, err.toString(StandardCharsets.UTF_8));
    assertEquals("%PDF-", new String(out.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1));
    assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing but errors goes to stderr");
  }

  @Test
  void aPdfIsNotWrittenToATerminal() {
    CliRun run = CliRun.with(new Terminal(true, false), List.of(), "render", MADISON.toString(), "--format", "pdf");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains("will not write a PDF to the terminal"), run.err());
  }

  @Test
  void outputFileIsWrittenAndItsExtensionChoosesTheFormat() throws IOException {
    Path pdf = dir.resolve("madison.pdf");
    CliRun run = CliRun.of("render", MADISON.toString(), "-o", pdf.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.out());
    byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), head);
    assertNoTemporaryFilesLeft();
  }

  @Test
  void anExistingOutputIsReplacedWhole() throws IOException {
    Path html = dir.resolve("page.html");
    Files.writeString(html, "old content that is longer than nothing");
    CliRun run = CliRun.of("render", MADISON.toString(), "--format", "html", "-o", html.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(Files.readString(html).startsWith("<!doctype html>"));
    assertNoTemporaryFilesLeft();
  }

  @Test
  void theInputIsNeverOverwritten() throws IOException {
    Path copy = dir.resolve("set.yaml");
    Files.copy(MADISON, copy);
    byte[] before = Files.readAllBytes(copy);
    CliRun run = CliRun.of("render", copy.toString(), "--format", "text", "-o", copy.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("is an input file; will not write over it"), run.err());
    assertArrayEquals(before, Files.readAllBytes(copy));
  }

  @Test
  void nothingIsWrittenWhenTheInputIsInvalid() {
    Path out = dir.resolve("out.html");
    CliRun run = CliRun.of("render", "../core/src/test/resources/invalid/09-undeclared-source.yaml", "-o",
        out.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertFalse(Files.exists(out));
  }

  @Test
  void anOutputInAMissingFolderIsABadInputNotABug() {
    CliRun run = CliRun.of("render", MADISON.toString(), "-o", dir.resolve("no/such/dir/x.html").toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("does not exist"), run.err());
  }

  private void assertNoTemporaryFilesLeft() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
    }
  }
}
