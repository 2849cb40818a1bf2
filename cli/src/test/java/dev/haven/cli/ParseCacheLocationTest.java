package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheLocationTest {

  @TempDir
  Path root;

  @AfterEach
  void noCache() {
    System.clearProperty(ParseCacheLocation.PROPERTY);
  }

  @Test
  void withoutThePropertyThereIsNoCache() {
    // tests and embedders run without it: nothing is written outside their own folders
    assertTrue(ParseCacheLocation.folder().isEmpty());
    System.setProperty(ParseCacheLocation.PROPERTY, " ");
    assertTrue(ParseCacheLocation.folder().isEmpty());
  }

  @Test
  void aQueryThroughTheCacheAnswersAsWithoutIt() throws IOException {
    CliRun plain = CliRun.of("query", "../seeds", "--kind", "status-non-inquiry", "--format", "json");
    System.setProperty(ParseCacheLocation.PROPERTY, root.toString());
    CliRun first = CliRun.of("query", "../seeds", "--kind", "status-non-inquiry", "--format", "json");
    CliRun second = CliRun.of("query", "../seeds", "--kind", "status-non-inquiry", "--format", "json");
    assertEquals(plain, first);
    assertEquals(plain, second);
    Path build = root.resolve(ParseCacheLocation.buildId());
    try (Stream<Path> entries = Files.walk(build)) {
      assertTrue(entries.anyMatch(p -> p.toString().endsWith(".tree")), "entries in " + build);
    }
  }

  @Test
  void anotherBuildsFolderIsRemovedAndNothingHavenDidNotMake() throws IOException {
    Path oldBuild = Files.createDirectories(root.resolve("1a2b-3c4d").resolve("ab"));
    Files.writeString(oldBuild.resolve("cdef.tree"), "old");
    Files.writeString(root.resolve("1a2b-3c4d").resolve(ParseCacheLocation.MARKER), "");
    Path notOurs = Files.createDirectories(root.resolve("notes"));
    Path lookalike = Files.createDirectories(root.resolve("5e6f-7a8b")); // someone else's, no marker
    System.setProperty(ParseCacheLocation.PROPERTY, root.toString());
    Path current = ParseCacheLocation.folder().orElseThrow();
    assertFalse(Files.exists(root.resolve("1a2b-3c4d")));
    assertTrue(Files.exists(notOurs));
    assertTrue(Files.exists(lookalike));
    assertTrue(Files.exists(current.resolve(ParseCacheLocation.MARKER)));
    ParseCacheLocation.folder();
    assertTrue(Files.exists(current), "the current build's folder stays");
  }

  @Test
  void aNewCacheIsTheUsersAloneAndAFolderOthersMayWriteIsNotUsed() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path fresh = root.resolve("fresh");
    System.setProperty(ParseCacheLocation.PROPERTY, fresh.toString());
    Path build = ParseCacheLocation.folder().orElseThrow();
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(build)));

    Path shared = Files.createDirectories(root.resolve("shared"));
    Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    System.setProperty(ParseCacheLocation.PROPERTY, shared.toString());
    assertTrue(ParseCacheLocation.folder().isEmpty(), "a world-writable cache could hold planted entries");
    assertTrue(CacheFolders.unsafe(shared).orElseThrow().contains("others may write"));
    Path link = Files.createSymbolicLink(root.resolve("link"), fresh);
    assertTrue(CacheFolders.unsafe(link).isPresent());
  }
}
