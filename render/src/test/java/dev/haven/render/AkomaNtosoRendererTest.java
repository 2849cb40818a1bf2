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
  private final AkomaNtosoRenderer akn = AkomaNtosoRenderer.builder().build();

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
        assertEquals(set.clauses().get(i).id(), ((Element) paragraphs.item(i)).getAttribute("eId"));
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
    assertEquals("us-wi", attr(work, "FRBRcountry", "value"));
    assertEquals(1, doc.getElementsByTagNameNS(AKN, "act").getLength(), "an adopted resolution is an act");
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
