package dev.haven.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Which clauses bind the police?" finds the clauses that bind it through a group, and says how. */
class ActorHierarchyTest {

  private static ClauseSet set(String level, String status, String parties, String actors) {
    String text = "format: haven/1\nid: x/" + level + "\ntitle: T\njurisdiction: {name: X, level: " + level
        + "}\nstatus: " + status + "\nparties:\n" + parties.indent(2) + "clauses:\n  - id: c\n    kind: detainer-limit\n"
        + "    modality: prohibition\n    actors: [" + actors + "]\n    text: No one shall honor a detainer.\n";
    LoadResult r = new ClauseSetReader().read("x.yaml", text, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static Optional<String> how(Query query, ClauseSet set) {
    return query.run(List.of(set)).stream().findFirst().map(m -> m.how().orElse("(no explanation)"));
  }

  @Test
  void everyAgencyOfACityBindsItsPoliceAndSaysSo() {
    ClauseSet city = set("city", "adopted", "agencies: {name: every agency of the City, kind: city-agencies}",
        "agencies");
    assertEquals(Optional.of("binds every agency of the City: every agency of the City, which includes its police"),
        how(Query.all().actor("police"), city));
    assertEquals(Optional.empty(), how(Query.all().actorExactly("police"), city), "the exact match follows no group");
  }

  @Test
  void aStateLawBindingLawEnforcementAgenciesBindsPoliceAndSheriffs() {
    ClauseSet state = set("state", "adopted", "lea: {name: law enforcement agencies, kind: law-enforcement}", "lea");
    assertEquals(Optional.of("binds law enforcement agencies: law enforcement, which includes the sheriff"),
        how(Query.all().actor("sheriff"), state));
    assertEquals(Optional.of("binds law enforcement agencies: law enforcement, which includes the police"),
        how(Query.all().actor("police"), state));
  }

  @Test
  void askingForLawEnforcementFindsTheSheriffAndTheJail() {
    ClauseSet county = set("county", "adopted", "so: {name: the Sheriff's Office, kind: sheriff}", "so");
    assertEquals(Optional.of("binds the Sheriff's Office (sheriff), part of law enforcement"),
        how(Query.all().actor("law-enforcement"), county));
  }

  @Test
  void aCountysAgenciesDoNotBindItsElectedSheriffNorDoesACitysGroupReachAcrossLevels() {
    ClauseSet county = set("county", "adopted", "depts: {name: county departments, kind: county-agencies}", "depts");
    assertEquals(Optional.empty(), how(Query.all().actor("sheriff"), county));
    ClauseSet state = set("state", "adopted", "agencies: {name: state agencies, kind: city-agencies}", "agencies");
    assertEquals(Optional.empty(), how(Query.all().actor("police"), state), "a city's police only in a city's law");
  }

  @Test
  void aRuleForCityOfficialsAnswersAQuestionAboutCityEmployees() {
    ClauseSet city = set("city", "adopted", "mpd: {name: Police}", "city-officials");
    assertEquals(Optional.of("binds city officials: the City's officials, a word that reaches the employees who "
        + "act for it"), how(Query.all().actor("city-employees"), city));
  }

  @Test
  void lawInForceLeavesOutEverySetThatIsNotAdopted() {
    for (String status : List.of("draft", "introduced", "repealed", "template", "example")) {
      ClauseSet other = set("city", status, "p: {name: Police, kind: police}", "p");
      assertEquals(List.of(), Query.lawInForce().run(List.of(other)), status);
      assertEquals(1, Query.all().run(List.of(other)).size(), status);
    }
    assertEquals(1, Query.lawInForce().run(List.of(set("city", "adopted", "p: {name: Police, kind: police}", "p")))
        .size());
  }

  @Test
  void aJurisdictionIsFoundByItsStatesCodeOrNameAsWellAsItsOwnName() {
    String text = "format: haven/1\nid: x/y\ntitle: T\njurisdiction: {name: City of Madison, level: city, state: WI}\n"
        + "status: adopted\nclauses:\n  - {id: c, kind: detainer-limit, modality: prohibition, actors: [police],"
        + " text: No holds.}\n";
    ClauseSet madison = new ClauseSetReader().read("m.yaml", text, Syntax.YAML).clauseSet();
    for (String asked : List.of("madison", "WI", "wi", "Wisconsin")) {
      assertEquals(1, Query.all().jurisdiction(asked).run(List.of(madison)).size(), asked);
    }
    assertEquals(List.of(), Query.all().jurisdiction("Wisc").run(List.of(madison)), "a state is named whole");
    assertEquals(List.of(), Query.all().jurisdiction("CA").run(List.of(madison)));
  }
}
