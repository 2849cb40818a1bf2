package dev.haven.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;

/** The {@code haven} executable. The only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // not System.out: a PrintStream swallows write errors, and a full disk must not end in exit 0
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int code = new HavenCli(Terminal.detect(System.console() != null, System.getenv()))
        .run(stdout, System.err, args);
    System.err.flush();
    System.exit(code);
  }
}
