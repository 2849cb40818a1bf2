package dev.haven.cli;

import dev.haven.core.io.AtomicFile;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every haven subcommand needs: the writers picocli was given, and the terminal they go to. */
abstract class Subcommand {

  @ParentCommand
  private HavenCommand parent;

  @Spec
  private CommandSpec spec;

  /** Where {@link #out()} writes while a command's output goes to an -o file. */
  private PrintWriter captured;

  PrintWriter out() {
    return captured != null ? captured : spec.commandLine().getOut();
  }

  /**
   * Runs {@code body} with {@link #out()} going to {@code option}'s file when -o was given: the file is checked
   * first (not an input, not a folder, not a clause-set file inside an input folder), and written whole, by atomic
   * replacement, once the body has finished; when the body reports bad input (exit 2) nothing is written.
   */
  int writingTo(OutputFileOption option, List<Path> inputs, Callable<Integer> body) throws Exception {
    Optional<Path> file = option.file();
    if (file.isEmpty()) {
      return body.call();
    }
    OutputTarget.check(file.get(), inputs);
    StringWriter buffer = new StringWriter();
    captured = new PrintWriter(buffer);
    int code;
    try {
      code = body.call();
    } finally {
      captured = null;
    }
    if (code != ExitCode.BAD_INPUT) {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(file.get(), out -> out.write(bytes));
    }
    return code;
  }

  /** The terminal {@link #out()} prints to: none (no colours) while the output goes to a file. */
  Terminal outTerminal() {
    return captured != null ? Terminal.PIPE : terminal();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Standard output as bytes, for a binary document; whatever was printed to {@link #out()} is flushed first. */
  OutputStream binaryOut() {
    out().flush();
    return parent.binaryOut();
  }

  Terminal terminal() {
    return parent.terminal();
  }

  /** Reads the PATHs a command was given, with a progress line on a terminal when there are many files. */
  SetLoader loader() {
    SetLoader loader = new SetLoader(Progress.on(err(), terminal()));
    ParseCacheLocation.takeWarning().ifPresent(w -> err().println(w));
    return loader;
  }

  /** Prints problems of input files to stderr, as the terminal allows. */
  Diagnostics diagnostics() {
    return new Diagnostics(err(), terminal());
  }
}
