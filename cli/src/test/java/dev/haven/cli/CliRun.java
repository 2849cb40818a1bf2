package dev.haven.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process and captures what it printed and how it exited. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return with(Terminal.PIPE, List.of(), args);
  }

  static CliRun with(Terminal terminal, List<Object> extraCommands, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new HavenCli(terminal, extraCommands).run(out, err, args);
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
