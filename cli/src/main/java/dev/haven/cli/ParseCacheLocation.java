package dev.haven.cli;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.PrivateFolder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the parse cache lives: the folder named by the {@code haven.cache} system property (which {@code ./haven}
 * sets to {@code ~/.cache/haven} unless {@code HAVEN_CACHE=off}), one subfolder per build of Haven. Without the
 * property there is no cache, so tests and embedders never write outside their own folders.
 */
final class ParseCacheLocation {

  static final String PROPERTY = "haven.cache";

  /** Marks a folder as one of Haven's build caches: only folders with it are ever removed. */
  static final String MARKER = "HAVEN-PARSE-CACHE";

  private static final Pattern BUILD_FOLDER = Pattern.compile("[0-9a-f]+-[0-9a-f]+");

  private ParseCacheLocation() {}

  /** The reader every command uses: with the cache when one is configured. */
  static ClauseSetReader reader() {
    ClauseSetReader reader = new ClauseSetReader();
    return folder().map(reader::withParseCache).orElse(reader);
  }

  /** This build's cache folder, when a cache is configured; older builds' folders are removed. */
  static Optional<Path> folder() {
    String root = System.getProperty(PROPERTY);
    if (root == null || root.isBlank()) {
      return Optional.empty();
    }
    Path rootDir = Path.of(root);
    try {
      PrivateFolder.create(rootDir);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a cache that cannot be made costs speed only
    }
    Optional<String> unsafe = CacheFolders.unsafe(rootDir);
    if (unsafe.isPresent()) {
      warnOnce("haven: warning: not using the parse cache " + rootDir + ": " + unsafe.get()
          + "; make it yours with mode 700, or set HAVEN_CACHE to another folder");
      return Optional.empty();
    }
    Path dir = rootDir.resolve(buildId());
    if (!Files.exists(dir.resolve(MARKER))) {
      removeOtherBuilds(rootDir, dir.getFileName().toString());
      mark(dir);
    }
    if (CacheFolders.unsafe(dir).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  /**
   * The jar's size and modification time: {@code ./haven} rebuilds the jar whenever a source changes, and the
   * tree reader's behaviour may change with it, so each build gets a fresh cache.
   */
  static String buildId() {
    try {
      Path jar = Path.of(ParseCacheLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Long.toHexString(Files.size(jar)) + "-" + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
    } catch (Exception e) {
      return "0-0"; // not run from a file (an unusual class loader): one shared folder
    }
  }

  private static void removeOtherBuilds(Path root, String keep) {
    try (DirectoryStream<Path> builds = Files.newDirectoryStream(root)) {
      for (Path build : builds) {
        String name = build.getFileName().toString();
        // HAVEN_CACHE may name a folder shared with other things: remove only what Haven made
        if (!name.equals(keep) && BUILD_FOLDER.matcher(name).matches() && Files.isRegularFile(build.resolve(MARKER))) {
          delete(build);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be tidied still works
    }
  }

  /** A warning for the command to print (only Main touches the standard streams), taken once. */
  private static String warning;

  private static synchronized void warnOnce(String message) {
    warning = message;
  }

  /** {@return the warning about the cache folder, if one is waiting; it is then cleared} */
  static synchronized Optional<String> takeWarning() {
    Optional<String> w = Optional.ofNullable(warning);
    warning = null;
    return w;
  }

  private static void mark(Path dir) {
    try {
      PrivateFolder.create(dir);
      Files.writeString(dir.resolve(MARKER), "Parse trees cached by Haven; safe to delete.\n");
    } catch (IOException | RuntimeException e) {
      // an unwritable cache folder: the reader will not manage to store entries either, and that is allowed
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
