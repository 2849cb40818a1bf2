package dev.haven.render.data;

import java.util.ArrayList;
import java.util.List;

/** Wraps text to a width at spaces, and after a hyphen when a hyphenated name is too long for one line. */
public final class TextLines {

  private TextLines() {}

  /**
   * The lines of {@code text} wrapped to {@code width}; a word longer than a line is broken.
   *
   * @param text the text
   * @param width the most characters a line holds
   * @return the lines
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      // Pieces of one split word never share a line: together they are longer than the width.
      for (String piece : pieces(word, width)) {
        if (line.length() > 0 && line.length() + 1 + piece.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(piece);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A word longer than the width, split after its last hyphen that fits, or hard where it has none. */
  private static List<String> pieces(String word, int width) {
    List<String> out = new ArrayList<>();
    String rest = word;
    while (rest.length() > width) {
      int hyphen = rest.lastIndexOf('-', width - 1);
      int at = hyphen > 0 ? hyphen + 1 : width;
      out.add(rest.substring(0, at));
      rest = rest.substring(at);
    }
    out.add(rest);
    return out;
  }
}
