package dev.haven.cli;

import dev.haven.render.data.DataWriters;
import dev.haven.render.data.TextLines;
import dev.haven.core.compare.Rubric;
import dev.haven.core.history.Codebook;
import dev.haven.core.history.Column;
import dev.haven.core.history.PanelUnit;
import dev.haven.render.VisibleText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static final int WIDTH = 100;

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
    List<Column> columns = Codebook.columns(unit, rubric);
    PrintWriter out = out();
    switch (format) {
      case JSON -> DataWriters.json(json(columns), out);
      case MARKDOWN -> markdown(columns, out);
      case TEXT -> text(columns, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private String title() {
    return "Codebook of `haven panel --by " + unit.wireName() + "`"
        + (unit == PanelUnit.CRITERION ? " (rubric " + rubric.name() + ")" : "") + ": " + unit.meaning() + ".";
  }

  private void text(List<Column> columns, PrintWriter out) {
    TextLines.wrap(title().replace("`", ""), WIDTH).forEach(out::println);
    for (Column c : columns) {
      out.println();
      out.println(c.name() + " (" + c.type().wireName() + ")");
      TextLines.wrap(VisibleText.line(c.meaning()), WIDTH - 4).forEach(l -> out.println("    " + l));
      int pad = c.codes().stream().mapToInt(code -> code.value().length()).max().orElse(0);
      for (Column.Code code : c.codes()) {
        List<String> lines = TextLines.wrap(VisibleText.line(code.meaning()), Math.max(20, WIDTH - 8 - pad));
        for (int i = 0; i < lines.size(); i++) {
          String label = i == 0 ? code.value() : "";
          out.println("      " + label + " ".repeat(pad - label.length() + 2) + lines.get(i));
        }
      }
    }
  }

  private void markdown(List<Column> columns, PrintWriter out) {
    out.println("# " + title());
    out.println();
    out.println("| column | type | meaning |");
    out.println("|---|---|---|");
    for (Column c : columns) {
      out.println("| `" + c.name() + "` | " + c.type().wireName() + " | " + cell(c.meaning()) + " |");
    }
    for (Column c : columns) {
      if (c.codes().isEmpty()) {
        continue;
      }
      out.println();
      out.println("## `" + c.name() + "`");
      out.println();
      out.println("| value | meaning |");
      out.println("|---|---|");
      c.codes().forEach(code -> out.println("| `" + code.value() + "` | " + cell(code.meaning()) + " |"));
    }
  }

  private static String cell(String text) {
    return VisibleText.line(text).replace("|", "\\|");
  }

  private Map<String, Object> json(List<Column> columns) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("unit", unit.wireName());
    if (unit == PanelUnit.CRITERION) {
      m.put("rubric", rubric.name());
    }
    List<Object> cols = new ArrayList<>();
    for (Column c : columns) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("name", c.name());
      col.put("type", c.type().wireName());
      col.put("meaning", c.meaning());
      List<Object> codes = new ArrayList<>();
      c.codes().forEach(code -> codes.add(Map.of("value", code.value(), "meaning", code.meaning())));
      col.put("codes", codes);
      cols.add(col);
    }
    m.put("columns", cols);
    return m;
  }
}
