package dev.haven.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/**
 * The parse cache's folders are trusted (a hit stands for a parse), so they must be the user's alone: made with
 * mode 700, and refused when another user owns them or the group or others may write them.
 */
final class CacheFolders {

  private CacheFolders() {}

  /** Why the folder cannot be trusted, or empty when only its user can write it. */
  static Optional<String> unsafe(Path folder) {
    try {
      if (Files.isSymbolicLink(folder)) {
        return Optional.of("it is a symbolic link");
      }
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of("it is not a folder");
      }
      if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        return Optional.empty();
      }
      PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      UserPrincipal me = folder.getFileSystem().getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
      if (!attributes.owner().equals(me)) {
        return Optional.of("it belongs to " + attributes.owner().getName());
      }
      Set<PosixFilePermission> mode = attributes.permissions();
      if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
        return Optional.of("others may write to it (mode " + PosixFilePermissions.toString(mode) + ")");
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("its owner and mode cannot be read (" + e.getMessage() + ")");
    }
  }
}
