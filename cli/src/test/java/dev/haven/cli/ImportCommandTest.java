package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private static final Path PAGE = Path.of("..", "importer", "src", "test", "resources", "import",
      "example-falls-code.html");

  @Test
  void writesAValidDraftToTheOutputFileAndTheSummaryToStandardError(@TempDir Path dir) {
    Path out = dir.resolve("draft.yaml");
    CliRun run = CliRun.of("import", PAGE.toString(), "-o", out.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("10 clauses, 3 to review"), run.err());
    assertTrue(run.err().contains("detainer-limit                     1          0"), run.err());
    CliRun validate = CliRun.of("validate", out.toString());
    assertEquals(ExitCode.OK, validate.exit(), validate.err());
  }

  @Test
  void neverWritesOverTheOrdinanceAndLeavesNoFileWhenTheInputIsBad(@TempDir Path dir) throws IOException {
    Path page = Files.copy(PAGE, dir.resolve("page.html"));
    String before = Files.readString(page);
    CliRun run = CliRun.of("import", page.toString(), "-o", page.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("is an input file; will not write over it"), run.err());
    assertEquals(before, Files.readString(page));

    Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {'x', 0, 'y'});
    Path out = dir.resolve("draft.yaml");
    run = CliRun.of("import", binary.toString(), "-o", out.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().startsWith(binary + ":1:2: error: a NUL byte"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void customRulesAreUsedAndBrokenOnesNamed(@TempDir Path dir) throws IOException {
    Path rules = Files.writeString(dir.resolve("rules.yaml"), """
        modality: [{id: shall, modality: obligation, pattern: shall}]
        kinds: {safe-space: [{id: anything, pattern: city, weight: 5}]}
        """);
    CliRun run = CliRun.of("import", PAGE.toString(), "--rules", rules.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().contains("kind: safe-space"), run.out());
    Files.writeString(rules, "modality: [{id: m, modality: sometimes, pattern: shall}]\nkinds: {}\n");
    run = CliRun.of("import", PAGE.toString(), "--rules", rules.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("modality m: sometimes is not one of"), run.err());
  }
}
