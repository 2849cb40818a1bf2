package dev.haven.render.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text from the sets is data: it must come out of every diff format as text, never as markup. */
class DiffDocumentsTest {

  private static final String HOSTILE = "<script>alert(1)</script> **bold** [link](javascript:alert(1)) <b>x</b>";

  private static ClauseSet set(String text) {
    String yaml = "format: haven/1\nid: us-zz-t/a\ntitle: T\nstatus: draft\njurisdiction: {name: X, level: city}\n"
        + "clauses:\n  - id: c\n    kind: detainer-limit\n    modality: prohibition\n    actors: [jail]\n"
        + "    text: " + "'" + text.replace("'", "''") + "'\n";
    LoadResult r = new ClauseSetReader().read("t.yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private final SetDiff diff = Diff.between(set("The jail shall not honor detainers."), set(HOSTILE));

  @Test
  void htmlKeepsHostileTextAsTextAndMarksChangesUp() {
    Document doc = Jsoup.parse(new DiffHtml().render(diff));
    assertTrue(doc.select("script").isEmpty(), "no script element");
    assertTrue(doc.select("b").isEmpty(), "no b element from the text");
    assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
    assertFalse(doc.select("ins").isEmpty());
    assertFalse(doc.select("del").isEmpty());
    assertEquals("c", doc.select("section.clause").last().id());
    assertTrue(doc.select("link[href], img[src], script[src]").isEmpty(), "self-contained: no external requests");
  }

  @Test
  void theDiffPageIsHtml5InEnglish() {
    String html = new DiffHtml().render(diff);
    assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
    assertEquals("en", Jsoup.parse(html).selectFirst("html").attr("lang"));
  }

  @Test
  void markdownEscapesEveryMarkupCharacterFromTheSets() {
    String md = new DiffMarkdown().render(diff);
    assertFalse(md.contains("<script>"), md);
    assertFalse(md.matches("(?s).*(?<!\\\\)\\]\\(javascript.*"), md);
    assertTrue(md.contains("\\<script\\>"), md);
    assertTrue(md.contains("\\*\\*bold\\*\\*"), md);
  }

  @Test
  void textShowsWordChangesWithBracketsAndColourOnlyWhenAsked() {
    String plain = DiffText.plain().render(diff);
    assertTrue(plain.contains("[-The jail shall not honor detainers.-]"), plain);
    assertFalse(plain.contains("\u001b["));
    assertTrue(DiffText.colored().render(diff).contains("\u001b[31m[-"));
  }
}
