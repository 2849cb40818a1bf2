package dev.haven.cli;

/** The {@code haven} executable. The only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int code = new HavenCli(Terminal.detect(System.console() != null, System.getenv()))
        .run(System.out, System.err, args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }
}
