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
  void anotherBuildsFolderIsRemovedAndOtherFilesAreLeftAlone() throws IOException {
    Path oldBuild = Files.createDirectories(root.resolve("1a2b-3c4d").resolve("ab"));
    Files.writeString(oldBuild.resolve("cdef.tree"), "old");
    Path notOurs = Files.createDirectories(root.resolve("notes"));
    System.setProperty(ParseCacheLocation.PROPERTY, root.toString());
    ParseCacheLocation.folder();
    assertFalse(Files.exists(root.resolve("1a2b-3c4d")));
    assertTrue(Files.exists(notOurs));
  }
}
