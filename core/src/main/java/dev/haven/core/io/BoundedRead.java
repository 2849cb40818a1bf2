package dev.haven.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a whole file, but never more than a limit, whatever the file is: {@code Files.size} says nothing of a FIFO,
 * a device such as {@code /dev/zero}, or standard input, and {@code readAllBytes} on them reads until memory runs
 * out.
 */
public final class BoundedRead {

  private BoundedRead() {}

  /** A file longer than the limit; nothing of it is kept. */
  public static final class TooLargeException extends IOException {
    /** Serialization version; the exception carries only its limit and message. */
    private static final long serialVersionUID = 1L;

    /** The limit the file went past, in bytes. */
    private final long limit;

    TooLargeException(Path file, long limit) {
      super(file + ": longer than " + limit + " bytes");
      this.limit = limit;
    }

    /** {@return the limit the file went past, in bytes} */
    public long limit() {
      return limit;
    }
  }

  /**
   * The file's bytes.
   *
   * @param file any readable path: a regular file, a link, a FIFO, a device
   * @param maxBytes the most to read
   * @return every byte of the file
   * @throws TooLargeException when the file holds more than {@code maxBytes}
   * @throws IOException when it cannot be read
   */
  public static byte[] of(Path file, long maxBytes) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
      throw new TooLargeException(file, maxBytes);
    }
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new TooLargeException(file, maxBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
