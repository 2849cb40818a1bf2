package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a parser: each must end in exit 2 with one clear message, in bounded memory. Surefire runs
 * this class in its own JVM with {@code -Xmx256m} (the {@code hostile-input} execution in cli/pom.xml), so a
 * parser that tried to hold an expanded alias bomb or a 100 MB file in memory would fail here. The time bound is
 * a hang detector, not a benchmark: docs/security.md records the measured times.
 */
@Tag("hostile-input")
class HostileInputTest {

  /** Far above the 0.3-0.7 s these take (docs/security.md); only a hang or a runaway loop reaches it. */
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir
  static Path dir;

  @BeforeAll
  static void assumeTheHeapIsBounded() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 300L * 1024 * 1024, "run with -Xmx256m (the hostile-input execution); max heap " + max);
  }

  record Case(String file, byte[] content, String command, String expected) {}

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    StringBuilder bomb = new StringBuilder("format: haven/1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(("*" + p + ", ").repeat(8)).append('*').append(p)
          .append("]\n");
    }
    cases.add(new Case("bomb.yaml", utf8(bomb.toString()), "validate", "aliases expand to too many values"));
    cases.add(new Case("deep.yaml", utf8("format: haven/1\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
        "validate", "nest 65 deep here; a clause set may nest at most 64"));
    cases.add(new Case("deep.json", utf8("{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"), "validate",
        "nest 65 deep here; a clause set may nest at most 64"));
    cases.add(new Case("long-line.yaml", utf8("format: haven/1\ntitle: " + "a".repeat(1024 * 1024) + "\n"),
        "validate", "no 'clauses'"));
    cases.add(new Case("bad-utf8.yaml", "format: haven/1\ntitle: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1),
        "validate", "not UTF-8"));
    byte[] binary = new byte[64 * 1024];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 + 7);
    }
    cases.add(new Case("binary.yaml", binary, "validate", "not UTF-8"));
    cases.add(new Case("json-inside.yaml", utf8("{\"format\": \"haven/1\", \"id\": \"x\"}"), "validate",
        "no 'clauses'"));
    cases.add(new Case("yaml-inside.json", utf8("format: haven/1\nid: x\n"), "validate", "syntax error"));
    cases.add(new Case("binary.txt", binary, "import", "binary file"));
    cases.add(new Case("latin1.txt", "No agency shall ask about caf\u00e9s.".getBytes(StandardCharsets.ISO_8859_1),
        "import", "not UTF-8"));
    cases.add(new Case("deep.html", utf8("<p>No agency shall honor a detainer.</p>" + "<div>".repeat(10_000)
        + "x" + "</div>".repeat(10_000)), "import", null));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> eachHostileFileEndsInExit2WithAClearMessage() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.command() + " " + c.file(), () -> {
      Path file = Files.write(dir.resolve(c.file()), c.content());
      CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of(c.command(), file.toString()));
      if (c.expected() == null) {
        // deep markup is not an error: the page's text is read without recursion
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return;
      }
      assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
      assertTrue(run.err().startsWith(file.toString() + ":"), run.err());
      assertTrue(run.err().contains(c.expected()), run.err());
      assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
    }));
  }

  @TestFactory
  Stream<DynamicTest> aHundredMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
    Path yaml = dir.resolve("huge.yaml");
    Path html = dir.resolve("huge.html");
    for (Path p : List.of(yaml, html)) {
      try (OutputStream out = Files.newOutputStream(p)) {
        byte[] chunk = utf8((p == yaml ? "  - {id: c, kind: general-provision, actors: [city], text: x}\n"
            : "<p>No agency shall honor a detainer.</p>\n").repeat(1000));
        for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
          out.write(chunk);
        }
      }
    }
    return Stream.of(DynamicTest.dynamicTest("validate huge.yaml", () -> {
      CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", yaml.toString()));
      assertEquals(ExitCode.BAD_INPUT, run.exit());
      assertTrue(run.err().contains("bytes, the limit for a clause set"), run.err());
    }), DynamicTest.dynamicTest("import huge.html", () -> {
      CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("import", html.toString()));
      assertEquals(ExitCode.BAD_INPUT, run.exit());
      assertTrue(run.err().contains("larger than 20 MB"), run.err());
    }));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
