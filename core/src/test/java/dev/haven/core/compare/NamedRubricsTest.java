package dev.haven.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ILRC rubrics score what the typed fields decide and say what they cannot code. */
class NamedRubricsTest {

  private static ClauseSet county(String clauses) {
    String text = "format: haven/1\nid: x/county\ntitle: T\njurisdiction: {name: X County, level: county}\n"
        + "type: ordinance\nstatus: adopted\nclauses:\n" + clauses;
    LoadResult r = new ClauseSetReader().read("x.yaml", text, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static String clause(String id, String kind, String modality, String extra) {
    return "  - id: " + id + "\n    kind: " + kind + "\n    modality: " + modality + "\n    actors: [sheriff]\n"
        + extra.indent(4) + "    text: Text of " + id + ".\n";
  }

  private static Map<String, CriterionResult> byKey(Rubric rubric, ClauseSet set) {
    return Comparison.of(List.of(set), rubric).rows().get(0).score().criteria().stream()
        .collect(Collectors.toMap(r -> r.criterion().key(), Function.identity()));
  }

  @Test
  void everyRubricHasAName() {
    assertEquals(List.of("haven", "ilrc-local", "ilrc-state"), Rubric.all().stream().map(Rubric::name).toList());
    assertEquals(Rubric.ILRC_LOCAL, Rubric.named("ilrc-local").orElseThrow());
    assertTrue(Rubric.named("ilrc").isEmpty());
    assertTrue(Rubric.ILRC_LOCAL.source().contains("Immigrant Legal Resource Center"));
    assertTrue(Rubric.HAVEN.source().contains("follows no published method"));
  }

  @Test
  void ilrcLocalGivesAPointForEachTypeOfAssistanceWithheldAndCodesNoSeventhFactor() {
    ClauseSet set = county(clause("no-287g", "enforcement-non-participation", "prohibition",
        "activities: [287g-agreement]")
        + clause("no-holds", "detainer-limit", "prohibition", "requests: [detainer]\nexceptions: [{ground: felony}]")
        + clause("notify", "notification-limit", "permission", "information: [release-date]"));
    Map<String, CriterionResult> r = byKey(Rubric.ILRC_LOCAL, set);
    assertEquals(1, r.get("287g-agreement").points());
    assertEquals(1, r.get("detainer-holds").points(), "a type of limit, its carve-outs named");
    assertEquals("prohibition, exceptions: felony", r.get("detainer-holds").reason());
    assertEquals(CriterionState.PRESENT, r.get("release-notifications").state());
    assertEquals(0, r.get("release-notifications").points(), "notifying ICE is permitted, not limited");
    assertEquals(CriterionState.ABSENT, r.get("detention-contract").state());
    assertEquals(CriterionState.NOT_CODED, r.get("seventh-factor").state());
    Score score = Comparison.of(List.of(set), Rubric.ILRC_LOCAL).rows().get(0).score();
    assertEquals(2, score.points());
    assertEquals(6, score.max());
    assertEquals(1, score.notCoded());
    assertEquals(7, Rubric.ILRC_LOCAL.publishedMax());
  }

  @Test
  void ilrcStateScoresStatusChecksAndMarksTheOtherNineteenChoicesNotCoded() {
    ClauseSet set = county(clause("no-ask", "status-non-inquiry", "prohibition", "acts: [inquire]"));
    Map<String, CriterionResult> r = byKey(Rubric.ILRC_STATE, set);
    assertEquals(1, r.get("immigration-status-checks").points());
    assertEquals(CriterionState.NOT_CODED, r.get("other-choices").state());
    assertEquals(19, r.get("other-choices").criterion().maxPoints());
    assertEquals(20, Rubric.ILRC_STATE.publishedMax());
    assertEquals(1, Comparison.of(List.of(set), Rubric.ILRC_STATE).rows().get(0).score().max());
  }

  @Test
  void differentLawsScoreDifferentlyUnderEveryRubric() {
    ClauseSet strong = county(clause("no-holds", "detainer-limit", "prohibition", "requests: [detainer, hold]")
        + clause("no-access", "facility-access-limit", "prohibition", "facilities: [jail]")
        + clause("no-ask", "status-non-inquiry", "prohibition", "acts: [inquire]"));
    ClauseSet weak = county(clause("holds", "detainer-limit", "recommendation", "requests: [detainer, hold]"));
    for (Rubric rubric : Rubric.all()) {
      int s = Comparison.of(List.of(strong), rubric).rows().get(0).score().points();
      int w = Comparison.of(List.of(weak), rubric).rows().get(0).score().points();
      assertTrue(s > w, rubric + ": " + s + " vs " + w);
      assertEquals(0, w, rubric + ": a recommendation is not binding law");
    }
  }

  @Test
  void docsCompareListsEveryIlrcCriterionByKeyAndEveryRubricByName() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "compare.md"));
    for (Rubric rubric : Rubric.all()) {
      assertTrue(doc.contains("| `" + rubric.name() + "` |"), "docs/compare.md lists no rubric " + rubric);
    }
    for (RubricCriterion c : Rubric.ILRC_LOCAL.criteria()) {
      assertTrue(doc.contains("| `" + c.key() + "` |"), "docs/compare.md has no ilrc-local row for " + c.key());
    }
  }
}
