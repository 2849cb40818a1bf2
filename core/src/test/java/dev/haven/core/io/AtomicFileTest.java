package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o targets as the standard tools treat them: files replaced whole, links written through, pipes written into. */
class AtomicFileTest {

  private static void write(Path target, String text) throws IOException {
    AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aRegularFileIsReplacedWholeAndKeepsItsMode(@TempDir Path dir) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = Files.writeString(dir.resolve("secret.txt"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    write(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
    write(link, "new");
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals("new", Files.readString(target));
  }

  @Test
  void aDanglingLinkCreatesTheFileItNames(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("later.txt"));
    write(link, "made");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("made", Files.readString(dir.resolve("later.txt")));
  }

  @Test
  void aLinkLoopIsAnErrorNotAHang(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    IOException e = assertThrows(IOException.class, () -> write(a, "x"));
    assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
  }

  @Test
  void aFifoIsWrittenIntoAndStaysAFifo(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo");
      return;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = Files.newInputStream(fifo)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    write(fifo, "through the pipe");
    assertEquals("through the pipe", reader.get(10, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo), "the FIFO was not replaced by a file");
  }

  @Test
  void aTemporaryFileLeftByADeadRunIsSweptAndALiveOnesIsKept(@TempDir Path dir) throws IOException {
    long dead = deadPid();
    Path stale = Files.writeString(dir.resolve(".out.txt.haven-" + dead + "-abc.tmp"), "half");
    Path live = Files.writeString(dir.resolve(".out.txt.haven-" + ProcessHandle.current().pid() + "-def.tmp"), "x");
    Path foreign = Files.writeString(dir.resolve(".out.txt.other.tmp"), "not ours");
    write(dir.resolve("out.txt"), "done");
    assertFalse(Files.exists(stale), "a dead run's temporary file is removed");
    assertTrue(Files.exists(live), "a running writer's temporary file is left alone");
    assertTrue(Files.exists(foreign), "only Haven's own naming is swept");
  }

  private static long deadPid() {
    for (long pid = 4_000_000L; pid > 3_000_000L; pid--) {
      if (ProcessHandle.of(pid).isEmpty()) {
        return pid;
      }
    }
    throw new IllegalStateException("no free pid");
  }
}
