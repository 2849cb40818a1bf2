package dev.haven.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Term;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

  private static final List<ClauseSet> SETS = List.of(
      Fixtures.valid("spec-example.yaml"), Fixtures.valid("every-kind.yaml"), Fixtures.valid("minimal.json"));

  private static List<String> ids(Query query) {
    return query.run(SETS).stream().map(m -> m.clause().id()).toList();
  }

  @Test
  void noFilterMatchesEveryClause() {
    assertEquals(2 + 14 + 1, Query.all().run(SETS).size());
  }

  @Test
  void repeatedValuesOfOneFilterAreAlternatives() {
    assertEquals(List.of("no-status-questions", "ask", "holds", "no-holds"),
        ids(Query.all().kind(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.DETAINER_LIMIT)));
  }

  @Test
  void differentFiltersMustAllHold() {
    assertEquals(List.of("holds", "no-holds"),
        ids(Query.all().kind(ClauseKind.DETAINER_LIMIT).exception(ExceptionGround.JUDICIAL_WARRANT)));
    assertEquals(List.of(), ids(Query.all().kind(ClauseKind.SAFE_SPACE).modality(Modality.PROHIBITION)));
  }

  @Test
  void aStandardActorAlsoFindsPartiesOfItsKind() {
    // epd is declared with kind police; 'police' in every-kind.yaml is a party keyed by the standard name.
    assertEquals(List.of("no-status-questions", "ice-requests", "services", "ask", "stop", "participate",
        "cooperate", "report"), ids(Query.all().actorExactly("police")));
    // and through groups: the city's agencies and employees, and the city itself, include its police
    assertEquals(List.of("no-status-questions", "ice-requests", "comm", "spend", "services", "ask", "stop",
        "participate", "cooperate", "safe", "report"), ids(Query.all().actor("police")));
  }

  @Test
  void aPartyKeyFindsOnlyThatParty() {
    assertEquals(List.of("no-status-questions"), ids(Query.all().actor("clerk")));
  }

  @Test
  void exceptionFilterMatchesTheGroundItselfAndExtensionGrounds() {
    assertEquals(List.of(), ids(Query.all().exception(ExceptionGround.FELONY)));
    assertEquals(List.of("comm"), ids(Query.all().exception(Term.<ExceptionGround>extension("x-local-ground"))));
  }

  @Test
  void noExceptionsKeepsOnlyClausesWithoutAny() {
    assertEquals(List.of("ice-requests"), ids(Query.all().noExceptions().actor("epd").kind(
        ClauseKind.COOPERATION_CONDITION, ClauseKind.STATUS_NON_INQUIRY)).subList(0, 1));
  }

  @Test
  void modalityNeverMatchesAProvisionThatStatesNone() {
    assertEquals(List.of("rec"), ids(Query.all().kind(ClauseKind.GENERAL_PROVISION).modality(Modality.values())));
  }

  @Test
  void jurisdictionMatchesASubstringIgnoringCase() {
    assertEquals(List.of("no-holds"), ids(Query.all().jurisdiction("county of JSON")));
  }

  @Test
  void textRequiresEveryWordOfAPhraseIgnoringCaseAndMatchesInsideWords() {
    assertEquals(List.of("no-status-questions"), ids(Query.all().text("INQUIRE disclose")));
    assertEquals(List.of("holds", "no-holds"), ids(Query.all().text("detain")));
    assertEquals(List.of("no-status-questions", "safe"), ids(Query.all().text("inquire citizenship", "safe spaces")));
  }

  @Test
  void statusFiltersKeepOrLeaveOutTemplates() {
    List<ClauseSet> seeds = ClauseSetFiles.under(Fixtures.SEEDS).stream().map(Fixtures::load).toList();
    assertEquals(List.of("templates/safe-haven-resolution"), Query.all().status(Status.TEMPLATE).run(seeds).stream()
        .map(m -> m.set().id()).distinct().toList());
    assertTrue(Query.all().withoutTemplates().run(seeds).stream().noneMatch(m -> m.set().status() == Status.TEMPLATE));
  }

  @Test
  void theSeedsAnswerTheReadmeQuestion() {
    List<ClauseSet> seeds = ClauseSetFiles.under(Fixtures.SEEDS).stream().map(Fixtures::load).toList();
    List<Match> matches = Query.lawInForce().kind(ClauseKind.STATUS_NON_INQUIRY).actor("police").run(seeds);
    // the police directly, and through groups: San Francisco's and Chicago's agencies, California's law
    // enforcement agencies, Madison's city officials ("like the police")
    assertEquals(List.of("s12h-2-d-no-status-questions-on-forms", "s7284-6-a-1-a-no-status-inquiry",
            "s030-a-1-status-information", "s030-a-2-no-status-questions-on-forms", "s752-053-b-1-inquiry",
            "no-citizenship-checks",
            "no-routine-status-inquiry", "no-immigration-documents", "status-non-inquiry"),
        matches.stream().map(m -> m.clause().id()).toList());
    assertTrue(matches.stream().allMatch(m -> m.how().isPresent()));
  }
}
