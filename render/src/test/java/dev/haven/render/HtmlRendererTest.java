package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HtmlRendererTest {

  private final HtmlRenderer html = HtmlRenderer.builder().build();

  @Test
  void everyClauseOfEverySeedHasItsAnchorTextAndExceptions() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      Document doc = Jsoup.parse(html.render(set));
      assertEquals(set.clauses().size(), doc.select("section.clause").size(), file.toString());
      for (Clause c : set.clauses()) {
        Element section = doc.getElementById(c.id());
        assertNotNull(section, c.id());
        assertEquals("#" + c.id(), section.selectFirst("a.anchor").attr("href"));
        assertEquals(c.text().replaceAll("\\s+", " ").strip(), section.selectFirst("p.text").text());
        Elements exceptions = section.select("li.exception");
        assertEquals(c.exceptions().size(), exceptions.size(), c.id());
        for (int i = 0; i < exceptions.size(); i++) {
          assertEquals(c.exceptions().get(i).ground().wireName(), exceptions.get(i).attr("data-ground"));
        }
        assertEquals(c.conditions().size(), section.select("li.condition").size(), c.id());
      }
    }
  }

  @Test
  void aResolutionHasItsRecitalsThenTheEnactingFormulaBeforeTheClauses() {
    ClauseSet set = Fixtures.load(Fixtures.SEEDS.resolve("examples/example-falls-res-2025.yaml"));
    Document doc = Jsoup.parse(html.render(set));
    assertEquals(set.recitals().size(), doc.select("p.recital").size());
    assertEquals("NOW, THEREFORE, BE IT RESOLVED:", doc.selectFirst("p.enacting-formula").text());
    assertTrue(doc.html().indexOf("enacting-formula") < doc.html().indexOf("section class=\"clause"));
  }

  @Test
  void theHeadCarriesSchemaOrgLegislationAsJsonLd() {
    ClauseSet set = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
    Document doc = Jsoup.parse(html.render(set));
    Map<?, ?> ld = JsonMapper.builder().build().readValue(
        doc.selectFirst("script[type=application/ld+json]").data(), Map.class);
    assertEquals("Legislation", ld.get("@type"));
    assertEquals("us-wi-madison/res-2017-safe-haven", ld.get("legislationIdentifier"));
    assertEquals("City of Madison, WI", ld.get("legislationJurisdiction"));
    assertEquals("Resolution", ld.get("legislationType"));
    assertEquals("2017-02-07", ld.get("legislationDate"));
    assertEquals("Common Council", ((Map<?, ?>) ld.get("legislationPassedBy")).get("name"));
    assertEquals("https://schema.org/InForce", ld.get("legislationLegalForce"));
  }

  @Test
  void thePageMakesNoExternalRequestAndHasPrintRules() {
    String page = html.render(Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml")));
    Document doc = Jsoup.parse(page);
    assertTrue(doc.select("link, img, iframe, object, embed, script[src]").isEmpty());
    assertTrue(page.contains("@page"));
    assertTrue(page.contains("counter(page)"));
    assertTrue(page.contains("page-break-after: avoid"));
  }

  @Test
  void hostileTextComesOutAsTextNeverAsMarkup() {
    Document doc = Jsoup.parse(html.render(Hostile.SET));
    // the only script is the JSON-LD, and it still parses, holding the hostile title as a value
    Elements scripts = doc.select("script");
    assertEquals(1, scripts.size());
    Map<?, ?> ld = JsonMapper.builder().build().readValue(scripts.first().data(), Map.class);
    assertEquals(Hostile.SET.title(), ld.get("name"));
    assertTrue(doc.select("img, iframe, b, h1 h1").isEmpty());
    assertEquals(1, doc.select("h1").size());
    assertEquals(Hostile.SET.title(), doc.selectFirst("h1").text());
    assertEquals(Hostile.SET.title(), doc.title());
    assertTrue(doc.selectFirst("#status-non-inquiry p.text").text().contains("<script>alert(1)</script>"));
    assertTrue(doc.select("a[href^=javascript], a[href^=JAVASCRIPT], a[href^=data], [src]").isEmpty());
    assertFalse(doc.select("a[href^=https://example.org]").isEmpty());
    assertEquals(1, doc.select("style").stream().filter(s -> s.data().contains("@page")).count());
  }
}
