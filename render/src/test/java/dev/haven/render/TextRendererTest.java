package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.testing.Golden;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextRendererTest {

  private final Renderer text = TextRenderer.builder().build();

  @TestFactory
  Stream<DynamicTest> everySeedRendersToItsGoldenText() {
    return ClauseSetFiles.under(Fixtures.SEEDS).stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String name = Fixtures.SEEDS.relativize(file).toString().replace('/', '_').replaceAll("\\.ya?ml$", ".txt");
      Golden.assertMatches("golden", name, text.render(Fixtures.load(file)));
    }));
  }

  @Test
  void everyClauseTextAndExceptionAppearsAndNoLineIsTooWide() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      String out = text.render(set);
      String flat = out.replaceAll("\\s+", " ");
      for (Clause c : set.clauses()) {
        assertTrue(flat.contains(c.text().replaceAll("\\s+", " ")), c.id());
        c.exceptions().forEach(e -> assertTrue(flat.contains(e.ground().wireName()), c.id()));
      }
      out.lines().forEach(line -> assertTrue(line.length() <= 72 || !line.strip().contains(" "),
          "too wide: " + line));
    }
  }

  @Test
  void editorsNotesAreNeverRenderedAsLaw() {
    ClauseSet set = Fixtures.load(Fixtures.SEEDS.resolve("us-wi-madison/res-2017-safe-haven.yaml"));
    assertTrue(!text.render(set).contains("Paraphrase"));
  }

  @Test
  void widthBelowFortyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TextRenderer.builder().width(20));
  }
}
