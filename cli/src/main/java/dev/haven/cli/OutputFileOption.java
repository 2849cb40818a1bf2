package dev.haven.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code -o FILE}, shared by the commands that print text: the same option, words and rules everywhere. */
final class OutputFileOption {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output: the whole output or nothing, never over an input.")
  private Path file;

  /** {@return the file to write, when -o was given} */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
