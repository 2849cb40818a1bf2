package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write killed half-way leaves the file it was replacing as it was. */
class InterruptedWriteTest {

  private static final Path CORPUS = Path.of("..", "seeds", "corpus");

  @Test
  void killingTheProcessMidWriteLeavesTheOldOutputIntact(@TempDir Path dir) throws Exception {
    Path sets = Files.createDirectory(dir.resolve("sets"));
    List<Path> corpus;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      corpus = files.filter(p -> p.toString().endsWith(".yaml")).toList();
    }
    // enough copies of the corpus that the JSON takes a while to write
    for (int copy = 0; copy < 400; copy++) {
      Path to = Files.createDirectory(sets.resolve("copy-" + copy));
      for (Path p : corpus) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
    Path output = Files.writeString(dir.resolve("answer.json"), "the previous answer\n");

    Process haven = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "compare", sets.toString(), "--format", "json", "-o", output.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("haven.log").toFile()).start();
    Path temp = waitForTemporaryFile(dir, haven);
    haven.destroyForcibly();
    assertTrue(haven.waitFor(30, TimeUnit.SECONDS));

    assertTrue(temp != null, "the output was never being written: " + Files.readString(dir.resolve("haven.log")));
    assertEquals("the previous answer\n", Files.readString(output));
  }

  /** The temporary file beside the output, once it holds some of the new content. */
  private static Path waitForTemporaryFile(Path dir, Process haven) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && haven.isAlive()) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          String name = p.getFileName().toString();
          if (name.startsWith(".answer.json.") && name.endsWith(".tmp") && Files.size(p) > 0) {
            return p;
          }
        }
      }
      Thread.sleep(5);
    }
    return null;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
