package dev.haven.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A folder only its owner may read or write, for data Haven trusts once written (the parse cache). */
public final class PrivateFolder {

  private PrivateFolder() {}

  /**
   * Creates the folder, and any missing parent, with mode 700 where the file system has POSIX modes; an existing
   * folder is left as it is.
   *
   * @param folder the folder to create
   * @throws IOException when it cannot be created
   */
  public static void create(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(folder);
    }
  }
}
