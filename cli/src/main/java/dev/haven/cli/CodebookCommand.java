package dev.haven.cli;

import dev.haven.render.data.CodebookOutput;
import dev.haven.render.data.DataWriters;
import dev.haven.core.compare.Rubric;
import dev.haven.core.history.PanelUnit;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven codebook}: every column of {@code haven panel} and every value it takes, from the model. */
@Command(
    name = "codebook",
    header = "Describes every column of `haven panel` and every value it takes.",
    mixinStandardHelpOptions = true,
    description = "Generated from the model's kinds, vocabularies and rubrics, so it describes the panel this"
        + " version of Haven writes.")
final class CodebookCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, MARKDOWN, JSON }

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "kind", converter = Converters.Unit.class,
      completionCandidates = Converters.Unit.class,
      description = "The panel described: a row per ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private PanelUnit unit;

  @Option(names = "--rubric", paramLabel = "NAME", defaultValue = "haven", converter = RubricConverter.class,
      completionCandidates = RubricConverter.Names.class,
      description = "With --by criterion, the rubric: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Rubric rubric;

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text, markdown or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, List.of(), this::run);
  }

  private Integer run() {
    CodebookOutput codebook = new CodebookOutput(unit, rubric);
    PrintWriter out = out();
    switch (format) {
      case JSON -> DataWriters.json(codebook.json(), out);
      case MARKDOWN -> codebook.markdown(out);
      case TEXT -> codebook.text(out);
    }
    out.flush();
    return ExitCode.OK;
  }
}
