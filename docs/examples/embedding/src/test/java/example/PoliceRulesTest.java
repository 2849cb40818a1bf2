package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliceRulesTest {

  @Test
  void findsThePoliceRulesOfTheSeedsAndRendersMadison() throws IOException {
    Path page = Path.of("target", "madison.html");
    List<String> lines = PoliceRules.report(Path.of("..", "..", "..", "seeds", "corpus"), page);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("City of Madison | detention-limit")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("City of Chicago")), lines.toString());
    String html = Files.readString(page);
    assertTrue(html.contains("<h1>") && html.contains("Madison"), html.substring(0, 200));
  }
}
