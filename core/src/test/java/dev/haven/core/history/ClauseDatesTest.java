package dev.haven.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.compare.Rubric;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Problem;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provision with dates of its own, and a set dated only to its year. */
class ClauseDatesTest {

  private static LoadResult read(String dates, String clauses) {
    String yaml = "format: haven/1\nid: x/practice\ntitle: T\njurisdiction: {name: County X, level: county}\n"
        + "status: adopted\n" + dates + "clauses:\n" + clauses;
    return new ClauseSetReader().read("practice.yaml", yaml, Syntax.YAML);
  }

  private static final String NOTIFY = "  - {id: notify, kind: notification-limit, modality: permission, actors:"
      + " [sheriff], information: [custody-status], text: Deputies notify ICE., ended: 2021-08}\n";
  private static final String NO_NOTICE = "  - {id: no-notice, kind: notification-limit, modality: prohibition,"
      + " actors: [sheriff], information: [custody-status], text: ICE is not told., effective: 2021-08}\n";
  private static final String HOLDS = "  - {id: holds, kind: detainer-limit, modality: prohibition, actors: [sheriff],"
      + " text: No holds.}\n";

  private static ClauseSet practice() {
    LoadResult r = read("date: 2017-01-27\n", NOTIFY + NO_NOTICE + HOLDS);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static List<String> ids(LocalDate day) {
    return Query.lawInForceOn(day).run(List.of(practice())).stream().map(m -> m.clause().id()).toList();
  }

  @Test
  void theLawOnADayHasTheClausesInForceThenAndBothWhileTheMonthIsOpen() {
    assertEquals(List.of("notify", "holds"), ids(LocalDate.of(2020, 6, 1)));
    assertEquals(List.of("no-notice", "holds"), ids(LocalDate.of(2022, 6, 1)));
    assertEquals(List.of("notify", "no-notice", "holds"), ids(LocalDate.of(2021, 8, 15)));
    ClauseSet set = practice();
    assertTrue(Query.uncertainOn(set, set.clause("notify").orElseThrow(), LocalDate.of(2021, 8, 15)));
    assertFalse(Query.uncertainOn(set, set.clause("holds").orElseThrow(), LocalDate.of(2021, 8, 15)));
  }

  @Test
  void aPanelGivesTheUncertainMonthAPeriodOfItsOwn() {
    Panel panel = Panel.of(List.of(practice()), PanelUnit.KIND, Rubric.HAVEN, Optional.empty(),
        LocalDate.of(2022, 12, 31));
    List<Map<String, Object>> notices = panel.records().stream()
        .filter(r -> r.get("kind").equals("notification-limit")).toList();
    assertEquals(List.of("2017-01-27", "2021-08-01", "2021-08-31"),
        notices.stream().map(r -> r.get("period_start")).toList());
    assertEquals(List.of("permission", "prohibition", "prohibition"),
        notices.stream().map(r -> r.get("modality")).toList());
    assertEquals(List.of(List.of(), List.of("notify", "no-notice"), List.of()),
        notices.stream().map(r -> r.get("uncertain")).toList());
  }

  @Test
  void historyShowsTheChangeWithinTheSetAndItsImpact() {
    Timeline t = Timeline.of(List.of(practice())).get(0);
    assertEquals(1, t.clauseChanges().size());
    assertEquals("2021-08", t.clauseChanges().get(0).when().toString());
    assertFalse(t.clauseChanges().get(0).diff().isEmpty());
  }

  @Test
  void aSetDatedToItsYearIsUncertainThatYearOnly() {
    LoadResult r = read("date: 2010\n", HOLDS);
    assertEquals(List.of(), r.problems());
    ClauseSet set = r.clauseSet();
    assertEquals(Optional.empty(), set.date(), "no day to give");
    assertEquals("2010", set.takesForce().orElseThrow().toString());
    assertFalse(set.inForceOn(LocalDate.of(2009, 12, 31)));
    assertTrue(Query.uncertainOn(set, set.clauses().get(0), LocalDate.of(2010, 6, 1)));
    assertFalse(Query.uncertainOn(set, set.clauses().get(0), LocalDate.of(2011, 1, 1)));
  }

  @Test
  void clauseDatesOutsideTheSetsOrOutOfOrderAreProblemsAtTheirPlace() {
    List<Problem> before = read("date: 2017-01-27\n", "  - {id: a, kind: detainer-limit, modality: prohibition,"
        + " actors: [police], text: No., effective: 2016-05}\n").problems();
    assertEquals(1, before.size());
    assertTrue(before.get(0).message().contains("comes before its set took force"), before.get(0).message());
    List<Problem> backwards = read("", "  - {id: a, kind: detainer-limit, modality: prohibition, actors: [police],"
        + " text: No., effective: 2020-01-01, ended: 2019}\n").problems();
    assertEquals(1, backwards.size());
    assertTrue(backwards.get(0).message().contains("must come after its 'effective'"), backwards.get(0).message());
    List<Problem> words = read("", "  - {id: a, kind: detainer-limit, modality: prohibition, actors: [police],"
        + " text: No., ended: August 2021}\n").problems();
    assertEquals(1, words.size());
    assertTrue(words.get(0).message().contains("expected YYYY-MM-DD"), words.get(0).message());
    assertEquals(7, words.get(0).position().line());
  }
}
