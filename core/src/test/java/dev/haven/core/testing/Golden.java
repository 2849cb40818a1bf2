package dev.haven.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: expected outputs kept under {@code src/test/resources}, found through the test classpath.
 * Run the build with {@code -Dhaven.golden.update=true} to rewrite them from the actual outputs, then review
 * the diff before committing.
 */
public final class Golden {

  private static final boolean UPDATE = Boolean.getBoolean("haven.golden.update");

  private Golden() {}

  /** Every file directly in a test-resource folder whose name ends with {@code suffix}, sorted. */
  public static List<Path> resources(String folder, String suffix) {
    URL url = Golden.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException("no test-resource folder " + folder);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code folder/name}; a missing golden file fails
   * (it is written instead in update mode).
   */
  public static void assertMatches(String folder, String name, String actual) {
    Path source = Path.of("src", "test", "resources", folder, name);
    if (UPDATE) {
      write(source, actual);
      return;
    }
    URL url = Golden.class.getClassLoader().getResource(folder + "/" + name);
    if (url == null) {
      fail("missing golden file " + source + "; run the build with -Dhaven.golden.update=true to create it");
    }
    try {
      String expected = Files.readString(Path.of(url.toURI()), StandardCharsets.UTF_8);
      assertEquals(expected, actual, "output differs from " + source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
