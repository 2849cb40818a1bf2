package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AkomaNtosoRendererTest {

  private static final String AKN = AkomaNtosoRenderer.NAMESPACE;
  private final AkomaNtosoRenderer akn = AkomaNtosoRenderer.builder()
      .generated(java.time.LocalDate.of(2026, 1, 1)).build();

  @Test
  void everySeedIsWellFormedAkomaNtosoWithOneParagraphPerClause() throws Exception {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      Document doc = parse(akn.render(set));
      Element root = doc.getDocumentElement();
      assertEquals("akomaNtoso", root.getLocalName());
      assertEquals(AKN, root.getNamespaceURI());
      Element body = (Element) doc.getElementsByTagNameNS(AKN, "body").item(0);
      NodeList paragraphs = body.getElementsByTagNameNS(AKN, "paragraph");
      assertEquals(set.clauses().size(), paragraphs.getLength(), file.toString());
      for (int i = 0; i < paragraphs.getLength(); i++) {
        Element para = (Element) paragraphs.item(i);
        assertEquals("para_" + (i + 1), para.getAttribute("eId"), "the Naming Convention's name, by place");
        assertEquals(set.clauses().get(i).id(), para.getAttribute("wId"), "Haven's id stays as the work-level id");
      }
      NodeList recitals = doc.getElementsByTagNameNS(AKN, "recital");
      assertEquals(set.recitals().size(), recitals.getLength(), file.toString());
      if (!set.recitals().isEmpty()) {
        assertEquals("preamble", recitals.item(0).getParentNode().getParentNode().getLocalName());
      }
    }
  }

  @Test
  void frbrIdentificationComesFromTheSetsIdJurisdictionAndDate() throws Exception {
    ClauseSet set = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
    Document doc = parse(akn.render(set));
    Element work = (Element) doc.getElementsByTagNameNS(AKN, "FRBRWork").item(0);
    assertEquals("/akn/us-wi/act/2017-02-07/us-wi-madison~res-2017-safe-haven",
        attr(work, "FRBRuri", "value"));
    assertEquals("us-wi-madison/res-2017-safe-haven", attr(work, "FRBRalias", "value"));
    assertEquals("2017-02-07", attr(work, "FRBRdate", "date"));
    assertEquals("us", attr(work, "FRBRcountry", "value"), "ISO 3166-1 alone; the state is in the URI");
    assertEquals(1, doc.getElementsByTagNameNS(AKN, "act").getLength(), "an adopted resolution is an act");
    Element manifestation = (Element) doc.getElementsByTagNameNS(AKN, "FRBRManifestation").item(0);
    assertEquals("2026-01-01", attr(manifestation, "FRBRdate", "date"), "the day of rendering");
    assertEquals("2026-01-01", ((Element) doc.getElementsByTagNameNS(AKN, "publication").item(0))
        .getAttribute("date"));
    Element adoption = (Element) doc.getElementsByTagNameNS(AKN, "eventRef").item(0);
    assertEquals("2017-02-07", adoption.getAttribute("date"));
    assertEquals("generation", adoption.getAttribute("type"));
  }

  @Test
  void aSetWithoutADayIsDatedAsTheSourcesAllowAndSaysSo() throws Exception {
    ClauseSet madison2010 = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2010-00530.yaml"));
    Element work = (Element) parse(akn.render(madison2010)).getElementsByTagNameNS(AKN, "FRBRWork").item(0);
    Element date = (Element) work.getElementsByTagNameNS(AKN, "FRBRdate").item(0);
    assertEquals("2010-01-01", date.getAttribute("date"));
    assertEquals("adoption (2010; the day is not known)", date.getAttribute("name"));
    ClauseSet kingCounty = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wa-king-county/kcc-2-15.yaml"));
    Element undated = (Element) ((Element) parse(akn.render(kingCounty)).getElementsByTagNameNS(AKN, "FRBRWork")
        .item(0)).getElementsByTagNameNS(AKN, "FRBRdate").item(0);
    assertEquals("undated; day of rendering", undated.getAttribute("name"), "no source of it is dated either");
    assertEquals("2026-01-01", undated.getAttribute("date"));
  }

  @Test
  void hostileTextAndControlCharactersStayWellFormedText() throws Exception {
    String xml = akn.render(Hostile.SET);
    Document doc = parse(xml);
    assertEquals(0, doc.getElementsByTagName("script").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    Element docTitle = (Element) doc.getElementsByTagNameNS(AKN, "docTitle").item(0);
    assertEquals(Hostile.SET.title(), docTitle.getTextContent());
    assertTrue(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(doc.getElementsByTagNameNS(AKN, "paragraph").item(0).getTextContent().contains("Control: \uFFFD\uFFFD end."));
  }

  private static String attr(Element parent, String child, String name) {
    return ((Element) parent.getElementsByTagNameNS(AKN, child).item(0)).getAttribute(name);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
