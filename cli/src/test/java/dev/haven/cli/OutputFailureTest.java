package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard output that fails midway (a full disk, a closed pipe) ends the run with exit 2, never a quiet 0. */
class OutputFailureTest {

  /** Takes {@code room} bytes, then fails every write as the operating system would. */
  private static final class FailingOutput extends OutputStream {
    private final String reason;
    private int room;

    FailingOutput(int room, String reason) {
      this.room = room;
      this.reason = reason;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        room = 0;
        throw new IOException(reason);
      }
      room -= len;
    }
  }

  private static CliRun run(OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new HavenCli(Terminal.PIPE, List.of()).run(out, err, args);
    return new CliRun(exit, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFullDiskUnderTextOutputIsAnErrorWithTheReason() {
    CliRun run = run(new FailingOutput(8_000, "No space left on device"), "query", "../seeds/corpus", "-f", "csv");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals("haven: error: cannot write standard output: No space left on device\n", run.err());
  }

  @Test
  void aFullDiskUnderAPdfIsAnErrorReportedOnce() {
    CliRun run = run(new FailingOutput(1_000, "No space left on device"), "render",
        "../seeds/corpus/us-wi-madison/res-2017-safe-haven.yaml", "-f", "pdf");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals("haven: error: cannot write standard output: No space left on device\n", run.err());
  }

  @Test
  void aReaderThatGoesAwayEndsTheRunQuietly() {
    CliRun run = run(new FailingOutput(100, "Broken pipe"), "query", "../seeds/corpus", "-f", "csv");
    assertEquals(ExitCode.BAD_INPUT, run.exit());
    assertEquals("", run.err());
  }
}
