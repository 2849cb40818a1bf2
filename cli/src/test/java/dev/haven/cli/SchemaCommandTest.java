package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.schema.FormatSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  @Test
  void printsThePublishedSchema() throws IOException {
    CliRun run = CliRun.of("schema");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals(FormatSchema.json(), run.out());
    assertEquals(Files.readString(Path.of("..", "docs", "schema", "haven-1.schema.json")), run.out());
  }

  @Test
  void writesItToAFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("haven.schema.json");
    CliRun run = CliRun.of("schema", "-o", out.toString());
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertEquals(FormatSchema.json(), Files.readString(out));
  }
}
