package dev.haven.importer;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** What kind of document an ordinance comes as. */
public enum InputFormat {
  /** A web page: navigation, scripts and styles are dropped, nothing it references is fetched. */
  HTML,
  /** Plain text, UTF-8. */
  TEXT;

  /**
   * The format a file's name says: {@code .html}, {@code .htm}, {@code .xhtml}; {@code .txt}, {@code .text}.
   *
   * @param file the file
   * @return its format, or empty for any other name
   */
  public static Optional<InputFormat> of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Optional.of(HTML);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    return Optional.empty();
  }
}
