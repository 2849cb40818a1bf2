package dev.haven.cli;

import dev.haven.core.io.AtomicFile;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.model.ClauseKind;
import dev.haven.importer.ImportException;
import dev.haven.importer.ImportOptions;
import dev.haven.importer.ImportResult;
import dev.haven.importer.ImportedClause;
import dev.haven.importer.Importer;
import dev.haven.core.io.BoundedRead;
import dev.haven.core.io.ReadLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven import FILE}: a draft clause set from an ordinance's web page or text. */
@Command(
    name = "import",
    header = "Drafts a clause set from an ordinance (web page or text).",
    mixinStandardHelpOptions = true,
    description = {
        "Drafts a clause set (status: draft) from an ordinance saved as a web page or as UTF-8 text: FILE "
            + "ends in .html, .htm or .txt. Finds its sections, numbered items, WHEREAS recitals and RESOLVED clauses, makes one "
            + "clause per operative rule, and gives each a kind, modality, actors, exceptions and own values by "
            + "the rules of rules.yaml. Every clause's text is a verbatim span of the input; each clause's notes "
            + "name the rules that fired and what to check. Nothing the page references is fetched.",
        "The set goes to -o FILE or to stdout as YAML; a summary (clauses per kind, how many to review) goes to "
            + "stderr."
    })
final class ImportCommand extends Subcommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The ordinance: .html, .htm or .txt.")
  private Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the set to FILE.")
  private Path output;

  @Option(names = "--jurisdiction", paramLabel = "NAME",
      description = "The jurisdiction's formal name, e.g. \"City of Madison, Wisconsin\" (default: read from the "
          + "input's header or title).")
  private String jurisdiction;

  @Option(names = "--id", paramLabel = "SET-ID",
      description = "The new set's id (default: from the jurisdiction and the file name).")
  private String id;

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Rules to draft by instead of the bundled ones (same format as rules.yaml).")
  private Path rulesFile;

  @Override
  public Integer call() throws IOException {
    if (output != null) {
      List<Path> inputs = new ArrayList<>(List.of(input));
      if (rulesFile != null) {
        inputs.add(rulesFile);
      }
      OutputTarget.check(output, inputs);
    }
    Importer importer = rulesFile == null ? new Importer() : customRules();
    ImportResult result;
    try {
      result = importer.importFile(input, new ImportOptions(Optional.ofNullable(jurisdiction),
          Optional.ofNullable(id)));
    } catch (ImportException e) {
      diagnostics().print(e.origin(), e.position(), e.getMessage(), line -> "");
      return ExitCode.BAD_INPUT;
    }
    String yaml = new ClauseSetWriter().toYaml(result.set());
    if (output == null) {
      out().print(yaml);
      out().flush();
    } else {
      AtomicFile.write(output, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
    }
    summary(err(), result);
    return ExitCode.OK;
  }

  private Importer customRules() throws IOException {
    if (!Files.isRegularFile(rulesFile)) {
      throw new InputException(rulesFile + ": no such file");
    }
    try {
      return Importer.withRules(BoundedRead.of(rulesFile, ReadLimits.DEFAULT.maxFileBytes()));
    } catch (BoundedRead.TooLargeException e) {
      throw new InputException(rulesFile + ": longer than " + ReadLimits.DEFAULT.maxFileBytes()
          + " bytes; not a rules file");
    } catch (IllegalArgumentException e) {
      throw new InputException(rulesFile + ": " + e.getMessage());
    } catch (RuntimeException e) {
      throw new InputException(rulesFile + ": not a rules file: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
  }

  /** Clauses found per kind and how many need review, so a person knows where to start. */
  private void summary(PrintWriter err, ImportResult result) {
    Map<ClauseKind, int[]> perKind = new EnumMap<>(ClauseKind.class);
    for (ImportedClause c : result.clauses()) {
      int[] counts = perKind.computeIfAbsent(c.kind(), k -> new int[2]);
      counts[0]++;
      if (c.needsReview()) {
        counts[1]++;
      }
    }
    err.println("imported " + input + " -> " + result.set().id() + (output == null ? "" : " (" + output + ")")
        + ": " + result.clauses().size() + " clauses, " + result.needingReview() + " to review"
        + (result.set().recitals().isEmpty() ? "" : ", " + result.set().recitals().size() + " recitals")
        + "; " + result.skipped() + " paragraphs gave no clause");
    err.println(String.format("  %-30s %5s %10s", "kind", "found", "to review"));
    perKind.forEach((kind, counts) -> err.println(String.format("  %-30s %5d %10d", kind.wireName(), counts[0],
        counts[1])));
    result.warnings().forEach(w -> err.println("warning: " + w));
    err.println("every clause's notes say which rules fired and what to check; the set stays status: draft");
    err.flush();
  }
}
