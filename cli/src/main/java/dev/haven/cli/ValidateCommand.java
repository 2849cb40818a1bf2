package dev.haven.cli;

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
    loader().load(paths, result -> {
      if (result.isValid()) {
        int n = result.clauseSet().clauses().size();
        out.println("OK " + VisibleText.line(result.origin()) + " (" + n + (n == 1 ? " clause)" : " clauses)"));
      } else {
        invalid[0] = true;
        diagnostics.print(result);
      }
    });
    out.flush();
    return invalid[0] ? ExitCode.BAD_INPUT : ExitCode.OK;
  }
}
