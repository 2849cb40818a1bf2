package dev.haven.cli;

import dev.haven.render.data.DataWriters;
import dev.haven.render.data.PanelOutput;
import dev.haven.core.compare.Rubric;
import dev.haven.core.history.Panel;
import dev.haven.core.history.PanelUnit;
import dev.haven.core.model.ClauseSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven panel PATH...}: law over time as a table for R, Stata or pandas. */
@Command(
    name = "panel",
    header = "Law over time as a table for statistics software.",
    mixinStandardHelpOptions = true,
    description = {
        "Cuts each jurisdiction's time into periods over which the same sets were in force (a new period starts on"
            + " every day a set took force or ended) and writes one row per jurisdiction, period and clause kind"
            + " (--by kind) or rubric criterion (--by criterion), with the period's first and last days, the sets"
            + " in force and the clauses' citations: the shape policy-surveillance datasets use.",
        "A jurisdiction enters on the day its first set read took force: what was law before is not known from the"
            + " sets read. Only adopted and since-repealed sets count; sets that give no date are in no row and"
            + " are named in a note. `haven codebook` describes every column and value."
    })
final class PanelCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { CSV, JSON }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Mixin
  private JurisdictionFilter jurisdictions = new JurisdictionFilter();

  @Option(names = "--from", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "The first day of the panel (YYYY-MM-DD; default: each jurisdiction's first day in force).")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "The last day of the panel (YYYY-MM-DD; default: today).")
  private LocalDate to;

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "kind", converter = Converters.Unit.class,
      completionCandidates = Converters.Unit.class,
      description = "A row per clause kind or per rubric criterion: ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE}).")
  private PanelUnit unit;

  @Option(names = "--rubric", paramLabel = "NAME", defaultValue = "haven", converter = RubricConverter.class,
      completionCandidates = RubricConverter.Names.class,
      description = "With --by criterion, the rubric whose criteria make the rows: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE}).")
  private Rubric rubric;

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
      description = "Output: csv or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    LocalDate last = to != null ? to : LocalDate.now();
    if (from != null && from.isAfter(last)) {
      throw new InputException("--from (" + from + ") comes after " + (to != null ? "--to" : "today") + " (" + last
          + ")");
    }
    return writingTo(output, paths, () -> run(last));
  }

  private Integer run(LocalDate last) {
    SetLoader.Loaded loaded = loader().loadAll(paths, diagnostics());
    if (loaded.anyInvalid()) {
      return ExitCode.BAD_INPUT;
    }
    List<ClauseSet> sets = loaded.sets().stream().map(LoadedSet::set).filter(jurisdictions::admits).toList();
    Panel panel = Panel.of(sets, unit, rubric, Optional.ofNullable(from), last);
    if (!panel.undated().isEmpty()) {
      List<String> ids = panel.undated().stream().map(ClauseSet::id).toList();
      err().println(AsOfOption.undatedNote(ids, "in time", "in no row"));
    }
    if (panel.rows().isEmpty()) {
      err().println("No dated enacted set in force between " + (from != null ? from : "the first") + " and " + last
          + (jurisdictions.given() ? " for --jurisdiction." : "."));
      return ExitCode.NO;
    }
    PrintWriter out = out();
    if (format == Format.JSON) {
      DataWriters.json(PanelOutput.json(panel, Optional.ofNullable(from), last), out);
    } else {
      PanelOutput.csv(panel, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}
