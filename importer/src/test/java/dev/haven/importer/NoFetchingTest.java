package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.haven.core.testing.RecordingServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer reads a page; it never loads what the page points to. */
class NoFetchingTest {

  @Test
  void aPageThatReferencesALocalServerImportsWithoutContactingIt() throws Exception {
    List<String> requests;
    try (RecordingServer server = new RecordingServer()) {
      String base = server.base();
      String page = """
          <html><head><title>Ordinance of the City of Example Falls, Oregon</title>
          <link rel="stylesheet" href="%1$s/style.css"><script src="%1$s/app.js"></script>
          <meta http-equiv="refresh" content="0; url=%1$s/refresh"><base href="%1$s/">
          </head><body style="background: url(%1$s/bg.png)">
          <iframe src="%1$s/frame"></iframe><img src="%1$s/seal.png" srcset="%1$s/seal2.png 2x">
          <object data="%1$s/object"></object><embed src="%1$s/embed"><video src="%1$s/video"></video>
          <p>No agency of the City shall honor an immigration detainer. <a href="%1$s/more">More</a></p>
          </body></html>
          """.formatted(base);
      ImportResult result = new Importer().importBytes("page.html", page.getBytes(StandardCharsets.UTF_8),
          InputFormat.HTML, ImportOptions.DEFAULTS);
      assertEquals(1, result.set().clauses().size());
      assertFalse(result.set().clauses().get(0).text().contains("127.0.0.1"));
      requests = server.requests();
    }
    assertEquals(List.of(), requests, "the importer contacted the server");
  }
}
