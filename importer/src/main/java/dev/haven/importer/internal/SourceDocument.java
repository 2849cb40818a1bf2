package dev.haven.importer.internal;

import java.util.List;
import java.util.Optional;

/**
 * An ordinance as lines of text, whatever form it came in.
 *
 * @param title the title its container gives (a web page's {@code <title>}), if any
 * @param headingsMarked whether the container marks its headings (a web page's {@code <h2>}); a text file does not,
 *     so a title line alone is read as one
 */
public record SourceDocument(List<SourceLine> lines, Optional<String> title, boolean headingsMarked) {

  public SourceDocument {
    lines = List.copyOf(lines);
  }
}
