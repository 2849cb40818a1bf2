package dev.haven.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file the way the standard tools do. A regular file (or a new one) is replaced whole or not at all: the
 * content goes to a temporary file beside it, which takes the old file's permissions and then replaces it in one
 * rename. A symbolic link is written through, to the file it points at, and stays a link. A character device or a
 * FIFO ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written straight into, since it cannot be
 * replaced.
 *
 * <p>A temporary file is named {@code .NAME.haven-PID-RANDOM.tmp}. One that a run leaves (killed by a signal
 * that cannot be caught) is removed by the next write to the same folder, once no process has that PID; a run
 * ended by SIGTERM or SIGINT removes its own on the way out.
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
  private static final Pattern TEMP = Pattern.compile("\\..+\\.haven-(\\d+)-[0-9a-z]+\\.tmp");
  private static final int MAX_LINKS = 40;
  /** Temporary files being written now, removed by the shutdown hook if the JVM is stopped midway. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path temp : IN_FLIGHT) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the JVM is going away; the next write to the folder sweeps it
        }
      }
    }, "haven-temp-cleanup"));
  }

  private AtomicFile() {}

  /**
   * Writes {@code target}: a regular file whole or not at all, through a link to what it points at, straight into
   * a device or FIFO.
   *
   * @param target the file to write or replace; its folder must exist
   * @param content what to write
   * @throws IOException when the content cannot be written or moved into place; a temporary file is never left
   */
  public static void write(Path target, Content content) throws IOException {
    Path resolved = followLinks(target.toAbsolutePath());
    if (Files.exists(resolved) && !Files.isRegularFile(resolved) && !Files.isDirectory(resolved)) {
      // a device, FIFO or socket cannot be renamed over: write into it, as cat(1) and cp(1) do
      try (OutputStream out = Files.newOutputStream(resolved, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        throw named(target, e);
      }
      return;
    }
    Path dir = resolved.getParent();
    sweepStale(dir);
    Path temp = dir.resolve("." + resolved.getFileName() + ".haven-" + ProcessHandle.current().pid() + "-"
        + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    IN_FLIGHT.add(temp);
    try {
      // not Files.createTempFile: its file is readable by the owner only, and a new output should have the
      // permissions any new file gets
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException(target.toString(), null, "cannot create a file in " + dir);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        throw named(target, e);
      }
      keepPermissions(resolved, temp);
      try {
        Files.move(temp, resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // some file systems cannot rename atomically; replacing is still better than failing
        Files.move(temp, resolved, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
      IN_FLIGHT.remove(temp);
    }
  }

  /** A write error that names the file the user asked for (a stream's own errors name none). */
  private static FileSystemException named(Path target, IOException e) {
    FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }

  /** The path a chain of symbolic links ends at; a dangling link gives the path it names, to be created. */
  static Path followLinks(Path path) throws IOException {
    Path at = path;
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(at)) {
        return at;
      }
      Path next = Files.readSymbolicLink(at);
      at = at.getParent().resolve(next).normalize();
    }
    throw new IOException(path + ": too many levels of symbolic links");
  }

  /** The replaced file's mode (and group, where it may be kept) go to its replacement, as an editor keeps them. */
  private static void keepPermissions(Path old, Path replacement) throws IOException {
    PosixFileAttributeView oldView = Files.getFileAttributeView(old, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (oldView == null || !Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    PosixFileAttributes attributes = oldView.readAttributes();
    PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    view.setPermissions(attributes.permissions());
    try {
      view.setGroup(attributes.group());
    } catch (IOException e) {
      // only a member of the group (or root) may set it; the mode is what protects the content
    }
  }

  /** Removes temporary files of this naming whose writer is gone. */
  private static void sweepStale(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.haven-*.tmp")) {
      for (Path entry : entries) {
        Matcher m = TEMP.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !alive(m.group(1))) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // sweeping is a courtesy: a folder that cannot be listed still takes the write
    }
  }

  private static boolean alive(String pid) {
    try {
      Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
      return process.map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
