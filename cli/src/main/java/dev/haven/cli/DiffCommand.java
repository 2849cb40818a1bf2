package dev.haven.cli;

import dev.haven.cli.output.DataWriters;
import dev.haven.cli.output.DiffJson;
import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.render.diff.DiffHtml;
import dev.haven.render.diff.DiffMarkdown;
import dev.haven.render.diff.DiffText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        "Exit 0 when the sets are the same, 1 when they differ, as diff(1) does."
    })
final class DiffCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON, MARKDOWN, HTML }

  @Parameters(index = "0", paramLabel = "OLD", description = "The clause set to compare from (a file).")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The clause set to compare to (a file).")
  private Path after;

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, List.of(before, after), this::run);
  }

  private Integer run() {
    LoadResult old = load(before, "OLD");
    LoadResult neu = load(after, "NEW");
    Diagnostics diagnostics = diagnostics();
    if (!old.isValid() || !neu.isValid()) {
      diagnostics.print(old);
      diagnostics.print(neu);
      return ExitCode.BAD_INPUT;
    }
    SetDiff diff = Diff.between(old.clauseSet(), neu.clauseSet());
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
