package dev.haven.cli;

import dev.haven.core.history.VersionLinks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import dev.haven.render.VisibleText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code haven validate PATH...}: checks files against format haven/1. */
@Command(
    name = "validate",
    header = "Checks clause-set files against format haven/1.",
    mixinStandardHelpOptions = true,
    description = {
        "Checks clause-set files against format haven/1.",
        "Prints 'OK FILE (N clauses)' for each valid file; every problem of an invalid file goes to stderr as "
            + "FILE:LINE:COLUMN: error: MESSAGE."
    })
final class ValidateCommand extends Subcommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Override
  public Integer call() {
    Diagnostics diagnostics = diagnostics();
    var out = out();
    boolean[] invalid = {false};
    List<VersionLinks.Version> versions = new ArrayList<>();
    List<String> ok = new ArrayList<>();
    loader().load(paths, result -> {
      if (result.isValid()) {
        int n = result.clauseSet().clauses().size();
        versions.add(VersionLinks.Version.of(result));
        ok.add(result.origin() + "\u0000OK " + VisibleText.line(result.origin()) + " (" + n
            + (n == 1 ? " clause)" : " clauses)"));
      } else {
        invalid[0] = true;
        diagnostics.print(result);
      }
    });
    // links between sets (supersedes, amends, superseded-by) can be checked only once every file is read
    Set<String> badLinks = new HashSet<>();
    for (VersionLinks.LinkProblem p : VersionLinks.check(versions)) {
      diagnostics.print(p.origin(), Optional.of(p.position()), p.message(), line -> "");
      badLinks.add(p.origin());
    }
    for (String line : ok) {
      int cut = line.indexOf('\u0000');
      if (!badLinks.contains(line.substring(0, cut))) {
        out.println(line.substring(cut + 1));
      }
    }
    out.flush();
    return invalid[0] || !badLinks.isEmpty() ? ExitCode.BAD_INPUT : ExitCode.OK;
  }
}
