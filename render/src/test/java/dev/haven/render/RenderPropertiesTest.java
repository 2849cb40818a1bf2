package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.GeneratedSets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every renderer renders every valid set: none throws, none writes nothing. */
class RenderPropertiesTest {

  private static final List<Renderer> TEXT_RENDERERS = List.of(HtmlRenderer.builder().build(),
      PlainTextRenderer.builder().build(), MarkdownRenderer.builder().build(), AkomaNtosoRenderer.builder().generated(java.time.LocalDate.of(2026, 1, 1)).build());

  @Provide
  Arbitrary<ClauseSet> sets() {
    return GeneratedSets.sets();
  }

  @Property(tries = 200)
  void everyTextFormatRendersAnyValidSet(@ForAll("sets") ClauseSet set) throws IOException {
    for (Renderer renderer : TEXT_RENDERERS) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.render(set, out);
      assertTrue(out.size() > 0, renderer.format().toString());
    }
  }

  @Property(tries = 15)
  void aPdfIsMadeOfAnyValidSet(@ForAll("sets") ClauseSet set) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().build().render(set, out);
    assertTrue(out.size() > 1000);
  }
}
