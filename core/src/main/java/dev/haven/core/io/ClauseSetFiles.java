package dev.haven.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds clause-set files: a file stands for itself, a folder for every YAML and JSON file below it. */
public final class ClauseSetFiles {

  private ClauseSetFiles() {}

  /**
   * The clause-set files {@code path} names, sorted so that every run sees them in the same order. Hidden files
   * and folders (names starting with '.') below a folder are skipped.
   *
   * @param path a file or a folder
   * @return {@code path} itself when it is not a folder; otherwise the clause-set files below it, sorted
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public static List<Path> under(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Syntax.of(p).isPresent())
          .filter(p -> !isHidden(path.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
