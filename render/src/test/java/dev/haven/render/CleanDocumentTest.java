package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** {@code clean(true)}: the document as introduced, with the words of the law and nothing Haven adds. */
class CleanDocumentTest {

  private static final ClauseSet MADISON =
      Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));

  /** Words only the annotated view prints: binding lines, scope, exception and condition leads, sources. */
  private static final List<String> ANNOTATIONS = List.of("binds ", "Scope:", "Except (", "Only with ", "Source:",
      "Sources", "Rendered by Haven", "Identifier");

  @Test
  void aCleanDocumentHasEveryClauseTextAndNoAnnotation() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      for (TextRenderer renderer : List.<TextRenderer>of(PlainTextRenderer.builder().clean(true).build(),
          MarkdownRenderer.builder().clean(true).build())) {
        String out = renderer.render(set);
        String flat = out.replaceAll("[\\s\\\\]+", "");
        for (Clause c : set.clauses()) {
          assertTrue(flat.contains(c.text().replaceAll("[\\s\\\\]+", "")), file + " " + c.id());
        }
        ANNOTATIONS.forEach(a -> assertFalse(out.contains(a), renderer.format() + " " + file + " has " + a));
      }
      Document html = Jsoup.parse(HtmlRenderer.builder().clean(true).build().render(set));
      assertEquals(set.clauses().size(), html.select("section.clause").size());
      assertTrue(html.select(".binding, .scope, .exceptions, .conditions, .source, .sources, .facts, .colophon")
          .isEmpty(), file.toString());
    }
  }

  @Test
  void theAnnotatedViewStillCarriesWhatTheCleanOneLeavesOut() {
    String annotated = PlainTextRenderer.builder().build().render(MADISON);
    String clean = PlainTextRenderer.builder().clean(true).build().render(MADISON);
    assertTrue(annotated.contains("Source: ") && annotated.contains("binds "));
    assertTrue(clean.length() < annotated.length());
  }

  @Test
  void theNumberAndSponsorsOfTheRecordHeadTheDocumentInEveryView() {
    for (boolean clean : List.of(false, true)) {
      String text = PlainTextRenderer.builder().clean(clean).build().render(MADISON);
      String html = HtmlRenderer.builder().clean(clean).build().render(MADISON);
      String md = MarkdownRenderer.builder().clean(clean).build().render(MADISON);
      for (String out : List.of(text, html, md)) {
        assertTrue(out.contains("RES-17-00125"));
        assertTrue(out.contains("Sponsors: Shiva Bidar, Marsha A. Rummel"));
        assertTrue(out.indexOf("RES-17-00125") < out.indexOf("NOW, THEREFORE"));
      }
    }
  }

  @Test
  void anAttestationEndsTheDocumentWithALineToSignPerOfficer() {
    ClauseSet template = Fixtures.load(Fixtures.SEEDS.resolve("templates/safe-haven-resolution.yaml"));
    String text = PlainTextRenderer.builder().clean(true).build().render(template);
    int lastClause = text.indexOf(template.clauses().get(template.clauses().size() - 1).text().substring(0, 20));
    int attested = text.indexOf("Adopted by the ${governing-body}");
    assertTrue(lastClause > 0 && attested > lastClause, text);
    assertTrue(text.matches("(?s).*\\n\\n_{36}\\n\\$\\{clerk}\\n\\n\\n_{36}\\n\\$\\{executive}\\n$"), text);
    Document html = Jsoup.parse(HtmlRenderer.builder().clean(true).build().render(template));
    assertEquals(List.of("${clerk}", "${executive}"), html.select("main .attestation .signatory").eachText());
  }

  @Test
  void kindLabelsKeepTheHyphenOfNon() {
    String html = HtmlRenderer.builder().build().render(MADISON);
    assertTrue(html.contains("Service non-denial"), "service-non-denial");
    assertFalse(html.contains("non denial") || html.contains("non inquiry"));
  }
}
