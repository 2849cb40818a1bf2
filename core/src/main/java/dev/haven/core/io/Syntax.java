package dev.haven.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a clause-set file may be written in. */
public enum Syntax {
  /** YAML 1.2 (the usual syntax for clause sets). */
  YAML,
  /** JSON, read by the same rules as YAML. */
  JSON;

  /**
   * The syntax a file's name says it is in: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML.
   *
   * @param file a file
   * @return the syntax its name says it is in; empty for any other name
   */
  public static Optional<Syntax> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
