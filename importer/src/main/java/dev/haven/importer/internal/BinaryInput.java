package dev.haven.importer.internal;

import dev.haven.core.io.Position;
import java.util.Optional;

/**
 * Whether an input is binary data rather than text, in any charset a page may declare: one check for every format,
 * made before anything is parsed, since drafting random bytes as text takes long and says nothing.
 */
public final class BinaryInput {

  private static final int SAMPLE = 1 << 16;

  private BinaryInput() {}

  /**
   * Why and where the bytes are not text: at the first NUL byte anywhere, or, when more than one in twenty of the
   * first 64 KB are control bytes other than tab, line feed, form feed and carriage return (an image, random data),
   * at the first of those.
   *
   * @param bytes the input
   * @return the message and the position (line, and column in characters), or empty for text
   */
  public static Optional<Found> find(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    int controls = 0;
    int firstControl = -1;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return Optional.of(new Found(positionOf(bytes, start, i),
            "a NUL byte: this is a binary file, not text; import reads .txt (UTF-8) and .html files"));
      }
      if (i < SAMPLE && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
        controls++;
        firstControl = firstControl < 0 ? i : firstControl;
      }
    }
    int sampled = Math.min(bytes.length, SAMPLE) - start;
    if (controls * 20 > sampled) {
      return Optional.of(new Found(positionOf(bytes, start, firstControl),
          "control characters throughout: this is a binary file, not text; import reads .txt (UTF-8) and .html"
              + " files"));
    }
    return Optional.empty();
  }

  /**
   * Binary data found in an input.
   *
   * @param position where it starts
   * @param message what it is
   */
  public record Found(Position position, String message) {}

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
  }

  /** The line and column (in characters) of byte {@code index}, counting from {@code start}. */
  static Position positionOf(byte[] bytes, int start, int index) {
    int line = 1;
    int column = 1;
    for (int i = start; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xc0) != 0x80) {
        column++;
      }
    }
    return new Position(line, column);
  }
}
