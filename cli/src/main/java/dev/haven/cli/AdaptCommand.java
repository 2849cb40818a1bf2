package dev.haven.cli;

import dev.haven.render.VisibleText;
import dev.haven.core.diff.ChangeType;
import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.Diff;
import dev.haven.core.diff.Impact;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.io.AtomicFile;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.template.AdaptProblem;
import dev.haven.core.template.AdaptResult;
import dev.haven.core.template.ParameterFile;
import dev.haven.core.template.ParameterValue;
import dev.haven.core.template.TemplateAdapter;
import dev.haven.render.diff.DiffText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven adapt TEMPLATE}: a new city's own clause set, made from a template, and what it changes. */
@Command(
    name = "adapt",
    header = "Makes a city's own clause set from a template.",
    mixinStandardHelpOptions = true,
    description = {
        "Makes a new clause set (status: draft) from a template (status: template): fills in its "
            + "$${parameters}, leaves out the clauses named by --drop, and gives the set a new id. Then reports "
            + "what the new set changes against the template filled with its defaults, and whether each change "
            + "strengthens or weakens a protection. The set goes to -o FILE (the report to stdout), or to "
            + "stdout as YAML (the report to stderr).",
        "Placeholders are plain names only: no $${env:...}, $${sys:...}, $${file:...} or other lookups, "
            + "and a value containing $${...} is inserted as it is."
    })
final class AdaptCommand extends Subcommand implements Callable<Integer> {

  @Parameters(paramLabel = "TEMPLATE", description = "A clause set with status: template (e.g. seeds/templates/).")
  private Path templateFile;

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "A parameter's value; repeat for each. Overrides --params.")
  private List<String> sets = new ArrayList<>();

  @Option(names = "--params", paramLabel = "FILE",
      description = "A YAML file of parameter values (name: value per line).")
  private Path paramsFile;

  @Option(names = "--list-params", description = "List the template's parameters, with what each should be and its"
      + " default, and make nothing.")
  private boolean listParams;

  @Option(names = "--drop", paramLabel = "CLAUSE-ID", description = "Leave out this clause; repeat for each.")
  private List<String> drops = new ArrayList<>();

  @Option(names = "--id", paramLabel = "SET-ID",
      description = "The new set's id (default: from the jurisdiction, e.g. us-wi-madison/safe-haven-resolution).")
  private String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the new set to FILE.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(templateFile)) {
      throw new InputException(templateFile + (Files.isDirectory(templateFile)
          ? ": is a folder; adapt takes one template file" : ": no such file"));
    }
    Diagnostics diagnostics = diagnostics();
    LoadResult template = new ClauseSetReader().read(templateFile);
    if (!template.isValid()) {
      diagnostics.print(template);
      return ExitCode.BAD_INPUT;
    }
    if (listParams) {
      return listParams(template.clauseSet());
    }
    List<ParameterValue> values = new ArrayList<>();
    Optional<ParameterFile> params = Optional.ofNullable(paramsFile).map(ParameterFile::read);
    if (params.isPresent()) {
      ParameterFile file = params.get();
      file.problems().forEach(p -> diagnostics.print(file.origin(), Optional.of(p.position()), p.message(),
          file::line));
      if (!file.isValid()) {
        return ExitCode.BAD_INPUT;
      }
      values.addAll(file.values());
    }
    for (String assignment : sets) {
      int eq = assignment.indexOf('=');
      if (eq <= 0) {
        throw new InputException("--set " + assignment + ": expected NAME=VALUE, e.g. --set city=\"City of Example "
            + "Falls\"");
      }
      values.add(ParameterValue.fromOption("--set", assignment.substring(0, eq), assignment.substring(eq + 1)));
    }
    if (output != null) {
      List<Path> inputs = new ArrayList<>(List.of(templateFile));
      params.ifPresent(p -> inputs.add(paramsFile));
      OutputTarget.check(output, inputs);
    }

    AdaptResult result = new TemplateAdapter().adapt(template,
        new TemplateAdapter.Request(values, drops, Optional.ofNullable(id)));
    if (!result.problems().isEmpty()) {
      for (AdaptProblem p : result.problems()) {
        diagnostics.print(p.origin(), p.position(), p.message(), line -> p.origin().equals(template.origin())
            ? template.line(line) : params.map(f -> f.line(line)).orElse(""));
      }
      return ExitCode.BAD_INPUT;
    }
    ClauseSet adapted = result.set().get();
    String yaml = new ClauseSetWriter().toYaml(adapted);
    PrintWriter report;
    if (output == null) {
      out().print(yaml);
      out().flush();
      report = err();
    } else {
      AtomicFile.write(output, out -> out.write(yaml.getBytes(StandardCharsets.UTF_8)));
      report = out();
    }
    report(report, adapted, Diff.between(result.baseline().get(), adapted));
    if (!result.keptDefaults().isEmpty()) {
      report.println("kept the template's default (no value given; check that it fits your jurisdiction):");
      result.keptDefaults().forEach((name, value) -> report.println("  " + name + " = \""
          + VisibleText.line(value) + "\""));
      report.flush();
    }
    return ExitCode.OK;
  }

  /** What the new set changes against the template filled with its defaults: every change that is not wording. */
  private void report(PrintWriter to, ClauseSet adapted, SetDiff diff) {
    to.println("adapted " + diff.oldId() + " -> " + adapted.id() + (output == null ? "" : " (" + output + ")")
        + ": " + adapted.clauses().size() + " clauses, status " + adapted.status().wireName());
    to.println("against the template's defaults: " + DiffText.summaryLine(diff.summary()));
    int neutral = 0;
    for (ClauseChange c : diff.changes()) {
      if (c.impact() == Impact.NEUTRAL) {
        neutral++;
        continue;
      }
      to.println("  " + (c.change() == ChangeType.REMOVED ? "dropped " : c.change().wireName() + " ") + c.id()
          + "  [" + c.kind().wireName() + "]  " + c.impact().wireName().toUpperCase(Locale.ROOT));
      c.fields().stream().filter(f -> f.impact() != Impact.NEUTRAL).forEach(f -> to.println("      " + f.field()
          + ": " + f.impact().wireName() + (f.reasons().isEmpty() ? ""
          : " (" + VisibleText.line(String.join("; ", f.reasons())) + ")")));
    }
    if (neutral > 0) {
      to.println("  " + neutral + (neutral == 1 ? " clause" : " clauses") + " changed in wording only (neutral)");
    }
    to.flush();
  }

  /** Each parameter on a line of its own, then what it should be and its default, indented. */
  private int listParams(dev.haven.core.model.ClauseSet template) {
    if (template.status() != dev.haven.core.vocab.Status.TEMPLATE) {
      throw new InputException(templateFile + ": is not a template (status: " + template.status().wireName() + ")");
    }
    var out = out();
    if (template.params().isEmpty()) {
      out.println("The template has no parameters.");
    }
    template.params().values().forEach(p -> {
      out.println(p.name());
      p.description().ifPresent(d -> out.println("    " + VisibleText.line(d)));
      out.println("    default: " + p.defaultValue().map(v -> "\"" + VisibleText.line(v) + "\"")
          .orElse("none (required)"));
    });
    out.flush();
    return ExitCode.OK;
  }
}
