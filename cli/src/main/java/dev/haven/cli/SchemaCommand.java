package dev.haven.cli;

import dev.haven.core.io.AtomicFile;
import dev.haven.core.schema.FormatSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code haven schema}: the JSON Schema of the clause-set format, for editors and scripts. */
@Command(
    name = "schema",
    header = "Prints the JSON Schema of format haven/1.",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the JSON Schema (draft 2020-12) of clause-set format haven/1, made from the same model the reader "
            + "uses. Editors use it to complete and check files as they are typed: a YAML language server reads "
            + "a first line '# yaml-language-server: $$schema=PATH' (see docs/format.md). The reader stays the "
            + "authority: it also checks what a schema cannot, such as declared actors and unique ids."
    })
final class SchemaCommand extends Subcommand implements Callable<Integer> {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    String schema = FormatSchema.json();
    if (output == null) {
      out().print(schema);
      out().flush();
    } else {
      OutputTarget.check(output, List.of());
      AtomicFile.write(output, out -> out.write(schema.getBytes(StandardCharsets.UTF_8)));
    }
    return ExitCode.OK;
  }
}
