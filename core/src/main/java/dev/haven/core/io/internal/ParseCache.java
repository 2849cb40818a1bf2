package dev.haven.core.io.internal;

import dev.haven.core.io.AtomicFile;
import dev.haven.core.io.BoundedRead;
import dev.haven.core.io.PrivateFolder;
import dev.haven.core.io.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Parse trees of files already read, stored in a folder and found again by a short key (CRC-32C and length of the
 * file's bytes). An entry keeps the bytes it was parsed from, the syntax and the read limits, and is used only
 * when all three are exactly those of the read at hand: a hit is checked byte for byte, so no hash collision,
 * accidental or crafted, can make one file read as another. (A SHA-256 key would have made the check unneeded,
 * but hashing took a third of a warm run's time under the launcher's C1-only JIT.) Only a file that parsed without
 * a problem is stored, so a hit stands for a parse that would succeed again; binding and validation still run on
 * every read.
 *
 * <p>Each entry ends with a CRC-32C over all it holds, tree included, so an entry edited after it was written
 * (a damaged disk, a hand edit) is a miss, not a different answer; entries are read only from regular files, never
 * through links, and never more than a bound tied to the source's size. The folder's owner is trusted: the CLI
 * keeps the cache in a folder only its user can write ({@code ParseCacheLocation}).
 *
 * <p>The cache is an optimization and never a source of errors: an entry that cannot be read or written is
 * ignored (and rewritten on the next read). Entries are written with {@link AtomicFile}, so a concurrent reader
 * sees a whole entry or none. The folder must belong to one build of Haven: the tree reader's
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

  /** What besides the bytes decides a parse: the syntax and the limits. */
  static String context(boolean json, ReadLimits limits) {
    // spelled out rather than the record's toString, whose first call spins method-handle classes at start-up
    return (json ? "json " : "yaml ") + limits.maxFileBytes() + " " + limits.maxNestingDepth() + " "
        + limits.maxStringLength() + " " + limits.maxTokens();
  }

  /** The entry's name: short, since a hit is checked against the stored bytes anyway. */
  static String key(byte[] bytes, String context) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    crc.update(context.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x%x", crc.getValue(), bytes.length);
  }

  Optional<Node> get(String key, byte[] source, String context, int maxDepth) {
    try {
      Path entry = entry(key);
      // only a regular file, never through a link: a planted link to /dev/zero or a FIFO is a miss, not a hang
      if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      // an entry holds its source, the context and a tree a few times the source's size
      return NodeCodec.decode(BoundedRead.of(entry, 16L * source.length + 4096), source, context, maxDepth);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry is a miss; the next put replaces it
    }
  }

  void put(String key, byte[] source, String context, Node root) {
    Path target = entry(key);
    try {
      PrivateFolder.create(target.getParent());
      byte[] entry = NodeCodec.encode(source, context, root);
      AtomicFile.write(target, out -> out.write(entry));
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk costs speed, not correctness
    }
  }

  private Path entry(String key) {
    return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".tree");
  }
}
