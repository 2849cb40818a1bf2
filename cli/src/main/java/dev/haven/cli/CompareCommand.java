package dev.haven.cli;

import dev.haven.cli.output.CompareOutput;
import dev.haven.core.compare.Comparison;
import dev.haven.core.io.AtomicFile;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.vocab.Status;
import dev.haven.render.compare.ComparisonPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven compare PATH...}: a matrix of jurisdictions by clause kinds, with a protection score for each. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
        "Compares jurisdictions: one row per jurisdiction (sets with the same jurisdiction name make one row),"
            + " one column per clause kind; each cell says whether the kind is there, its modality and its"
            + " exception grounds. Each jurisdiction gets a protection score from the rubric in docs/compare.md.",
        "Repealed sets and templates are left out unless --status names them.",
        "Exit 0 when something was compared, 1 when no set was left to compare."
    })
final class CompareCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TABLE, JSON, CSV, HTML }

  /** What a comparison holds by default: the law as it stands or is proposed, not history or models. */
  private static final Set<Status> DEFAULT_STATUSES = EnumSet.of(Status.ADOPTED, Status.DRAFT, Status.INTRODUCED);

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table, json, csv or html (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (whole or not at all, never over an input) instead of standard output.")
  private Path output;

  @Option(names = "--explain", description = "Show the points behind each score (table and json).")
  private boolean explain;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.Kind.class,
      completionCandidates = Converters.Kind.class, description = "Only these columns (see 'haven kinds').")
  private List<ClauseKind> kinds = new ArrayList<>();

  @Option(names = "--jurisdiction", paramLabel = "TEXT",
      description = "Only jurisdictions whose name contains TEXT (ignoring case).")
  private List<String> jurisdictions = new ArrayList<>();

  @Option(names = "--status", paramLabel = "STATUS", converter = Converters.StatusValue.class,
      completionCandidates = Converters.StatusValue.class,
      description = "Sets of this status: ${COMPLETION-CANDIDATES}. Without it: adopted, draft and introduced.")
  private List<Status> statuses = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Safe-haven policies compared",
      description = "The html page's title (default: ${DEFAULT-VALUE}).")
  private String title;

  @Override
  public Integer call() throws IOException {
    if (explain && (format == Format.CSV || format == Format.HTML)) {
      throw new InputException("--explain applies to --format table and json; the html page always shows the"
          + " points behind each score");
    }
    SetLoader.Loaded loaded = loader().loadAll(paths, diagnostics());
    if (loaded.anyInvalid()) {
      return ExitCode.BAD_INPUT;
    }
    List<ClauseSet> sets = chosen(loaded.sets());
    if (sets.isEmpty()) {
      err().println("No set to compare" + (loaded.sets().isEmpty() ? "." : ": every set was left out by --status"
          + " or --jurisdiction (repealed sets and templates need --status)."));
      return ExitCode.NO;
    }
    Comparison comparison = Comparison.of(sets);
    if (!kinds.isEmpty()) {
      comparison = new Comparison(comparison.rows(),
          comparison.kinds().stream().filter(kinds::contains).toList());
    }
    Comparison result = comparison;
    if (output == null) {
      write(result, out());
    } else {
      OutputTarget.check(output, loaded.sets().stream().map(s -> Path.of(s.file())).toList());
      AtomicFile.write(output, stream -> {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write(result, writer);
        if (writer.checkError()) {
          throw new IOException("cannot write " + output);
        }
      });
    }
    return ExitCode.OK;
  }

  private void write(Comparison comparison, PrintWriter writer) {
    switch (format) {
      case TABLE -> CompareOutput.table(comparison, explain, writer);
      case JSON -> CompareOutput.json(comparison, explain, writer);
      case CSV -> CompareOutput.csv(comparison, writer);
      case HTML -> writer.print(new ComparisonPage().render(comparison, title));
    }
    writer.flush();
  }

  private List<ClauseSet> chosen(List<LoadedSet> loaded) {
    Set<Status> wanted = statuses.isEmpty() ? DEFAULT_STATUSES : EnumSet.copyOf(statuses);
    List<String> names = jurisdictions.stream().map(j -> j.toLowerCase(Locale.ROOT)).toList();
    return loaded.stream().map(LoadedSet::set)
        .filter(set -> wanted.contains(set.status()))
        .filter(set -> names.isEmpty() || names.stream()
            .anyMatch(n -> set.jurisdiction().name().toLowerCase(Locale.ROOT).contains(n)))
        .collect(Collectors.toList());
  }
}
