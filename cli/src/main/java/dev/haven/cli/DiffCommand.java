package dev.haven.cli;

import dev.haven.render.data.DataWriters;
import dev.haven.render.data.DiffJson;
import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.history.LawOn;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.query.Query;
import dev.haven.render.diff.DiffHtml;
import dev.haven.render.diff.DiffMarkdown;
import dev.haven.render.diff.DiffText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven diff OLD NEW}: what changed between two clause sets, and what each change does to the protection. */
@Command(
    name = "diff",
    header = "What changed between two sets, and its impact on protection.",
    mixinStandardHelpOptions = true,
    description = {
        "Compares two clause sets clause by clause: what was added, removed or modified, each field that "
            + "changed, and whether each change strengthens or weakens the protection (or is neutral, or "
            + "mixed).",
        "With --jurisdiction, --from and --to, compares one jurisdiction's law on two days instead: the sets read"
            + " from the PATHs that were in force on each day (by their date, effective and ended fields), joined.",
        "Exit 0 when the sets are the same, 1 when they differ, as diff(1) does."
    },
    customSynopsis = {
        "haven diff [-hV] [-f FORMAT] [-o FILE] OLD NEW",
        "haven diff [-hV] [-f FORMAT] [-o FILE] --jurisdiction TEXT --from DATE --to DATE PATH..."
    })
final class DiffCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON, MARKDOWN, HTML }

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "OLD and NEW, the clause-set files to compare; with --jurisdiction, clause-set files or folders"
          + " to search.")
  private List<Path> paths;

  @Option(names = "--jurisdiction", paramLabel = "TEXT",
      description = "Compare this jurisdiction's law on two days: the one jurisdiction whose name contains TEXT, or"
          + " whose state's code or name is TEXT.")
  private String jurisdiction;

  @Option(names = "--from", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "With --jurisdiction, the earlier day (YYYY-MM-DD).")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "With --jurisdiction, the later day (YYYY-MM-DD).")
  private LocalDate to;

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    if (jurisdiction == null) {
      if (from != null || to != null) {
        throw new InputException("--from and --to compare one jurisdiction's law on two days: give --jurisdiction"
            + " too");
      }
      if (paths.size() != 2) {
        throw new InputException("expected two clause-set files, OLD and NEW; got " + paths.size()
            + " (to compare a jurisdiction's law on two days, give --jurisdiction, --from and --to)");
      }
      return writingTo(output, paths, this::files);
    }
    if (from == null || to == null) {
      throw new InputException("--jurisdiction compares the law on two days: give --from and --to");
    }
    return writingTo(output, paths, this::days);
  }

  private Integer files() {
    LoadResult old = load(paths.get(0), "OLD");
    LoadResult neu = load(paths.get(1), "NEW");
    Diagnostics diagnostics = diagnostics();
    if (!old.isValid() || !neu.isValid()) {
      diagnostics.print(old);
      diagnostics.print(neu);
      return ExitCode.BAD_INPUT;
    }
    return print(Diff.between(old.clauseSet(), neu.clauseSet()));
  }

  private Integer days() {
    SetLoader.Loaded loaded = loader().loadAll(paths, diagnostics());
    if (loaded.anyInvalid()) {
      return ExitCode.BAD_INPUT;
    }
    List<ClauseSet> sets = loaded.sets().stream().map(LoadedSet::set)
        .filter(set -> Query.inJurisdiction(set, jurisdiction)).toList();
    Map<String, Jurisdiction> places = new LinkedHashMap<>();
    sets.forEach(set -> places.putIfAbsent(set.jurisdiction().name(), set.jurisdiction()));
    if (places.size() != 1) {
      throw new InputException("--jurisdiction '" + jurisdiction + "' " + (places.isEmpty()
          ? "matches no jurisdiction of the sets read"
          : "matches " + places.size() + " jurisdictions (" + String.join("; ", places.keySet())
              + "); give a TEXT that only one of them contains"));
    }
    Jurisdiction place = places.values().iterator().next();
    List<String> undated = sets.stream().filter(ClauseSet::undatedLaw).map(ClauseSet::id).toList();
    if (!undated.isEmpty()) {
      err().println(AsOfOption.undatedNote(undated, "on either day", "left out"));
    }
    List<ClauseSet> before = LawOn.inForce(sets, from);
    List<ClauseSet> after = LawOn.inForce(sets, to);
    if (before.isEmpty() && after.isEmpty()) {
      err().println("No enacted set of " + place.name() + " was in force on " + from + " or " + to + ".");
      return ExitCode.NO;
    }
    return print(Diff.between(LawOn.joined(place, from, before), LawOn.joined(place, to, after)));
  }

  private Integer print(SetDiff diff) {
    PrintWriter out = out();
    switch (format) {
      case TEXT -> out.print((outTerminal().color() ? DiffText.colored() : DiffText.plain()).render(diff));
      case JSON -> DataWriters.json(DiffJson.of(diff), out);
      case MARKDOWN -> out.print(new DiffMarkdown().render(diff));
      case HTML -> out.print(new DiffHtml().render(diff));
    }
    out.flush();
    return diff.isEmpty() ? ExitCode.OK : ExitCode.NO;
  }

  private static LoadResult load(Path file, String role) {
    if (!Files.exists(file)) {
      throw new InputException(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(file + ": " + role + " must be a clause-set file, not a folder");
    }
    return new ClauseSetReader().read(file);
  }
}
