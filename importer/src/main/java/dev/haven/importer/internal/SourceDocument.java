package dev.haven.importer.internal;

import java.util.List;
import java.util.Optional;

/**
 * An ordinance as lines of text, whatever form it came in.
 *
 * @param title the title its container gives (a web page's {@code <title>}), if any
 */
public record SourceDocument(List<SourceLine> lines, Optional<String> title) {

  public SourceDocument {
    lines = List.copyOf(lines);
  }
}
