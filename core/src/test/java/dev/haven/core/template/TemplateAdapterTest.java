package dev.haven.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Position;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Placeholder;
import dev.haven.core.vocab.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateAdapterTest {

  private static final String TEMPLATE = """
      format: haven/1
      id: templates/welcome
      title: Welcoming resolution of the ${city}
      jurisdiction: {name: "${city}", level: city, state: "${state}"}
      status: template
      params:
        city: {description: formal name}
        state: {default: WI}
        police: {description: the police department, default: Test Police Department}
      parties:
        pd: {name: "${police}", kind: police}
      clauses:
        - id: ask
          kind: status-non-inquiry
          modality: prohibition
          actors: [pd]
          acts: [inquire]
          text: The ${police} shall not ask about immigration status.
        - id: raids
          kind: enforcement-non-participation
          modality: prohibition
          actors: [pd]
          activities: [raids]
          text: The ${police} shall not take part in immigration raids in the ${city}.
      """;

  private static LoadResult template(String text) {
    LoadResult r = new ClauseSetReader().read("t.yaml", text, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r;
  }

  private static AdaptResult adapt(List<ParameterValue> values, List<String> drops, Optional<String> id) {
    return new TemplateAdapter().adapt(template(TEMPLATE), new TemplateAdapter.Request(values, drops, id));
  }

  private static ParameterValue set(String name, String value) {
    return ParameterValue.fromOption("--set", name, value);
  }

  @Test
  void fillsEveryPlaceholderAndMakesADraftWithANewId() {
    AdaptResult r = adapt(List.of(set("city", "City of Ñandú Falls")), List.of(), Optional.empty());
    ClauseSet s = r.set().orElseThrow();
    assertEquals("us-wi-nandu-falls/welcome", s.id());
    assertEquals(Status.DRAFT, s.status());
    assertEquals("Welcoming resolution of the City of Ñandú Falls", s.title());
    assertEquals("The Test Police Department shall not ask about immigration status.", s.clause("ask").get().text());
    assertTrue(s.params().isEmpty());
    String yaml = new ClauseSetWriter().toYaml(s);
    assertTrue(Placeholder.in(yaml).isEmpty(), yaml);
    LoadResult reread = new ClauseSetReader().read("out.yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), reread.problems());
    assertEquals(s, reread.clauseSet());
  }

  @Test
  void aValueThatLooksLikeALookupIsInsertedAsText() {
    AdaptResult r = adapt(List.of(set("city", "${env:HOME}"), set("police", "${sys:user.home} ${city}")),
        List.of(), Optional.of("us-wi-x/res-1"));
    ClauseSet s = r.set().orElseThrow();
    assertEquals("${env:HOME}", s.jurisdiction().name());
    assertEquals("The ${sys:user.home} ${city} shall not ask about immigration status.", s.clause("ask").get().text());
  }

  @Test
  void aLaterValueOverridesAnEarlierOneAndTheIdCanBeGiven() {
    AdaptResult r = adapt(List.of(set("city", "A"), set("city", "Village of Bee"), set("state", "MN")),
        List.of(), Optional.of("us-mn-bee/res-1"));
    assertEquals("us-mn-bee/res-1", r.set().get().id());
    assertEquals("Village of Bee", r.set().get().jurisdiction().name());
  }

  @Test
  void reportsEveryMissingParameterAtItsDeclaration() {
    String twoMissing = TEMPLATE.replace("state: {default: WI}", "state: {description: two letters}");
    AdaptResult r = new TemplateAdapter().adapt(template(twoMissing),
        new TemplateAdapter.Request(List.of(), List.of(), Optional.empty()));
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertEquals(Optional.of(new Position(7, 3)), r.problems().get(0).position());
    assertTrue(r.problems().get(0).message().startsWith("parameter 'city' has no default and no value"));
    assertTrue(r.problems().get(1).message().startsWith("parameter 'state' has no default and no value"));
    assertTrue(r.set().isEmpty());
  }

  @Test
  void suggestsTheParameterAMistypedNameMeant() {
    AdaptResult r = adapt(List.of(set("city", "X"), set("polise", "Y")), List.of(), Optional.empty());
    assertEquals("the template has no parameter 'polise'; did you mean 'police'?", r.problems().get(0).message());
    assertEquals("--set polise=Y", r.problems().get(0).origin());
  }

  @Test
  void dropsClausesAndSuggestsAnIdThatIsNotThere() {
    AdaptResult dropped = adapt(List.of(set("city", "X")), List.of("raids"), Optional.empty());
    assertEquals(List.of("ask"), dropped.set().get().clauses().stream().map(Clause::id).toList());
    assertTrue(dropped.set().get().notes().get().contains("left out: raids"));

    AdaptResult wrong = adapt(List.of(set("city", "X")), List.of("raid"), Optional.empty());
    assertEquals("the template has no clause 'raid'; did you mean 'raids'?", wrong.problems().get(0).message());
  }

  @Test
  void refusesToDropEveryClause() {
    AdaptResult r = adapt(List.of(set("city", "X")), List.of("ask", "raids"), Optional.empty());
    assertTrue(r.problems().get(0).message().contains("a clause set needs at least one clause"));
  }

  @Test
  void reportsAValueThatMakesAFieldInvalidAtItsPlaceholder() {
    AdaptResult r = adapt(List.of(set("city", "X"), set("state", "Wisconsin")), List.of(), Optional.empty());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(Optional.of(new Position(4, 53)), r.problems().get(0).position());
    assertTrue(r.problems().get(0).message().contains("state 'Wisconsin' should be a two-letter code"));
  }

  @Test
  void refusesASetThatIsNotATemplate() {
    LoadResult adopted = template(TEMPLATE.replace("status: template", "status: adopted")
        .replace("\"${state}\"", "WI"));
    AdaptResult r = new TemplateAdapter().adapt(adopted,
        new TemplateAdapter.Request(List.of(), List.of(), Optional.empty()));
    assertTrue(r.problems().get(0).message().startsWith("this set has status 'adopted', not 'template'"));
  }

  @Test
  void comparesWithTheTemplateFilledWithItsDefaults() {
    AdaptResult r = adapt(List.of(set("city", "X"), set("police", "X Police")), List.of(), Optional.empty());
    ClauseSet baseline = r.baseline().orElseThrow();
    assertEquals("The Test Police Department shall not ask about immigration status.",
        baseline.clause("ask").get().text());
    assertFalse(baseline.clauses().isEmpty());
  }

  @Test
  void rejectsABadlyFormedId() {
    AdaptResult r = adapt(List.of(set("city", "X")), List.of(), Optional.of("Not An Id"));
    assertEquals("--id", r.problems().get(0).origin());
  }

  @Test
  void aTemplateWhoseValuesAndPlaceholdersMultiplyIsRefusedAtOnce() {
    // a small file that validates: a 60,000-character default used 2,000 times would fill 120 million characters
    StringBuilder text = new StringBuilder("The ${police} ".repeat(2_000));
    String bomb = TEMPLATE.replace("text: The ${police} shall not ask about immigration status.",
        "text: \"" + text + "\"");
    AdaptResult r = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> new TemplateAdapter().adapt(
        template(bomb), new TemplateAdapter.Request(List.of(set("city", "A"), set("police", "x".repeat(60_000))),
            List.of(), Optional.of("us-wi-a/res-1"))));
    assertTrue(r.set().isEmpty());
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).message().contains("characters long; Haven reads values of at most"),
        r.problems().get(0).message());
    assertTrue(r.problems().get(0).position().isPresent(), "placed at the value that would grow");
  }

  @Test
  void aLongValueUsedInManyPlacesIsRefusedBeforeTheSetOutgrowsWhatHavenReads() {
    StringBuilder clauses = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      clauses.append("  - {id: c").append(i).append(", kind: general-provision, actors: [pd], text: \"${police}\"}\n");
    }
    String many = TEMPLATE.substring(0, TEMPLATE.indexOf("clauses:\n")) + "clauses:\n" + clauses;
    AdaptResult r = new TemplateAdapter().adapt(template(many), new TemplateAdapter.Request(
        List.of(set("city", "A"), set("police", "p".repeat(1_000))), List.of(), Optional.of("us-wi-a/res-1")));
    assertTrue(r.set().isEmpty());
    assertTrue(r.problems().get(0).message().contains("more than Haven can write and read back"),
        r.problems().toString());
    AdaptResult fine = new TemplateAdapter().adapt(template(many), new TemplateAdapter.Request(
        List.of(set("city", "A"), set("police", "Riverton Police")), List.of(), Optional.of("us-wi-a/res-1")));
    assertTrue(fine.set().isPresent(), fine.problems().toString());
  }
}
