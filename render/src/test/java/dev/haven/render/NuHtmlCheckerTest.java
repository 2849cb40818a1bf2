package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.haven.core.compare.Comparison;
import dev.haven.core.diff.Diff;
import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import dev.haven.render.compare.ComparisonPage;
import dev.haven.render.diff.DiffHtml;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every HTML page Haven writes passes the W3C's Nu Html Checker (the validator behind validator.w3.org/nu). */
class NuHtmlCheckerTest {

  /** Collects the checker's errors; warnings are advice, not failures. */
  private static final class Errors implements ErrorHandler {
    final List<String> found = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      // The one error let through: this release of the checker (the newest on Maven Central, 2020) predates the
      // property print-color-adjust of CSS Color Adjustment Module Level 1, which browsers implement (Firefox
      // without a prefix); the pages keep it so printed cells keep their colours.
      if (!e.getMessage().contains("\u201cprint-color-adjust\u201d")) {
        found.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  private static List<String> check(String html) throws Exception {
    Errors errors = new Errors();
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", errors);
    validator.setUpValidatorAndParsers(errors, false, false);
    validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
    return errors.found;
  }

  @Test
  void everyRenderedDocumentTheComparisonPageAndTheDiffPagePass() throws Exception {
    List<String> failures = new ArrayList<>();
    List<ClauseSet> sets = new ArrayList<>();
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet set = Fixtures.load(file);
      sets.add(set);
      for (boolean clean : List.of(false, true)) {
        check(HtmlRenderer.builder().clean(clean).build().render(set))
            .forEach(e -> failures.add(file.getFileName() + (clean ? " (clean) " : " ") + e));
      }
    }
    check(new ComparisonPage().render(Comparison.of(sets), "Compared")).forEach(e -> failures.add("compare " + e));
    check(new ComparisonPage().render(dev.haven.render.compare.ComparisonPageTestAccess.snapshots(), "Over time"))
        .forEach(e -> failures.add("compare with snapshots " + e));
    check(new DiffHtml().render(Diff.between(sets.get(0), sets.get(1)))).forEach(e -> failures.add("diff " + e));
    assertEquals(List.of(), failures);
  }

  @Test
  void theCheckerRejectsAPageWithoutADoctypeOrTitle() throws Exception {
    assertFalse(check("<html><body><p>x</p></body></html>").isEmpty(), "the check must be able to fail");
  }
}
