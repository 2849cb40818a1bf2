package dev.haven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.testing.RecordingServer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF renderer lays out the set's own text; it loads nothing a set's text or addresses name. */
class PdfNoFetchingTest {

  @Test
  void aSetWhoseFieldsNameALocalServerRendersWithoutContactingIt() throws Exception {
    List<String> requests;
    try (RecordingServer server = new RecordingServer()) {
      String base = server.base();
      String yaml = """
          format: haven/1
          id: us-zz-test/fetch
          title: "<img src='%1$s/title.png'> <link rel=stylesheet href='%1$s/style.css'>"
          jurisdiction: {name: "City of <iframe src='%1$s/frame'></iframe>", level: city}
          status: adopted
          sources:
            - {id: s, title: "<object data='%1$s/object'></object>", url: "%1$s/source"}
          clauses:
            - id: c
              kind: detainer-limit
              modality: prohibition
              actors: [police]
              text: "No detainer. <img src='%1$s/img.png'> <style>@import url(%1$s/import.css);</style>"
              source: {document: s, locator: "<script src='%1$s/app.js'></script>"}
          """.formatted(base);
      LoadResult set = new ClauseSetReader().read("fetch.yaml", yaml, Syntax.YAML);
      assertEquals(List.of(), set.problems());
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      PdfRenderer.builder().build().render(set.clauseSet(), pdf);
      assertTrue(pdf.size() > 1000);
      requests = server.requests();
    }
    assertEquals(List.of(), requests, "the PDF renderer contacted the server");
  }
}
