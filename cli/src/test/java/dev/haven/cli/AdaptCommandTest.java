package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdaptCommandTest {

  private static final Path TEMPLATE = Path.of("..", "seeds", "templates", "safe-haven-resolution.yaml");

  @TempDir
  Path dir;

  @Test
  void theReportNamesEveryDefaultKeptAndTheSetCitesTheTemplateNotMadison() throws java.io.IOException {
    java.nio.file.Path out = java.nio.file.Files.createTempDirectory("adapt").resolve("riverton.yaml");
    CliRun run = CliRun.of("adapt", "../seeds/templates/safe-haven-resolution.yaml", "--set", "city=City of Riverton",
        "--set", "state=OR", "-o", out.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().contains("kept the template's default (no value given; check that it fits your"
        + " jurisdiction):\n"), run.out());
    assertTrue(run.out().contains("  safe-space-office = \"Common Council Office\"\n"), run.out());
    String yaml = java.nio.file.Files.readString(out);
    assertTrue(yaml.contains("  - id: template\n"), yaml);
    assertTrue(!yaml.contains("madison-police-sop") && !yaml.contains("madison365"), "Madison's sources are not cited");
  }

  @Test
  void listParamsPrintsEveryParameterWithWhatItShouldBeAndItsDefault() {
    CliRun run = CliRun.of("adapt", "../seeds/templates/safe-haven-resolution.yaml", "--list-params");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertTrue(run.out().startsWith("city\n    the city's formal name\n    default: \"City of Madison\"\n"), run.out());
    assertTrue(run.out().contains("safe-space-office\n"), run.out());
    CliRun notTemplate = CliRun.of("adapt", "../seeds/corpus/us-ca/sb54-values-act.yaml", "--list-params");
    assertEquals(ExitCode.BAD_INPUT, notTemplate.exit());
  }

  @Test
  void writesTheSetToTheOutputFileAndTheReportToStandardOutput() throws IOException {
    Path params = dir.resolve("falls.yaml");
    Files.writeString(params, "city: City of Example Falls\nstate: ZZ\npolice-agency: Falls Police\n");
    Path out = dir.resolve("falls-resolution.yaml");
    CliRun run = CliRun.of("adapt", TEMPLATE.toString(), "--params", params.toString(), "--set", "state=MN",
        "-o", out.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("adapted templates/safe-haven-resolution -> us-mn-example-falls/"
        + "safe-haven-resolution"), run.out());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("state: MN"), "--set overrides --params");
    assertFalse(yaml.contains("${"), yaml);
    assertEquals(ExitCode.OK, CliRun.of("validate", out.toString()).exit());
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left beside the output");
    }
  }

  @Test
  void reportsMistakesInTheParameterFileWithTheirLines() throws IOException {
    Path params = dir.resolve("p.yaml");
    Files.writeString(params, "city: X\npolise: Y\nstate:\n");
    CliRun run = CliRun.of("adapt", TEMPLATE.toString(), "--params", params.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals(params + ":3:7: error: parameter 'state' has no value; expected its value as text\n", run.err());

    Files.writeString(params, "city: X\npolise: Y\n");
    run = CliRun.of("adapt", TEMPLATE.toString(), "--params", params.toString());
    assertEquals(params + ":2:1: error: the template has no parameter 'polise'; did you mean 'police-agency'?\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void neverWritesOverTheTemplateOrAParameterFile() throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.copy(TEMPLATE, template);
    byte[] before = Files.readAllBytes(template);
    CliRun run = CliRun.of("adapt", template.toString(), "-o", template.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertTrue(run.err().contains("is an input file; will not write over it"), run.err());
    assertEquals(new String(before), Files.readString(template));
  }

  @Test
  void writesNothingWhenTheAdaptationFails() {
    Path out = dir.resolve("out.yaml");
    CliRun run = CliRun.of("adapt", TEMPLATE.toString(), "--drop", "nothing-like-this", "-o", out.toString());
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertFalse(Files.exists(out));
  }
}
