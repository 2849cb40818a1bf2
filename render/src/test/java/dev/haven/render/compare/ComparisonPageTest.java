package dev.haven.render.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.compare.Cell;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.SetClause;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import java.util.Optional;
import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.testing.Golden;
import dev.haven.core.vocab.Status;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ComparisonPageTest {

  static List<ClauseSet> corpus() {
    return ClauseSetFiles.under(Fixtures.SEEDS.resolve("corpus")).stream().map(Fixtures::load)
        .filter(s -> s.status() != Status.REPEALED).toList();
  }

  /** The corpus's law in force on each day, as `haven compare --snapshot` makes the page's snapshots. */
  static List<ComparisonPage.Snapshot> snapshots(java.time.LocalDate... days) {
    List<ClauseSet> all = ClauseSetFiles.under(Fixtures.SEEDS.resolve("corpus")).stream().map(Fixtures::load).toList();
    List<ComparisonPage.Snapshot> out = new java.util.ArrayList<>();
    for (java.time.LocalDate day : days) {
      dev.haven.core.query.Query law = dev.haven.core.query.Query.lawInForceOn(day);
      out.add(new ComparisonPage.Snapshot(day, Comparison.of(all.stream().filter(law::admits)
          .map(law::keepMatching).toList())));
    }
    return out;
  }

  static final java.time.LocalDate Y2015 = java.time.LocalDate.of(2015, 1, 1);
  static final java.time.LocalDate Y2022 = java.time.LocalDate.of(2022, 1, 1);

  @Test
  void aPageWithSnapshotsShowsTheLatestDayAndKeepsEachDaysLawApart() {
    Document doc = Jsoup.parse(new ComparisonPage().render(snapshots(Y2015, Y2022), "t"));
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
    assertEquals(List.of("2015-01-01", "2022-01-01"), doc.select("#as-of option").eachAttr("value"));
    assertEquals("2022-01-01", doc.selectFirst("#as-of option[selected]").attr("value"));
    assertEquals(List.of(true, false), doc.select(".snapshot").stream().map(e -> e.hasAttr("hidden")).toList());
    Element before = doc.selectFirst("#matrix-2015-01-01 tr[data-name='City of Chicago'] td[data-kind=detainer-limit]");
    Element after = doc.selectFirst("#matrix-2022-01-01 tr[data-name='City of Chicago'] td[data-kind=detainer-limit]");
    assertTrue(before.hasClass("state-exceptions"), "2012's carve-outs: " + before.className());
    assertTrue(after.hasClass("state-present"), "the 2021 ordinance has none: " + after.className());
    assertEquals("#on-2015-01-01--city-of-chicago--detainer-limit", before.selectFirst("a").attr("href"));
    assertNotNull(doc.getElementById("on-2015-01-01--city-of-chicago--detainer-limit"));
    assertTrue(doc.select("#matrix-2015-01-01 tr[data-name='State of Texas']").isEmpty(), "SB 4 took effect 2017");
    assertFalse(doc.select("#matrix-2022-01-01 tr[data-name='State of Texas']").isEmpty());
  }

  private static final ClauseSet HOSTILE =
      Fixtures.load(Path.of("src", "test", "resources", "hostile", "hostile.yaml"));

  @Test
  void theCorpusPageMatchesItsGoldenFile() {
    Golden.assertMatches("golden", "compare_corpus.html",
        new ComparisonPage().render(Comparison.of(corpus()), "Safe-haven policies compared"));
  }

  @Test
  void everyPresentCellLinksToAPanelThatHoldsItsClausesAndEveryIdIsUnique() {
    Document doc = Jsoup.parse(new ComparisonPage().render(Comparison.of(corpus()), "t"));
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "duplicate id " + e.id()));
    Element cell = doc.selectFirst("tr[data-name='King County'] td[data-kind='detainer-limit'] a");
    assertNotNull(cell);
    assertEquals("#king-county--detainer-limit", cell.attr("href"));
    Element panel = doc.getElementById("king-county--detainer-limit");
    assertNotNull(panel);
    assertTrue(panel.text().contains("ending the honoring of civil immigration hold requests"), panel.text());
    assertTrue(panel.text().contains("Except (judicial-warrant)"), panel.text());
    assertEquals(1, doc.select("tr[data-name='King County'] td.state-absent[data-kind='detention-limit']").size());
  }

  @Test
  void thePageLoadsNothingAndRunsOnlyItsOwnScript() {
    Document doc = Jsoup.parse(new ComparisonPage().render(Comparison.of(List.of(HOSTILE)), "<script>t</script>"));
    assertEquals(1, doc.select("script").size(), "only the page's own script");
    assertTrue(doc.select("[src], link, iframe, img, object, embed").isEmpty());
    // no 'unsafe-inline': the policy allows the page's own style and script by their hashes, and nothing else
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertEquals("default-src 'none'; style-src '" + sha256(doc.selectFirst("style").data()) + "'; script-src '"
        + sha256(doc.selectFirst("script").data()) + "'", csp);
    doc.getAllElements().forEach(e -> e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
        "event handler " + a + " on " + e.tagName())));
  }

  @Test
  void hostileTextStaysTextAndOnlyWebAddressesBecomeLinks() {
    String html = new ComparisonPage().render(Comparison.of(List.of(HOSTILE)), "Compared");
    Document doc = Jsoup.parse(html);
    assertTrue(doc.text().contains("Officers shall not ask <script>alert(1)</script> about status."));
    assertTrue(doc.select("#matrix th[scope=row]").text().contains("City of <b>Bold</b> & \"Quotes\""));
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      assertTrue(href.startsWith("#") || href.startsWith("https://"), "unsafe link " + href);
    }
    assertTrue(doc.text().contains("javascript:alert(1)"), "a non-web address is shown as text");
    assertTrue(doc.select("a[href^=data], a[href^=javascript], [src]").isEmpty(), "no data: or script link");
  }

  @Test
  void aWarrantOnlyExceptionIsColouredApartFromACrimeCarveOut() {
    SetClause any = Comparison.of(corpus()).rows().get(0).cells().values().iterator().next().clauses().get(0);
    Cell warrant = new Cell(List.of(any), Optional.of(Modality.PROHIBITION),
        List.of(Term.of(ExceptionGround.JUDICIAL_WARRANT), Term.of(ExceptionGround.REQUIRED_BY_LAW)));
    Cell felony = new Cell(List.of(any), Optional.of(Modality.PROHIBITION),
        List.of(Term.of(ExceptionGround.JUDICIAL_WARRANT), Term.of(ExceptionGround.FELONY)));
    Cell extension = new Cell(List.of(any), Optional.of(Modality.PROHIBITION), List.of(Term.extension("x-local")));
    Cell none = new Cell(List.of(any), Optional.of(Modality.PROHIBITION), List.of());
    assertEquals("warrant", ComparisonPage.state(Optional.of(warrant)));
    assertEquals("exceptions", ComparisonPage.state(Optional.of(felony)));
    assertEquals("exceptions", ComparisonPage.state(Optional.of(extension)), "an x- ground's reach is unknown");
    assertEquals("present", ComparisonPage.state(Optional.of(none)));
    String page = new ComparisonPage().render(Comparison.of(corpus()), "t");
    assertTrue(page.contains("state-warrant") && page.contains("state-exceptions"));
  }

  @Test
  void everyCellsAccessibleNameStartsWithTheMarkItShows() {
    Document doc = Jsoup.parse(new ComparisonPage().render(Comparison.of(corpus()), "t"));
    for (Element a : doc.select("td.cell a")) {
      assertTrue(a.attr("aria-label").startsWith(a.text() + ": "), a.outerHtml());
    }
  }

  @Test
  void rowsCarryTheirStateAndTheStateFilterOffersEachOnce() {
    Document doc = Jsoup.parse(new ComparisonPage().render(Comparison.of(corpus()), "t"));
    assertEquals("WI", doc.selectFirst("tr[data-name='City of Madison']").attr("data-state"));
    assertTrue(doc.selectFirst("tr[data-name='City of Madison']").attr("data-search").contains("wisconsin"));
    assertEquals(List.of("", "CA", "IL", "TX", "WA", "WI"), doc.select("#state-filter option").eachAttr("value"));
    assertEquals("Wisconsin (WI)", doc.selectFirst("#state-filter option[value=WI]").text());
  }

  private static String sha256(String content) {
    try {
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
          .getInstance("SHA-256").digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theComparisonPageIsHtml5InEnglish() {
    String html = new ComparisonPage().render(Comparison.of(corpus()), "t");
    assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
    assertEquals("en", Jsoup.parse(html).selectFirst("html").attr("lang"));
  }
}
