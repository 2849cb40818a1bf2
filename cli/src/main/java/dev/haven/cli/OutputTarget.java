package dev.haven.cli;

import dev.haven.core.io.Syntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks an {@code -o FILE} before anything is written to it: never over an input, never into nowhere. */
final class OutputTarget {

  private OutputTarget() {}

  /**
   * @throws InputException when {@code output} is a folder, in a missing folder, one of {@code inputs}, or a
   *     clause-set file (.yaml, .yml, .json) inside an input folder, where the next run would read it as a set
   */
  static void check(Path output, List<Path> inputs) throws IOException {
    Path dir = output.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new InputException(output + ": the folder " + dir + " does not exist");
    }
    if (Files.isDirectory(output)) {
      throw new InputException(output + ": is a folder; -o takes a file name");
    }
    for (Path input : inputs) {
      if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
        throw new InputException(output + ": is an input file; will not write over it");
      }
      if (Files.isDirectory(input) && Syntax.of(output).isPresent()
          && output.toAbsolutePath().normalize().startsWith(input.toAbsolutePath().normalize())) {
        throw new InputException(output + ": is inside the input folder " + input + ", where it would be read as a"
            + " clause set next time; write it elsewhere");
      }
    }
  }
}
