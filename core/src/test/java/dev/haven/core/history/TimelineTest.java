package dev.haven.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.diff.ChangeType;
import dev.haven.core.diff.ClauseChange;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A jurisdiction's versions and what each amendment or replacement changed in the law it found. */
class TimelineTest {

  private static ClauseSet set(String id, String status, String life, String clauses) {
    String yaml = "format: haven/1\nid: x/" + id + "\ntitle: T\njurisdiction: {name: City of X, level: city}\n"
        + "status: " + status + "\n" + life + "clauses:\n" + clauses;
    LoadResult r = new ClauseSetReader().read(id + ".yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static String clause(String id, String kind, String extra) {
    return "  - {id: " + id + ", kind: " + kind + ", modality: prohibition, actors: [police], text: Rule " + id + "."
        + extra + "}\n";
  }

  // a chapter, a section added to it later, and a rewrite that replaces the section and one rule of the chapter
  private static final ClauseSet CHAPTER = set("chapter", "adopted", "date: 2006-03-29\n",
      clause("inquiry", "status-non-inquiry", ", ended: 2021-01-27") + clause("services", "service-non-denial", ""));
  private static final ClauseSet SECTION = set("section", "repealed",
      "date: 2012-09-12\nended: 2021-01-27\nsuperseded-by: x/rewrite\namends: [x/chapter]\n",
      clause("detainers", "detainer-limit", ", exceptions: [{ground: felony}]"));
  private static final ClauseSet REWRITE = set("rewrite", "adopted",
      "date: 2021-01-27\nsupersedes: [x/section]\namends: [x/chapter]\n",
      clause("detainers", "detainer-limit", "") + clause("inquiry-2021", "status-non-inquiry", ""));

  private static List<String> changes(Timeline.Step step) {
    return step.diff().changes().stream().map(ClauseChange::change).map(ChangeType::wireName).toList();
  }

  @Test
  void anAmendmentAddsToTheLawItAmendsAndRemovesNothing() {
    Timeline t = Timeline.of(List.of(REWRITE, SECTION, CHAPTER)).get(0);
    assertEquals(List.of(CHAPTER, SECTION, REWRITE), t.versions());
    Timeline.Step amendment = t.steps().get(0);
    assertEquals("amends x/chapter", amendment.relation());
    assertEquals(List.of(CHAPTER), amendment.from());
    assertEquals(List.of("added"), changes(amendment));
  }

  @Test
  void aRewriteIsComparedWithEverythingItReplacesAndKeepsWhatItAmends() {
    Timeline.Step rewrite = Timeline.of(List.of(CHAPTER, SECTION, REWRITE)).get(0).steps().get(1);
    assertEquals("supersedes x/section; amends x/chapter", rewrite.relation());
    assertEquals(List.of(CHAPTER, SECTION), rewrite.from());
    // the section's detainer rule loses its felony exception; the chapter's inquiry rule ends that day and the
    // rewrite's takes its place; the chapter's services rule goes on and is no change
    List<ClauseChange> changes = rewrite.diff().changes();
    assertEquals(List.of("detainers", "inquiry-2021"), changes.stream().map(ClauseChange::id).toList());
    assertEquals(List.of(), Timeline.of(List.of(CHAPTER, SECTION, REWRITE)).get(0).clauseChanges(),
        "the inquiry rule's end is the rewrite's step, not listed again");
  }
}
