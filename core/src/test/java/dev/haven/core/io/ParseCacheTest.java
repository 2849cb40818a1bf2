package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {

  private static final Path INVALID = Path.of("src", "test", "resources", "invalid");

  @TempDir
  Path cache;

  private final ClauseSetReader fresh = new ClauseSetReader();

  @Test
  void readingThroughTheCacheGivesWhatAFreshReadGives() throws IOException {
    ClauseSetReader cached = fresh.withParseCache(cache);
    for (Path file : files()) {
      LoadResult expected = fresh.read(file);
      assertEquals(expected, cached.read(file), "first read (stores) of " + file);
      assertEquals(expected, cached.read(file), "second read (finds) of " + file);
    }
    assertFalse(entries().isEmpty());
  }

  @Test
  void aFileWithAByteOrderMarkAndTextBeyondAsciiReadsTheSameFromTheCache(@TempDir Path dir) throws IOException {
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    // beyond ASCII in a comment and in values, which the cache stores apart from ASCII ones
    String yaml = Files.readString(madison).replace("# Madison Common Council", "# Madison — “Common” Council §")
        .replace("body: Common Council", "body: “Common” Council §");
    assertTrue(yaml.contains("body: “Common”"));
    Path file = Files.writeString(dir.resolve("bom.yaml"), "\uFEFF" + yaml);
    ClauseSetReader cached = fresh.withParseCache(cache);
    LoadResult expected = fresh.read(file);
    assertTrue(expected.isValid(), expected.problems().toString());
    assertEquals(expected, cached.read(file), "first read (stores)");
    LoadResult found = cached.read(file);
    assertEquals(expected, found, "second read (finds)");
    assertEquals("“Common” Council §", found.clauseSet().body().orElseThrow());
    assertFalse(expected.text().startsWith("\uFEFF"));
  }

  @Test
  void onlyFilesThatParseCleanlyAreKept() throws IOException {
    ClauseSetReader cached = fresh.withParseCache(cache);
    cached.read(INVALID.resolve("13-yaml-syntax-error.yaml"));
    cached.read(INVALID.resolve("16-duplicate-key.yaml"));
    cached.read(INVALID.resolve("20-empty-file.yaml"));
    assertEquals(List.of(), entries());
    // a file that parses but does not validate keeps its tree: binding runs again and reports the same
    LoadResult unknownKind = cached.read(INVALID.resolve("05-unknown-kind.yaml"));
    assertEquals(1, entries().size());
    assertEquals(unknownKind, cached.read(INVALID.resolve("05-unknown-kind.yaml")));
    assertFalse(unknownKind.isValid());
  }

  @Test
  void anEntryMadeFromOtherBytesIsNeverUsed() throws IOException {
    ClauseSetReader cached = fresh.withParseCache(cache);
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    Path police = Fixtures.SEEDS.resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml");
    cached.read(madison);
    Path madisonEntry = entries().get(0);
    cached.read(police);
    Path policeEntry = entries().stream().filter(p -> !p.equals(madisonEntry)).findFirst().orElseThrow();
    // as if the two files' short keys collided: the stored bytes differ, so the entry is not trusted
    Files.copy(policeEntry, madisonEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(fresh.read(madison), cached.read(madison));
  }

  @Test
  void aDamagedEntryIsParsedAgainAndReplaced() throws IOException {
    ClauseSetReader cached = fresh.withParseCache(cache);
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    cached.read(madison);
    Path entry = entries().get(0);
    byte[] whole = Files.readAllBytes(entry);
    for (byte[] damaged : List.of(new byte[0], "not a tree".getBytes(), java.util.Arrays.copyOf(whole, 40))) {
      Files.write(entry, damaged);
      assertEquals(fresh.read(madison), cached.read(madison));
      assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(entry)), "the entry is written again");
    }
  }

  @Test
  void aCacheThatCannotBeWrittenCostsOnlySpeed() throws IOException {
    Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");
    ClauseSetReader cached = fresh.withParseCache(notAFolder);
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    assertEquals(fresh.read(madison), cached.read(madison));
    assertEquals(fresh.read(madison), cached.read(madison));
  }

  private static List<Path> files() {
    List<Path> files = new ArrayList<>(ClauseSetFiles.under(Fixtures.SEEDS));
    files.addAll(ClauseSetFiles.under(INVALID));
    return files;
  }

  @Test
  void aPlantedEntryWithTheRightSourceButAnEditedTreeIsNotBelieved() throws IOException {
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    ClauseSetReader cached = fresh.withParseCache(cache);
    LoadResult expected = cached.read(madison);
    Path entry = entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = latin.lastIndexOf("obligation");
    assertTrue(at > latin.indexOf("safe spaces"), "the tree, after the stored source, names the modality");
    // same length, so the layout still decodes: only the checksum can tell
    System.arraycopy("permission".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, bytes, at, 10);
    Files.write(entry, bytes);
    LoadResult again = cached.read(madison);
    assertEquals(expected, again);
    assertTrue(again.clauseSet().clauses().stream().noneMatch(c -> c.modality()
        .filter(m -> m == dev.haven.core.vocab.Modality.PERMISSION).isPresent()));
  }

  @Test
  void anEntryThatIsALinkToAnEndlessDeviceIsAMiss() throws IOException {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    Path madison = Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml");
    ClauseSetReader cached = fresh.withParseCache(cache);
    LoadResult expected = cached.read(madison);
    Path entry = entries().get(0);
    Files.delete(entry);
    Files.createSymbolicLink(entry, zero);
    LoadResult again = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> cached.read(madison));
    assertEquals(expected, again);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> walk = Files.walk(cache)) {
      return walk.filter(p -> p.toString().endsWith(".tree")).sorted().toList();
    }
  }
}
