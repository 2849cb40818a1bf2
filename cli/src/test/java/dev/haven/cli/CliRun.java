package dev.haven.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process and captures what it printed and how it exited. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return with(Terminal.PIPE, List.of(), args);
  }

  static CliRun with(Terminal terminal, List<Object> extraCommands, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new HavenCli(terminal, extraCommands).run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** Splits a command line at spaces, keeping "double-quoted" parts together. */
  static String[] split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder arg = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.strip().toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          args.add(arg.toString());
        }
        arg.setLength(0);
        any = false;
      } else {
        arg.append(c);
        any = true;
      }
    }
    if (any) {
      args.add(arg.toString());
    }
    return args.toArray(String[]::new);
  }
}
