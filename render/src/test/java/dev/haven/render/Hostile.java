package dev.haven.render;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;

/** A set whose every text field holds markup, scripts or dangerous links (test resource hostile/hostile.yaml). */
final class Hostile {

  static final ClauseSet SET = Fixtures.load(Path.of("src", "test", "resources", "hostile", "hostile.yaml"));

  private Hostile() {}
}
