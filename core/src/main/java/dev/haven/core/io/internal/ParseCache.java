package dev.haven.core.io.internal;

import dev.haven.core.io.ReadLimits;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Parse trees of files already read, stored in a folder and found again by the SHA-256 of the file's bytes, its
 * syntax and the limits it was read under. Only a file that parsed without a problem is stored, so a hit stands
 * for a parse that would succeed again; binding and validation still run on every read.
 *
 * <p>The cache is an optimization and never a source of errors: an entry that cannot be read or written is
 * ignored (and rewritten on the next read). Entries are written to a temporary file and moved into place, so a
 * concurrent reader sees a whole entry or none. The folder must belong to one build of Haven: the tree reader's
 * behaviour may change between builds, and entries do not record which build wrote them.
 */
public final class ParseCache {

  private final Path dir;

  /**
   * A cache in {@code dir}, created on first write.
   *
   * @param dir the folder; one per build of Haven
   */
  public ParseCache(Path dir) {
    this.dir = dir;
  }

  /** The entry's name: the content, the syntax and the limits decide what a parse gives. */
  static String key(byte[] bytes, boolean json, ReadLimits limits) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes);
      sha.update((byte) (json ? 'J' : 'Y'));
      sha.update(limits.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  Optional<Node> get(String key) {
    try {
      return Optional.of(NodeCodec.decode(Files.readAllBytes(entry(key))));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry is a miss; the next put replaces it
    }
  }

  void put(String key, Node root) {
    Path target = entry(key);
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "entry", ".tmp");
      Files.write(tmp, NodeCodec.encode(root));
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk costs speed, not correctness
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  private Path entry(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".tree");
  }
}
