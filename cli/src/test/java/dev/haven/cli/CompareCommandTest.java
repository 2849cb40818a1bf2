package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static final Path CORPUS = Path.of("..", "seeds", "corpus");

  @TempDir
  Path dir;

  @Test
  void writesThePageToTheOutputFileAndNothingElse() throws IOException {
    Path page = dir.resolve("compare.html");
    CliRun run = CliRun.of("compare", CORPUS.toString(), "--format", "html", "-o", page.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(page).contains("<table id=\"matrix\" class=\"matrix\">"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left beside the output");
    }
  }

  @Test
  void snapshotsPutEachDaysLawInThePageAndNameTheSetsThatHaveNoDay() throws IOException {
    Path page = dir.resolve("over-time.html");
    CliRun run = CliRun.of("compare", CORPUS.toString(), "--format", "html", "--snapshot", "2022-01-01,2015-01-01",
        "-o", page.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    String html = Files.readString(page);
    assertTrue(html.contains("<table id=\"matrix-2015-01-01\" class=\"matrix\">"));
    assertTrue(html.indexOf("matrix-2015-01-01") < html.indexOf("matrix-2022-01-01"), "days in order");
    assertTrue(run.err().contains("in no snapshot: us-wa-king-county/kcc-2-15"), run.err());
  }

  @Test
  void everyRubricNamesItselfAndItsSourceInJson() throws IOException {
    for (String rubric : new String[] {"haven", "ilrc-local", "ilrc-state"}) {
      CliRun run = CliRun.of("compare", CORPUS.toString(), "--rubric", rubric, "--format", "json", "--explain");
      assertEquals(ExitCode.OK, run.exit(), run.err());
      var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
      assertEquals(rubric, json.get("rubric").get("name").asString());
      assertTrue(json.get("rubric").get("source").asString().length() > 20);
      for (var jurisdiction : json.get("jurisdictions")) {
        assertEquals(rubric, jurisdiction.get("score").get("rubric").asString());
        for (var criterion : jurisdiction.get("score").get("criteria")) {
          assertTrue(java.util.Set.of("present", "absent", "not-coded", "practice")
              .contains(criterion.get("state").asString()), criterion.toString());
        }
      }
    }
  }

  @Test
  void anUnknownRubricIsABadCommandLine() {
    CliRun run = CliRun.of("compare", CORPUS.toString(), "--rubric", "ilrc");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("'ilrc' is not a rubric; expected one of: haven, ilrc-local, ilrc-state"),
        run.err());
  }

  @Test
  void refusesToWriteOverAnInput() throws IOException {
    Path set = dir.resolve("set.yaml");
    Files.copy(CORPUS.resolve("us-wa-king-county/kcc-2-15.yaml"), set);
    String before = Files.readString(set);
    CliRun run = CliRun.of("compare", set.toString(), "-o", set.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("is an input file; will not write over it"), run.err());
    assertEquals(before, Files.readString(set));
  }

  @Test
  void progressShowsOnATerminalForManyFilesAndNeverInAPipe() {
    StringWriter shown = new StringWriter();
    Progress terminal = Progress.on(new PrintWriter(shown), new Terminal(true, false));
    terminal.update(512, 3000);
    terminal.done();
    assertEquals("\rreading clause sets: 512/3000\r\u001b[2K", shown.toString());

    StringWriter few = new StringWriter();
    Progress.on(new PrintWriter(few), new Terminal(true, false)).update(10, 10);
    assertEquals("", few.toString(), "a short job shows no progress");

    StringWriter piped = new StringWriter();
    Progress pipe = Progress.on(new PrintWriter(piped), Terminal.PIPE);
    pipe.update(512, 3000);
    pipe.done();
    assertEquals("", piped.toString());
  }
}
