package dev.haven.render;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every seed in every format against its golden file in {@code golden/}. A PDF is compared by the text PDFBox
 * extracts from it, since its bytes carry a creation date.
 */
class EverySeedGoldenTest {

  private static final Map<String, TextRenderer> TEXT_FORMATS = Map.of(
      ".txt", PlainTextRenderer.builder().build(),
      ".html", HtmlRenderer.builder().build(),
      ".md", MarkdownRenderer.builder().build(),
      ".akn.xml", AkomaNtosoRenderer.builder().generated(java.time.LocalDate.of(2026, 1, 1)).build());

  @TestFactory
  Stream<DynamicTest> everySeedRendersToItsGoldenFileInEveryTextFormat() {
    return seeds().flatMap(file -> TEXT_FORMATS.entrySet().stream().map(format -> DynamicTest.dynamicTest(
        name(file, format.getKey()),
        () -> Golden.assertMatches("golden", name(file, format.getKey()),
            format.getValue().render(Fixtures.load(file))))));
  }

  @TestFactory
  Stream<DynamicTest> everySeedRendersToAPdfWhoseTextMatchesItsGoldenFile() {
    PdfRenderer pdf = PdfRenderer.builder().build();
    return seeds().map(file -> DynamicTest.dynamicTest(name(file, ".pdf.txt"),
        () -> Golden.assertMatches("golden", name(file, ".pdf.txt"), PdfText.of(Pdfs.render(pdf, Fixtures.load(file))))));
  }

  @TestFactory
  Stream<DynamicTest> printLayoutWithLineNumbersAndPagesMatchesItsGoldenFile() {
    TextRenderer paged = PlainTextRenderer.builder().lineNumbers(true).pageLines(40).build();
    return seeds().map(file -> DynamicTest.dynamicTest(name(file, ".paged.txt"),
        () -> Golden.assertMatches("golden", name(file, ".paged.txt"), paged.render(Fixtures.load(file)))));
  }

  private static Stream<Path> seeds() {
    return ClauseSetFiles.under(Fixtures.SEEDS).stream();
  }

  /** "us-wi-madison_res-2017-safe-haven.html". */
  private static String name(Path seed, String extension) {
    return Fixtures.SEEDS.relativize(seed).toString().replace('/', '_').replaceAll("\\.(ya?ml|json)$", "")
        + extension;
  }
}
