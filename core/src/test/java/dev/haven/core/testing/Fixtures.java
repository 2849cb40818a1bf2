package dev.haven.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.ClauseSet;
import java.nio.file.Path;
import java.util.List;

/** Loads test fixtures and the repository's seeds, failing the test with every problem when one is invalid. */
public final class Fixtures {

  /** The repository's seeds folder, seen from a module's directory (where Maven runs tests). */
  public static final Path SEEDS = Path.of("..", "seeds");

  private Fixtures() {}

  public static ClauseSet valid(String resource) {
    return load(Golden.resources("valid", "").stream()
        .filter(p -> p.getFileName().toString().equals(resource))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no fixture valid/" + resource)));
  }

  public static ClauseSet load(Path file) {
    LoadResult result = new ClauseSetReader().read(file);
    assertEquals(List.of(), result.problems(), file + " should be valid");
    return result.clauseSet();
  }
}
