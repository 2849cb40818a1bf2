package dev.haven.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/** Input and output errors in words a user acts on: the path, and what went wrong with it. */
final class IoErrors {

  private IoErrors() {}

  /** The I/O error behind {@code e}, when an I/O error is what ended the command. */
  static Optional<IOException> of(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return Optional.of(io);
      }
      if (t instanceof UncheckedIOException unchecked) {
        return Optional.of(unchecked.getCause());
      }
    }
    return Optional.empty();
  }

  /** "out/report.csv: permission denied", "/mnt/full/x.pdf: No space left on device". */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + reason(e);
    }
    return reason(e);
  }

  /** What went wrong, without the path. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (the folder or file is read-only, or not yours)";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
