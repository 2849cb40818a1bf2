package dev.haven.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code haven} executable. The only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = new HavenCli(Terminal.detect(System.console() != null, System.getenv())).run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
