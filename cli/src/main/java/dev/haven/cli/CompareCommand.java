package dev.haven.cli;

import dev.haven.render.data.CompareOutput;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.Rubric;
import dev.haven.core.io.AtomicFile;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import dev.haven.render.compare.ComparisonPage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven compare PATH...}: a matrix of jurisdictions by clause kinds, with a protection score for each. */
@Command(
    name = "compare",
    header = "Compares jurisdictions kind by kind, scored by a rubric.",
    mixinStandardHelpOptions = true,
    description = {
        "Compares jurisdictions: one row per jurisdiction (sets with the same jurisdiction name make one row),"
            + " one column per clause kind; each cell says whether the kind is there, its modality and its"
            + " exception grounds. Each jurisdiction gets a score from a named rubric (--rubric; docs/compare.md).",
        "By default only adopted sets (the law in force) are compared; --status asks for drafts, introduced,"
            + " repealed, template or example sets.",
        "Exit 0 when something was compared, 1 when no set was left to compare."
    })
final class CompareCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TABLE, JSON, CSV, HTML }

  /** What a comparison holds by default, as every answer about the law: adopted sets, the law in force. */

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table, json, csv or html (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Mixin
  private AsOfOption asOf = new AsOfOption();

  @Option(names = "--explain", description = "Show the points behind each score (table and json).")
  private boolean explain;

  @Option(names = "--rubric", paramLabel = "NAME", defaultValue = "haven", converter = RubricConverter.class,
      completionCandidates = RubricConverter.Names.class,
      description = "Score with this rubric: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); docs/compare.md"
          + " says what each rests on.")
  private Rubric rubric;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.Kind.class,
      completionCandidates = Converters.Kind.class, description = "Only these columns (see 'haven kinds').")
  private List<ClauseKind> kinds = new ArrayList<>();

  @Mixin
  private JurisdictionFilter jurisdictions = new JurisdictionFilter();

  @Mixin
  private StatusOption status = new StatusOption();

  @Option(names = "--snapshot", paramLabel = "DATE", split = ",", converter = AsOfOption.DateConverter.class,
      description = "With --format html: a matrix of the law in force on each DATE (YYYY-MM-DD; repeat, or separate"
          + " with commas) and a control to choose the day; the latest is shown first.")
  private List<LocalDate> snapshots = new ArrayList<>();

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Safe-haven policies compared",
      description = "The html page's title (default: ${DEFAULT-VALUE}).")
  private String title;

  @Override
  public Integer call() throws IOException {
    if (explain && (format == Format.CSV || format == Format.HTML)) {
      throw new InputException("--explain applies to --format table and json; the html page always shows the"
          + " points behind each score");
    }
    List<LocalDate> days = snapshots.stream().distinct().sorted().toList();
    if (!days.isEmpty() && format != Format.HTML) {
      throw new InputException("--snapshot makes a page with a date control: give --format html too (for one day"
          + " in another format, use --as-of)");
    }
    if (!days.isEmpty() && (asOf.day().isPresent() || !status.statuses().isEmpty())) {
      throw new InputException("--snapshot chooses the days itself: it cannot be combined with --as-of or --status");
    }
    // Sets are handed to the comparisons as they are read, not collected first; the html page shows clauses and
    // keeps them whole, the other formats keep only what their cells and scores read.
    List<Query> queries = new ArrayList<>();
    List<Comparison.Builder> builders = new ArrayList<>();
    // the same rule as query: the law in force today, the statuses asked for, or the law on --as-of's day
    List<Query> asked = days.isEmpty() ? List.of(asOf.base(status.statuses()))
        : days.stream().map(Query::lawInForceOn).toList();
    for (Query q : asked) {
      queries.add(q);
      builders.add((format == Format.HTML ? Comparison.builder() : Comparison.outlining()).scoredBy(rubric));
    }
    List<String> undated = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    boolean[] invalid = {false};
    int[] read = {0};
    int[] chosen = {0};
    Diagnostics diagnostics = diagnostics();
    loader().load(paths, result -> {
      inputs.add(Path.of(result.origin()));
      if (!result.isValid()) {
        invalid[0] = true;
        diagnostics.print(result);
        return;
      }
      read[0]++;
      ClauseSet set = result.clauseSet();
      if ((asOf.undated(set) || !days.isEmpty() && set.undatedLaw()) && jurisdictions.admits(set)) {
        undated.add(set.id());
      }
      for (int i = 0; i < queries.size(); i++) {
        if (queries.get(i).admits(set) && jurisdictions.admits(set)) {
          builders.get(i).add(queries.get(i).keepMatching(set));
          chosen[0]++;
        }
      }
    });
    if (invalid[0]) {
      return ExitCode.BAD_INPUT;
    }
    if (!undated.isEmpty()) {
      err().println(days.isEmpty() ? asOf.undatedNote(undated)
          : AsOfOption.undatedNote(undated, "on any day", "in no snapshot"));
    }
    if (chosen[0] == 0) {
      err().println("No set to compare" + (read[0] == 0 ? "." : ": every set was left out by --status"
          + " or --jurisdiction (only adopted sets are compared unless --status names others)."));
      return ExitCode.NO;
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (Comparison.Builder builder : builders) {
      Comparison comparison = builder.build();
      comparisons.add(kinds.isEmpty() ? comparison : new Comparison(comparison.rows(),
          comparison.kinds().stream().filter(kinds::contains).toList(), comparison.rubric()));
    }
    if (output.file().isEmpty()) {
      OutputStream stdout = binaryOut();
      write(comparisons, days, stdout);
      stdout.flush();
    } else {
      inputs.addAll(paths);
      OutputTarget.check(output.file().get(), inputs);
      AtomicFile.write(output.file().get(), stream -> write(comparisons, days, stream));
    }
    return ExitCode.OK;
  }

  private void write(List<Comparison> comparisons, List<LocalDate> days, OutputStream stream) throws IOException {
    if (!days.isEmpty()) {
      List<ComparisonPage.Snapshot> pages = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        pages.add(new ComparisonPage.Snapshot(days.get(i), comparisons.get(i)));
      }
      PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      writer.print(new ComparisonPage().render(pages, title));
      writer.flush();
      if (writer.checkError()) {
        throw new IOException("cannot write " + output.file().map(Path::toString).orElse("standard output"));
      }
      return;
    }
    write(comparisons.get(0), stream);
  }

  private void write(Comparison comparison, OutputStream stream) throws IOException {
    if (format == Format.JSON) {
      // straight to UTF-8 bytes: tens of megabytes for every US jurisdiction, and a writer would encode each char
      CompareOutput.json(comparison, explain, stream);
      return;
    }
    PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    switch (format) {
      case TABLE -> CompareOutput.table(comparison, explain, writer);
      case CSV -> CompareOutput.csv(comparison, writer);
      case HTML -> writer.print(new ComparisonPage().render(comparison, title));
      case JSON -> throw new IllegalStateException("written above");
    }
    writer.flush();
    if (writer.checkError()) {
      throw new IOException("cannot write " + output.file().map(Path::toString).orElse("standard output"));
    }
  }

}
