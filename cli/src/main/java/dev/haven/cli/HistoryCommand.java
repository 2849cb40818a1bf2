package dev.haven.cli;

import dev.haven.core.history.Timeline;
import dev.haven.core.model.ClauseSet;
import dev.haven.render.data.DataWriters;
import dev.haven.render.data.HistoryOutput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven history PATH...}: each jurisdiction's law over time, with what each change did to the protection. */
@Command(
    name = "history",
    header = "Each jurisdiction's versions over time, and what each change did.",
    mixinStandardHelpOptions = true,
    description = {
        "Lists each jurisdiction's enacted sets (adopted, or since repealed) in the order they took force, with their"
            + " dates, status and source; where a set supersedes or amends another, the semantic diff's summary and"
            + " every change that strengthens or weakens a protection.",
        "Sets without a date come last. Drafts, templates, introduced sets and examples are not law and are left out."
    })
final class HistoryCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Mixin
  private JurisdictionFilter jurisdictions = new JurisdictionFilter();

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, paths, this::run);
  }

  private Integer run() {
    SetLoader.Loaded loaded = loader().loadAll(paths, diagnostics());
    if (loaded.anyInvalid()) {
      return ExitCode.BAD_INPUT;
    }
    List<ClauseSet> sets = new ArrayList<>();
    Map<String, String> files = new HashMap<>();
    for (LoadedSet each : loaded.sets()) {
      if (jurisdictions.admits(each.set())) {
        sets.add(each.set());
        files.putIfAbsent(each.set().id(), each.file());
      }
    }
    List<Timeline> timelines = Timeline.of(sets);
    if (timelines.isEmpty()) {
      err().println("No enacted set to list" + (jurisdictions.given() ? " for --jurisdiction." : "."));
      return ExitCode.NO;
    }
    PrintWriter out = out();
    if (format == Format.JSON) {
      DataWriters.json(HistoryOutput.json(timelines, files), out);
    } else {
      HistoryOutput.text(timelines, files, out);
    }
    out.flush();
    return ExitCode.OK;
  }

}
