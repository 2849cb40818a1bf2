package dev.haven.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions of one law over time: which is in force on a day, and links between them that must agree. */
class VersionLinksTest {

  private static LoadResult set(String id, String status, String dates) {
    String yaml = "format: haven/1\nid: " + id + "\ntitle: T\njurisdiction: {name: City of X, level: city}\n"
        + "status: " + status + "\n" + dates + "clauses:\n  - {id: c, kind: detainer-limit, modality: prohibition,"
        + " actors: [police], text: No detainers shall be honored.}\n";
    LoadResult r = new ClauseSetReader().read(id + ".yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r;
  }

  private static final LoadResult OLD = set("x/old", "repealed",
      "date: 2012-09-12\nended: 2021-01-27\nsuperseded-by: x/new\n");
  private static final LoadResult NEW = set("x/new", "adopted", "date: 2021-01-27\nsupersedes: [x/old]\n");

  @Test
  void eachDayHasTheVersionInForceThenAndNoOther() {
    ClauseSet old = OLD.clauseSet();
    ClauseSet current = NEW.clauseSet();
    for (LocalDate day : List.of(LocalDate.of(2012, 9, 12), LocalDate.of(2015, 1, 1), LocalDate.of(2021, 1, 26))) {
      assertTrue(old.inForceOn(day) && !current.inForceOn(day), day.toString());
    }
    for (LocalDate day : List.of(LocalDate.of(2021, 1, 27), LocalDate.of(2022, 1, 1))) {
      assertTrue(!old.inForceOn(day) && current.inForceOn(day), day.toString());
    }
    assertFalse(old.inForceOn(LocalDate.of(2012, 9, 11)), "not before it took force");
    List<ClauseSet> both = List.of(old, current);
    assertEquals(List.of("x/old"), Query.lawInForceOn(LocalDate.of(2015, 1, 1)).run(both).stream()
        .map(m -> m.set().id()).distinct().toList());
    assertEquals(List.of("x/new"), Query.lawInForce().run(both).stream().map(m -> m.set().id()).distinct().toList());
  }

  @Test
  void aSetWithoutADateIsNeverPlacedOnADay() {
    ClauseSet undated = set("x/undated", "adopted", "").clauseSet();
    assertFalse(undated.inForceOn(LocalDate.of(2022, 1, 1)));
    assertEquals(1, Query.lawInForce().run(List.of(undated)).size(), "but it is the law in force today");
    ClauseSet ending = set("x/ending", "adopted", "date: 2020-01-01\nended: 2999-01-01\n").clauseSet();
    assertEquals(1, Query.lawInForce().run(List.of(ending)).size(), "an end still to come leaves it in force");
    ClauseSet draft = set("x/draft", "draft", "date: 2020-01-01\n").clauseSet();
    assertFalse(draft.inForceOn(LocalDate.of(2022, 1, 1)), "a draft is never law");
  }

  @Test
  void linksThatAgreePassAndEveryBreakIsReportedAtItsLink() {
    assertEquals(List.of(), VersionLinks.check(List.of(VersionLinks.Version.of(OLD), VersionLinks.Version.of(NEW))));

    LoadResult overlapping = set("x/old", "repealed", "date: 2012-09-12\nended: 2021-06-01\nsuperseded-by: x/new\n");
    List<VersionLinks.LinkProblem> p = VersionLinks.check(List.of(VersionLinks.Version.of(overlapping),
        VersionLinks.Version.of(NEW)));
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).message().contains("both would be in force from 2021-01-27 to 2021-05-31"), p.toString());
    assertEquals("x/new.yaml", p.get(0).origin());
    assertEquals(7, p.get(0).position().line(), "at the 'supersedes' entry");

    LoadResult open = set("x/old", "repealed", "date: 2012-09-12\n");
    assertTrue(VersionLinks.check(List.of(VersionLinks.Version.of(open), VersionLinks.Version.of(NEW))).get(0)
        .message().contains("gives no 'ended' date"));

    List<VersionLinks.LinkProblem> alone = VersionLinks.check(List.of(VersionLinks.Version.of(NEW)));
    assertTrue(alone.get(0).message().contains("not among the files read"), alone.toString());

    LoadResult oneSided = set("x/new", "adopted", "date: 2021-01-27\n");
    assertTrue(VersionLinks.check(List.of(VersionLinks.Version.of(OLD), VersionLinks.Version.of(oneSided))).get(0)
        .message().contains("its 'supersedes' does not name 'x/old'"));
  }

  @Test
  void datesOutOfOrderAreProblemsOfTheFile() {
    String yaml = "format: haven/1\nid: x/y\ntitle: T\njurisdiction: {name: City of X, level: city}\nstatus: adopted\n"
        + "date: 2020-01-01\nended: 2019-01-01\nclauses:\n  - {id: c, kind: detainer-limit, modality: prohibition,"
        + " actors: [police], text: No detainers.}\n";
    LoadResult r = new ClauseSetReader().read("y.yaml", yaml, Syntax.YAML);
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).message().contains("must come after the day the set took force"));
  }
}
