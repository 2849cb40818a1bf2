package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import dev.haven.render.internal.MarkdownText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer markdown = MarkdownRenderer.builder().build();

  @Test
  void everyClauseHasAnAnchorAndAHeadingAndEveryExceptionItsGround() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      String out = markdown.render(set);
      String unescaped = out.replaceAll("\\\\(\\p{Punct})", "$1");
      int number = 0;
      for (Clause c : set.clauses()) {
        assertTrue(out.contains("<a id=\"" + c.id() + "\"></a>\n\n## " + ++number + ". "), c.id());
        assertTrue(unescaped.contains(c.text().strip().replaceAll("\\s+", " ")), c.id());
        c.exceptions().forEach(e -> assertTrue(out.contains("**Except (" + e.ground().wireName() + "):**"), c.id()));
      }
    }
  }

  @Test
  void hostileTextIsEscapedSoNoMarkupOrLinkSurvives() {
    String out = markdown.render(Hostile.SET);
    // the only raw '<' are the renderer's own anchors and link destinations; every other one is escaped
    String rest = out.replaceAll("<a id=\"[a-z0-9-]+\"></a>", "").replaceAll("\\]\\(<https://[^>\\s]*>\\)", "");
    assertFalse(rest.matches("(?s).*(?<!\\\\)<.*"), rest);
    assertFalse(out.matches("(?s).*(?<!\\\\)\\]\\(javascript.*"), "an unescaped link to javascript:");
    assertFalse(out.contains("(<javascript"));
    assertFalse(out.contains("(<data:") || out.contains("](data:"), "a link to a data: address");
    assertTrue(out.contains("\\<script\\>alert(1)\\</script\\>"));
    assertTrue(out.contains("](<https://example.org/a?b=1&c=%3C2%3E>)"));
  }

  @Test
  void textThatWouldStartABlockOrOpenInlineMarkupIsEscapedAndOtherPunctuationIsNot() {
    assertEquals("1\\. not a list", MarkdownText.escape("1. not a list"));
    assertEquals("\\# not a heading", MarkdownText.escape("# not a heading"));
    assertEquals("\\- not an item", MarkdownText.escape("- not an item"));
    assertEquals("\\> not a quote", MarkdownText.escape("> not a quote"));
    assertEquals("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\&amp; \\~g\\~ \\| h", MarkdownText.escape("a *b* _c_ `d` [e](f) &amp; ~g~ | h"));
    assertEquals("Section 3.2 (a) - U.S.C. \"quoted\" #5!", MarkdownText.escape("Section 3.2 (a) - U.S.C. \"quoted\" #5!"));
  }
}
