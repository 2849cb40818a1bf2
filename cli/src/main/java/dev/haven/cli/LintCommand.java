package dev.haven.cli;

import dev.haven.render.VisibleText;
import dev.haven.render.data.DataWriters;
import dev.haven.render.data.LintJson;
import dev.haven.core.lint.Finding;
import dev.haven.core.lint.LintRule;
import dev.haven.core.lint.Linter;
import dev.haven.core.lint.Severity;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.ClauseSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven lint PATH...}: legal and drafting warnings, each with a rule id that docs/lint.md explains. */
@Command(
    name = "lint",
    header = "Warns about legal and drafting risks in clause sets.",
    mixinStandardHelpOptions = true,
    description = {
        "Legal and drafting warnings for clause sets: limits on sharing immigration status with no savings "
            + "provision for 8 U.S.C. § 1373 and § 1644, text that contradicts its modality, undefined "
            + "exception grounds, overlapping or contradicting clauses, placeholders left behind, unused "
            + "template parameters, no severability clause.",
        "Each finding prints as FILE:LINE:COLUMN: SEVERITY: MESSAGE [RULE]; docs/lint.md explains every "
            + "rule.",
        "Exit 0 when nothing warns, 1 when something does (info alone does not, unless --fail-on info), 2 "
            + "when a file is not a valid clause set."
    })
final class LintCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON }

  /** What lint works on: the files under PATH, or (--rules) its own rules; exactly one of the two. */
  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target = new Target();

  static final class Target {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--rules", description = "List the rules and exit.")
    private boolean listRules;
  }

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "Lint only the sets in force on DATE (YYYY-MM-DD); without it, every file, whatever its status.")
  private LocalDate asOf;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
      converter = Converters.SeverityConverter.class,
      description = "The least severity that makes lint exit 1: warning or info (default: ${DEFAULT-VALUE}).")
  private Severity failOn;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, target.paths, this::run);
  }

  private Integer run() {
    PrintWriter out = out();
    if (target.listRules) {
      for (LintRule rule : Linter.rules()) {
        out.printf("%s  %-7s  %s%n", rule.id(), rule.severity().wireName(), rule.summary());
      }
      out.flush();
      return ExitCode.OK;
    }
    Diagnostics diagnostics = diagnostics();
    Linter linter = new Linter();
    List<LintJson.FileFindings> all = new ArrayList<>();
    boolean[] invalid = {false};
    loader().load(target.paths, result -> {
      if (result.isValid() && asOf != null && !result.clauseSet().inForceOn(asOf)) {
        return;
      }
      if (result.isValid()) {
        List<Finding> findings = linter.lint(result);
        if (asOf != null) {
          // a clause whose own dates put it out of force that day is not the law asked about
          ClauseSet set = result.clauseSet();
          findings = findings.stream().filter(f -> f.clause().flatMap(set::clause)
              .map(c -> c.core().life().on(asOf) != ClauseLife.InForce.NO).orElse(true)).toList();
        }
        all.add(new LintJson.FileFindings(result.origin(), result.clauseSet().id(), findings));
      } else {
        invalid[0] = true;
        diagnostics.print(result);
      }
    });
    if (format == Format.JSON) {
      DataWriters.json(LintJson.of(all), out);
    } else {
      printText(out, all);
    }
    out.flush();
    if (invalid[0]) {
      return ExitCode.BAD_INPUT;
    }
    boolean fails = all.stream().flatMap(f -> f.findings().stream())
        .anyMatch(f -> f.severity().compareTo(failOn) >= 0);
    return fails ? ExitCode.NO : ExitCode.OK;
  }

  private void printText(PrintWriter out, List<LintJson.FileFindings> all) {
    Terminal t = outTerminal();
    int warnings = 0;
    int infos = 0;
    for (LintJson.FileFindings file : all) {
      for (Finding f : file.findings()) {
        String label = f.severity().wireName() + ":";
        out.println(t.bold(VisibleText.line(file.file()) + ":" + f.position().line() + ":" + f.position().column()
            + ":") + " " + (f.severity() == Severity.WARNING ? t.red(label) : label) + " "
            + VisibleText.line(f.message()) + " [" + f.rule() + "]");
        if (f.severity() == Severity.WARNING) {
          warnings++;
        } else {
          infos++;
        }
      }
    }
    int files = all.size();
    out.println(count(warnings, "warning") + ", " + count(infos, "info finding") + " in " + count(files, "file")
        + (warnings + infos > 0 ? "; rules are explained in docs/lint.md" : ""));
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
