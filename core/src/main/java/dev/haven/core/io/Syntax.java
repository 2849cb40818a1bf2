package dev.haven.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a clause-set file may be written in. */
public enum Syntax {
  YAML,
  JSON;

  /** The syntax a file's name says it is in: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML. */
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
