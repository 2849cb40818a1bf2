package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

  private static final ClauseSet MADISON =
      Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
  private static final ClauseSet MPD = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml"));

  private final TextRenderer text = PlainTextRenderer.builder().build();

  @Test
  void everyClauseTextAndExceptionAppearsAndNoLineIsWiderThanTheWidth() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      for (int width : List.of(40, 41, 72, 100)) {
        for (boolean numbered : List.of(false, true)) {
          String out = PlainTextRenderer.builder().width(width).lineNumbers(numbered).build().render(set);
          // a word longer than a line (a web address) is broken, so compare without any white space
          String flat = (numbered ? out.replaceAll("(?m)^ *\\d+ {2}", "") : out).replaceAll("\\s+", "");
          for (Clause c : set.clauses()) {
            assertTrue(flat.contains(c.text().replaceAll("\\s+", "")), c.id());
            c.exceptions().forEach(e -> assertTrue(flat.contains("Except(" + e.ground().wireName() + ")"), c.id()));
          }
          out.lines().forEach(line -> assertTrue(line.length() <= width,
              file.getFileName() + " wider than " + width + ": " + line));
        }
      }
    }
  }

  @Test
  void aResolutionSaysNowThereforeBeItResolvedBeforeItsClauses() {
    String out = text.render(MADISON);
    int formula = out.indexOf("NOW, THEREFORE, BE IT RESOLVED:");
    assertTrue(formula > 0);
    assertTrue(formula < out.indexOf("1.  "));
  }

  @Test
  void aPolicyHasNoEnactingFormula() {
    assertFalse(text.render(MPD).contains("RESOLVED"));
  }

  @Test
  void pagesHoldAtMostPageLinesAndCarryAHeaderWithPageNumbers() {
    int pageLines = 20;
    String out = PlainTextRenderer.builder().pageLines(pageLines).build().render(MPD);
    String[] pages = out.split("\f", -1);
    assertTrue(pages.length > 2, "MPD's rules should need several pages of 20 lines");
    for (int p = 0; p < pages.length; p++) {
      List<String> lines = pages[p].lines().toList();
      assertTrue(lines.size() <= pageLines, "page " + (p + 1) + " has " + lines.size() + " lines");
      assertTrue(lines.get(0).startsWith(MPD.id()), lines.get(0));
      assertTrue(lines.get(0).endsWith("Page " + (p + 1) + " of " + pages.length), lines.get(0));
      assertEquals("", lines.get(1));
    }
  }

  @Test
  void noClauseHeadingIsLeftAloneAtTheFootOfAPage() {
    for (int pageLines = 10; pageLines <= 30; pageLines++) {
      String out = PlainTextRenderer.builder().pageLines(pageLines).build().render(MPD);
      for (String page : out.split("\f")) {
        List<String> lines = page.lines().toList();
        String last = lines.get(lines.size() - 1);
        // every clause has at least its text and a binding line, so a heading on the last line stands alone
        assertFalse(last.matches("\\d+\\.\\s.*"), "page of " + pageLines + " lines ends with a heading: " + last);
      }
    }
  }

  @Test
  void lineNumbersCountEveryLineOfAPageFromOne() {
    String out = PlainTextRenderer.builder().lineNumbers(true).pageLines(15).build().render(MADISON);
    for (String page : out.split("\f")) {
      List<String> lines = page.lines().toList();
      for (int i = 2; i < lines.size(); i++) {
        assertTrue(lines.get(i).startsWith(String.format("%4d", i - 1)), lines.get(i));
      }
    }
  }

  @Test
  void editorsNotesAreNeverRenderedAsLaw() {
    assertFalse(text.render(MADISON).contains("Paraphrase"));
  }

  @Test
  void settingsOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PlainTextRenderer.builder().width(20));
    assertThrows(IllegalArgumentException.class, () -> PlainTextRenderer.builder().pageLines(5));
  }
}
