package dev.haven.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every haven subcommand needs: the writers picocli was given, and the terminal they go to. */
abstract class Subcommand {

  @ParentCommand
  private HavenCommand parent;

  @Spec
  private CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
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
    return new SetLoader(Progress.on(err(), terminal()));
  }

  /** Prints problems of input files to stderr, as the terminal allows. */
  Diagnostics diagnostics() {
    return new Diagnostics(err(), terminal());
  }
}
