package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  private static final ClauseSet MADISON =
      Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
  private final PdfRenderer pdf = PdfRenderer.builder().build();

  @Test
  void theTextOfThePdfHoldsEveryClauseAndException() {
    String text = PdfText.of(Pdfs.render(pdf, MADISON)).replaceAll("\\s+", " ");
    for (Clause c : MADISON.clauses()) {
      assertTrue(text.contains(c.text().replaceAll("\\s+", " ")), c.id());
      c.exceptions().forEach(e -> assertTrue(text.contains("Except (" + e.ground().wireName() + ")"), c.id()));
    }
    assertTrue(text.contains("Page 1 of "));
  }

  @Test
  void everyCharacterExtractsAsItselfNeverAsALigature() throws IOException {
    // "Reaffirming" must not come out of the PDF as "Rea\uFB03rming": check the characters PDFBox maps each glyph
    // to, before its stripper folds ligatures back
    List<String> ligatures = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(pdf, MADISON))) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            all.append(p.getUnicode());
            if (p.getUnicode().codePoints().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
              ligatures.add(p.getUnicode());
            }
          }
        }
      };
      stripper.getText(doc);
    }
    assertEquals(List.of(), ligatures);
    assertTrue(all.toString().contains("Reaffirming"));
  }

  @Test
  void aCleanPdfCarriesTheClausesWithoutTheirAnnotations() {
    String text = PdfText.of(Pdfs.render(PdfRenderer.builder().clean(true).build(), MADISON)).replaceAll("\\s+", " ");
    assertTrue(text.contains("RES-17-00125"));
    for (Clause c : MADISON.clauses()) {
      assertTrue(text.contains(c.text().replaceAll("\\s+", " ")), c.id());
    }
    assertFalse(text.contains("Source:") || text.contains("binds ") || text.contains("Except ("), text);
  }

  @Test
  void aSetWithMoreTextThanAPdfIsMadeFromIsRefusedBeforeLayout() {
    String text = "officers shall not ask about status ".repeat(PdfRenderer.MAX_TEXT / 36 + 10);
    String yaml = "format: haven/1\nid: us-zz-x/long\ntitle: Long\njurisdiction: {name: City of X, level: city}\n"
        + "status: adopted\nclauses:\n  - {id: c1, kind: status-non-inquiry, modality: prohibition, actors: [city],"
        + " text: \"" + text.strip() + "\"}\n";
    ClauseSet set = new dev.haven.core.io.ClauseSetReader().read("long.yaml", yaml, dev.haven.core.io.Syntax.YAML)
        .clauseSet();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    PdfRenderer.TooLongException e = org.junit.jupiter.api.Assertions.assertThrows(PdfRenderer.TooLongException.class,
        () -> pdf.render(set, out));
    assertTrue(e.getMessage().contains("render it as html"), e.getMessage());
    assertEquals(0, out.size(), "nothing written");
  }

  @Test
  void thePdfNamesItsTitleSubjectAndProducer() throws IOException {
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(pdf, MADISON))) {
      PDDocumentInformation info = doc.getDocumentInformation();
      assertEquals(MADISON.title(), info.getTitle());
      assertEquals("Resolution, adopted 2017-02-07, City of Madison, WI", info.getSubject());
      assertEquals("Haven", info.getProducer());
    }
  }

  @Test
  void thePdfDeclaresPdfA2bWithAnSrgbOutputIntentAndPdfUa() throws IOException {
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(pdf, MADISON))) {
      var intents = doc.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size(), "one output intent");
      assertEquals("GTS_PDFA1", intents.get(0).getCOSObject().getNameAsString(
          org.apache.pdfbox.cos.COSName.S));
      assertTrue(intents.get(0).getDestOutputIntent() != null, "with its ICC profile");
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.matches("(?s).*pdfaid:part(=\"|>)2.*"), "PDF/A part 2");
      assertTrue(xmp.matches("(?s).*pdfaid:conformance(=\"|>)B.*"), "conformance level B");
      assertTrue(xmp.contains("pdfuaid"), "still PDF/UA");
    }
  }

  @Test
  void everyFontInThePdfIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(pdf, Hostile.SET))) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts.add(font.getName());
        }
      }
      assertFalse(fonts.isEmpty());
      assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSerif")), fonts.toString());
    }
  }

  @Test
  void hostileTextIsPrintedAsText() {
    String text = PdfText.of(Pdfs.render(pdf, Hostile.SET));
    assertTrue(text.contains("<script>alert(1)</script>"), text);
  }
}
