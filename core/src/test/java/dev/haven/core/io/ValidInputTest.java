package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ValidInputTest {

  private final ClauseSetReader reader = new ClauseSetReader();
  private final ClauseSetWriter writer = new ClauseSetWriter();

  @TestFactory
  Stream<DynamicTest> everyValidFixtureLoadsAndSurvivesWriteThenRead() {
    List<Path> fixtures = Golden.resources("valid", "");
    assertTrue(fixtures.size() >= 3);
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      ClauseSet set = Fixtures.load(f);
      String yaml = writer.toYaml(set);
      LoadResult again = reader.read("written.yaml", yaml, Syntax.YAML);
      assertEquals(List.of(), again.problems(), yaml);
      assertEquals(yaml, new ClauseSetWriter().toYaml(again.clauseSet()), "canonical output must be stable");
      assertEquals(set, again.clauseSet(), "write then read must give an equal set");
    }));
  }

  @Test
  void anEmojiReadsWhereverItFallsInTheFile() {
    // the YAML reader reads 1,024 characters at a time; a character outside the BMP is two chars, and one that
    // straddled that boundary used to end in an IndexOutOfBoundsException instead of a set
    for (int pad = 0; pad < 2100; pad++) {
      String text = "No officer shall ask about immigration status " + "x".repeat(pad) + " \uD83D\uDE00.";
      String yaml = """
          format: haven/1
          id: us-zz-test/emoji
          title: Test fixture
          jurisdiction: {name: Town of Test, level: city, state: ZZ}
          status: adopted
          clauses:
            - id: no-questions
              kind: status-non-inquiry
              modality: prohibition
              actors: [police]
              text: "%s"
          """.formatted(text);
      LoadResult read = reader.read("emoji.yaml", yaml, Syntax.YAML);
      assertEquals(List.of(), read.problems(), "padding " + pad);
      assertEquals(text, read.clauseSet().clauses().get(0).text());
    }
  }

  @Test
  void windowsLineEndingsAndAByteOrderMarkLoadLikeAnyOtherFile() throws Exception {
    Path file = Golden.resources("valid", ".yaml").stream()
        .filter(p -> p.getFileName().toString().equals("every-kind.yaml")).findFirst().orElseThrow();
    String unix = Files.readString(file, StandardCharsets.UTF_8);
    String windows = "\uFEFF" + unix.replace("\n", "\r\n");
    LoadResult result = reader.read("windows.yaml", windows, Syntax.YAML);
    assertEquals(List.of(), result.problems());
    assertEquals(Fixtures.load(file), result.clauseSet());
  }

  @Test
  void problemsInWindowsFilesNameTheSameLineAndColumn() {
    String text = "format: haven/1\r\nid: x\r\ntitle: t\r\nstatus: adoptd\r\n";
    LoadResult result = reader.read("w.yaml", "\uFEFF" + text, Syntax.YAML);
    Problem status = result.problems().stream().filter(p -> p.message().contains("adoptd")).findFirst().orElseThrow();
    assertEquals(new Position(4, 9), status.position());
    assertEquals("status: adoptd", result.line(4));
  }

  @Test
  void jsonFilesAreReadByTheirExtension() {
    ClauseSet set = Fixtures.valid("minimal.json");
    assertEquals("us-zz-json/policy-1", set.id());
    assertEquals(1, set.clauses().size());
  }

  @Test
  void jsonTextNamedYamlStillLoadsBecauseYamlContainsJson() {
    String json = "{\"format\": \"haven/1\", \"id\": \"a\", \"title\": \"t\", \"status\": \"draft\","
        + " \"jurisdiction\": {\"name\": \"X\", \"level\": \"city\"},"
        + " \"clauses\": [{\"id\": \"c\", \"kind\": \"detainer-limit\", \"modality\": \"prohibition\","
        + " \"actors\": [\"jail\"], \"text\": \"t\"}]}";
    assertEquals(List.of(), reader.read("json.yaml", json, Syntax.YAML).problems());
  }

  @Test
  void yamlNullsAndNorwayAreReadAsYaml12Intends() {
    String text = "format: haven/1\nid: a\ntitle: t\nstatus: draft\nnotes: ~\n"
        + "jurisdiction: {name: Oslo kommune, level: city, state: NO-03, country: NO}\n"
        + "clauses: [{id: c, kind: detainer-limit, modality: prohibition, actors: [jail], text: no}]\n";
    LoadResult result = reader.read("oslo.yaml", text, Syntax.YAML);
    assertEquals(List.of(), result.problems());
    assertEquals("NO", result.clauseSet().jurisdiction().country());
    assertEquals(java.util.Optional.empty(), result.clauseSet().notes());
    assertEquals("no", result.clauseSet().clauses().get(0).text());
  }

  @Test
  void aTextThatIsJustTheYamlMergeSignIsText() {
    // found by the property tests: Jackson's alias-expanding parser took any "<<" for a merge key
    String text = "format: haven/1\nid: a\ntitle: \"<<\"\nstatus: draft\n"
        + "jurisdiction: {name: Town, level: city}\n"
        + "clauses: [{id: c, kind: detainer-limit, modality: prohibition, actors: [jail], text: <<}]\n";
    LoadResult result = reader.read("merge.yaml", text, Syntax.YAML);
    assertEquals(List.of(), result.problems());
    assertEquals("<<", result.clauseSet().title());
    assertEquals("<<", result.clauseSet().clauses().get(0).text());
    LoadResult again = reader.read("written.yaml", writer.toYaml(result.clauseSet()), Syntax.YAML);
    assertEquals(result.clauseSet(), again.clauseSet());
  }

  @Test
  void aTextThatIsTheMergeSignReadsEvenWhenAnotherQuotedTextLooksLikeAnAnchor() {
    // found by the property tests: a quoted " &" made the reader expect anchors, and that parser took "<<" for a
    // merge key
    String text = "format: haven/1\nid: a\ntitle: ' &'\nstatus: draft\n"
        + "jurisdiction: {name: Town, level: city}\n"
        + "clauses: [{id: c, kind: detainer-limit, modality: prohibition, actors: [jail], text: ' &',"
        + " exceptions: [{ground: felony, text: '<<'}]}]\n";
    LoadResult result = reader.read("merge.yaml", text, Syntax.YAML);
    assertEquals(List.of(), result.problems());
    assertEquals("<<", result.clauseSet().clauses().get(0).exceptions().get(0).text().orElseThrow());
    LoadResult again = reader.read("written.yaml", writer.toYaml(result.clauseSet()), Syntax.YAML);
    assertEquals(result.clauseSet(), again.clauseSet());
  }
}
