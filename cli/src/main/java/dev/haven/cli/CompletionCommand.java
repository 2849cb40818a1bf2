package dev.haven.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code haven completion bash|zsh|fish}: a completion script for the shell. */
@Command(
    name = "completion",
    header = "Prints a shell completion script.",
    mixinStandardHelpOptions = true,
    description = {
        "Prints a script that completes haven's commands, options and their values in bash, zsh or fish.",
        "bash: add source <(haven completion bash) to your bashrc, or save the output as the file haven in "
            + "bash-completion's completions folder. zsh: add source <(haven completion zsh) to your zshrc (the "
            + "script loads zsh's support for bash completion first). fish: haven completion fish > "
            + "~/.config/fish/completions/haven.fish"
    })
final class CompletionCommand extends Subcommand implements Callable<Integer> {

  /** The shells a script is made for. */
  enum Shell { bash, zsh, fish }

  @Parameters(paramLabel = "SHELL", description = "bash, zsh or fish.")
  private Shell shell;

  @Override
  public Integer call() {
    CommandLine everything = CompletionValues.typedAsWritten(HavenCli.everyCommand(terminal()));
    if (shell == Shell.fish) {
      out().print(FishCompletion.script("haven", everything));
      out().flush();
      return ExitCode.OK;
    }
    String script = AutoComplete.bash("haven", everything);
    if (shell == Shell.zsh) {
      // zsh runs bash completion scripts once its bashcompinit module is loaded
      out().println("autoload -U +X compinit && compinit");
      out().println("autoload -U +X bashcompinit && bashcompinit");
    }
    out().print(script);
    out().flush();
    return ExitCode.OK;
  }
}
