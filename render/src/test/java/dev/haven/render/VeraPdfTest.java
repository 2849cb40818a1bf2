package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, finds the PDF of a set compliant with PDF/UA-1 and with PDF/A-2b. */
class VeraPdfTest {

  /** The standards the PDF declares. */
  enum Standard {
    PDF_UA_1(PDFAFlavour.PDFUA_1),
    PDF_A_2B(PDFAFlavour.PDFA_2_B);

    final PDFAFlavour flavour;

    Standard(PDFAFlavour flavour) {
      this.flavour = flavour;
    }
  }

  @BeforeAll
  static void startVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest
  @EnumSource(Standard.class)
  void theMadisonResolutionsPdfPassesVeraPdf(Standard standard) throws Exception {
    assertCompliant(Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml")),
        standard);
  }

  @ParameterizedTest
  @EnumSource(Standard.class)
  void californiasValuesActWithItsExceptionsAndReportsPassesVeraPdf(Standard standard) throws Exception {
    assertCompliant(Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-ca/sb54-values-act.yaml")), standard);
  }

  /** The check can fail: a plain PDF, untagged and without PDF/A metadata, is compliant with neither. */
  @ParameterizedTest
  @EnumSource(Standard.class)
  void aPlainPdfFailsVeraPdf(Standard standard) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(out);
    }
    assertFalse(validate(out.toByteArray(), standard).isCompliant());
  }

  private static void assertCompliant(ClauseSet set, Standard standard) throws Exception {
    ValidationResult result = validate(Pdfs.render(PdfRenderer.builder().build(), set), standard);
    String failures = result.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
        .distinct().collect(Collectors.joining("\n"));
    assertTrue(result.isCompliant(), standard + " failures:\n" + failures);
  }

  private static ValidationResult validate(byte[] pdf, Standard standard) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
        standard.flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(standard.flavour, false);
      return validator.validate(parser);
    }
  }
}
