package dev.haven.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old file or the whole new one, never a half-written file: the
 * content goes to a temporary file beside the target, which then replaces it in one rename.
 */
public final class AtomicFile {

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content.
     *
     * @param out where to write it; closed by {@link AtomicFile#write}
     * @throws IOException when writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFile() {}

  /**
   * Writes {@code target} whole or not at all.
   *
   * @param target the file to write or replace; its folder must exist
   * @param content what to write
   * @throws IOException when the content cannot be written or moved into place; a temporary file is never left
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    // not Files.createTempFile: its file is readable by the owner only, and the output should have the
    // permissions any new file gets
    Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
        + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // some file systems cannot rename atomically; replacing is still better than failing
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
