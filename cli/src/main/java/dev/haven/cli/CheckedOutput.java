package dev.haven.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Standard output that remembers its first write error. A {@link java.io.PrintWriter} (and {@code System.out})
 * swallows errors, so a full disk behind {@code > file} would end with exit 0 and a truncated file; the CLI asks
 * this stream after each command and fails instead.
 */
final class CheckedOutput extends FilterOutputStream {

  private IOException failure;

  CheckedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw record(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw record(e);
    }
  }

  private IOException record(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** {@return the first error a write or flush met, if any} */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the error is the reader going away ({@code haven query ... | head}), which needs no message. */
  static boolean isBrokenPipe(IOException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Broken pipe") || message.contains("Stream closed");
  }
}
