package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No input may hang the reader or exhaust memory; each is refused with a message and a position. */
class ReadLimitsTest {

  private final ClauseSetReader reader = new ClauseSetReader();

  private LoadResult read(String text) {
    // a guard against a read that never ends, not a timing goal (bench/ measures speed): generous, so a loaded
    // build machine does not fail it
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.read("f.yaml", text, Syntax.YAML));
  }

  private static String onlyMessage(LoadResult result) {
    assertFalse(result.isValid());
    return String.join("\n", result.problems().stream().map(Problem::message).toList());
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingIt() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    String message = onlyMessage(read(bomb.toString()));
    assertTrue(message.contains("aliases expand to too many values"), message);
  }

  @Test
  void manyAliasesOfOneLargeAnchorStopAtTheTokenLimit() {
    StringBuilder flat = new StringBuilder("x-a: &a [");
    for (int i = 0; i < 9000; i++) {
      flat.append(i == 0 ? "" : ",").append('x');
    }
    flat.append("]\nx-b: [");
    for (int i = 0; i < 20_000; i++) {
      flat.append(i == 0 ? "" : ",").append("*a");
    }
    flat.append("]\n");
    String message = onlyMessage(read(flat.toString()));
    assertTrue(message.contains("aliases expand to too many values"), message);
  }

  @Test
  void ordinaryAliasesAreReadAsCopies() {
    String text = "format: haven/1\nid: a\ntitle: t\nstatus: draft\njurisdiction: {name: X, level: city}\n"
        + "clauses:\n  - {id: c, kind: detainer-limit, modality: prohibition, actors: &who [jail, sheriff], text: t}\n"
        + "  - {id: d, kind: notification-limit, modality: prohibition, actors: *who, text: t}\n";
    LoadResult result = read(text);
    assertEquals(java.util.List.of(), result.problems());
    assertEquals(result.clauseSet().clauses().get(0).actors(), result.clauseSet().clauses().get(1).actors());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "x-deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    String message = onlyMessage(read(deep));
    assertTrue(message.contains("exceeds a reading limit"), message);
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
    ClauseSetReader small = new ClauseSetReader(new ReadLimits(1024, 64, 1024, 1000));
    LoadResult result = small.read("big.yaml", "x: " + "y".repeat(2000), Syntax.YAML);
    assertEquals(new Position(1, 1), result.problems().get(0).position());
    assertTrue(result.problems().get(0).message().contains("limited to 1024 bytes"));
  }

  @Test
  void aValueLongerThanTheLimitIsRefused() {
    ClauseSetReader small = new ClauseSetReader(new ReadLimits(1 << 20, 64, 100, 1000));
    LoadResult result = small.read("long.yaml", "title: " + "y".repeat(500) + "\n", Syntax.YAML);
    assertTrue(onlyMessage(result).contains("exceeds a reading limit"), onlyMessage(result));
  }

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() {
    byte[] bytes = "format: haven/1\nid: caf\u00e9\ntitle: x\u0080y\n".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult result = reader.read("latin1.yaml", bytes, Syntax.YAML);
    assertEquals(new Position(2, 8), result.problems().get(0).position());
    assertTrue(result.problems().get(0).message().contains("not UTF-8"));
  }

  @Test
  void binaryDataIsRefused() {
    LoadResult result = reader.read("x.yaml", new byte[] {'a', ':', ' ', 0, 1, 2}, Syntax.YAML);
    assertTrue(onlyMessage(result).contains("binary data"));
  }

  @Test
  void aLinkToAnEndlessDeviceIsReadOnlyUpToTheLimit(@TempDir Path dir) throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    Path link = Files.createSymbolicLink(dir.resolve("set.yaml"), zero);
    ClauseSetReader reader = new ClauseSetReader(new ReadLimits(1 << 20, 64, 1 << 16, 10_000));
    LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.read(link));
    assertFalse(result.isValid());
    assertTrue(result.problems().get(0).message().contains("longer than 1048576 bytes"),
        result.problems().toString());
  }

  @Test
  void aLimitIsReportedWhereTheFileReachesItWithBothNumbers() {
    LoadResult deep = read("format: haven/1\nid: x\nnested: " + "[".repeat(100) + "]".repeat(100) + "\n");
    Problem p = deep.problems().get(0);
    assertEquals(3, p.position().line(), "not 1:1: " + p);
    assertTrue(p.message().endsWith("mappings and lists nest 65 deep here; a clause set may nest at most 64"),
        p.message());
    StringBuilder many = new StringBuilder("format: haven/1\nx-values: [");
    for (int i = 0; i < 20_000; i++) {
      many.append(i == 0 ? "" : ",").append('1');
    }
    ClauseSetReader small = new ClauseSetReader(new ReadLimits(1 << 20, 64, 1 << 16, 10_000));
    String message = onlyMessage(small.read("many.yaml", many.append("]\n").toString(), Syntax.YAML));
    assertFalse(message.contains("aliases"), "a file without aliases is not told about aliases: " + message);
    assertTrue(message.contains("more than 10000 values, keys and brackets"), message);
  }
}
