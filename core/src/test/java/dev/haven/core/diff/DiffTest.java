package dev.haven.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiffTest {

  private static final String HEAD = """
      format: haven/1
      id: us-zz-test/res-1
      title: Test resolution
      jurisdiction: {name: Town of Test, level: city}
      status: adopted
      parties:
        tpd: {name: Test Police Department, kind: police}
      clauses:
      """;

  private static final String ASK = """
        - id: ask
          kind: status-non-inquiry
          modality: prohibition
          actors: [city-officials]
          acts: [inquire, disclose]
          text: Officials will not ask or disclose immigration status unless the person committed a felony.
          exceptions:
            - {ground: felony, text: unless the person committed a felony}
      """;

  private static final String COOPERATE = """
        - id: cooperate
          kind: cooperation-condition
          modality: permission
          actors: [tpd]
          grounds: [violent-felony, terrorism]
          text: Officers may assist ICE only for violent felonies or terrorism.
          conditions:
            - {type: approval, by: tpd, text: with a commander's approval}
      """;

  private static ClauseSet set(String... clauses) {
    LoadResult r = new ClauseSetReader().read("t.yaml", HEAD + String.join("", clauses), Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static ClauseChange only(SetDiff diff) {
    assertEquals(1, diff.changes().size(), diff.changes().toString());
    return diff.changes().get(0);
  }

  private static FieldChange field(ClauseChange change, String name) {
    return change.fields().stream().filter(f -> f.field().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no change to " + name + " in " + change.fields()));
  }

  // --- added and removed clauses

  @Test
  void addingAProhibitionStrengthensAndRemovingItWeakens() {
    ClauseChange added = only(Diff.between(set(COOPERATE), set(COOPERATE, ASK)));
    assertEquals(ChangeType.ADDED, added.change());
    assertEquals(Impact.STRENGTHENS, added.impact());
    ClauseChange removed = only(Diff.between(set(COOPERATE, ASK), set(COOPERATE)));
    assertEquals(ChangeType.REMOVED, removed.change());
    assertEquals(Impact.WEAKENS, removed.impact());
  }

  @Test
  void addingACooperationConditionStrengthensButAnObligationToCooperateWeakens() {
    assertEquals(Impact.STRENGTHENS, only(Diff.between(set(ASK), set(ASK, COOPERATE))).impact());
    String must = COOPERATE.replace("modality: permission", "modality: obligation");
    assertEquals(Impact.WEAKENS, only(Diff.between(set(ASK), set(ASK, must))).impact());
  }

  @Test
  void anAddedCooperationConditionSaysItConfinesCooperationAndBecomingADutyWeakens() {
    ClauseChange added = only(Diff.between(set(ASK), set(ASK, COOPERATE)));
    assertEquals(List.of("a cooperation condition added: cooperation only on its grounds"), added.reasons());
    String must = COOPERATE.replace("modality: permission", "modality: obligation");
    FieldChange modality = only(Diff.between(set(COOPERATE), set(must))).fields().get(0);
    assertEquals(Impact.WEAKENS, modality.impact());
    assertEquals(List.of("cooperation becomes a duty: permission to obligation"), modality.reasons());
  }

  @Test
  void aClauseThatChangesKindIsReportedAsSuchWithItsFieldsPairedByName() {
    String notify = """
          - id: c
            kind: notification-limit
            modality: prohibition
            actors: [tpd]
            information: [release-date]
            text: Officers shall not tell ICE release dates.
        """;
    String tell = notify.replace("notification-limit", "communication-limit")
        .replace("information: [release-date]", "information: [release-date]\n    counterparty: anyone");
    String hold = notify.replace("notification-limit", "detainer-limit").replace("information: [release-date]",
        "requests: [detainer]");
    ClauseChange toTell = only(Diff.between(set(notify), set(tell)));
    assertEquals(List.of("kind", "counterparty"), toTell.fields().stream().map(FieldChange::field).toList(),
        "information is in both kinds and unchanged");
    assertEquals(Impact.MIXED, toTell.fields().get(0).impact());
    ClauseChange toHold = only(Diff.between(set(notify), set(hold)));
    assertEquals(List.of("kind", "information", "requests"), toHold.fields().stream().map(FieldChange::field).toList());
  }

  @Test
  void specifyingAListThatWasNotSpecifiedIsMixedBecauseNotSpecifiedIsUnknown() {
    String open = """
          - id: c
            kind: communication-limit
            modality: prohibition
            actors: [tpd]
            text: Officers shall not tell ICE about people.
        """;
    String listed = open.replace("    text:", "    information: [release-date]\n    text:");
    FieldChange f = only(Diff.between(set(open), set(listed))).fields().get(0);
    assertEquals("information", f.field());
    assertEquals(Impact.MIXED, f.impact());
    assertTrue(f.reasons().get(0).contains("cannot be told"), f.reasons().toString());
  }

  @Test
  void addingARecommendationOrAGeneralProvisionIsNeutral() {
    String urge = ASK.replace("modality: prohibition", "modality: recommendation");
    assertEquals(Impact.NEUTRAL, only(Diff.between(set(COOPERATE), set(COOPERATE, urge))).impact());
    String findings = "  - {id: f, kind: general-provision, provision: findings, actors: [council], text: Findings.}\n";
    assertEquals(Impact.NEUTRAL, only(Diff.between(set(ASK), set(ASK, findings))).impact());
  }

  // --- exceptions

  @Test
  void anExceptionAddedWeakensAndRemovedStrengthens() {
    String more = ASK + "      - {ground: required-by-law}\n";
    ClauseChange c = only(Diff.between(set(ASK), set(more)));
    assertEquals(Impact.WEAKENS, c.impact());
    assertEquals(List.of("required-by-law"), field(c, "exceptions").added());
    assertEquals(Impact.STRENGTHENS, only(Diff.between(set(more), set(ASK))).impact());
  }

  @Test
  void aGroundReplacedByANarrowerOneStrengthensAndByABroaderOneWeakens() {
    String violent = ASK.replace("ground: felony", "ground: violent-felony");
    String serious = ASK.replace("ground: felony", "ground: serious-crime");
    FieldChange narrower = field(only(Diff.between(set(ASK), set(violent))), "exceptions");
    assertEquals(Impact.STRENGTHENS, narrower.impact());
    assertEquals(List.of("felony narrowed to violent-felony"), narrower.reasons());
    FieldChange broader = field(only(Diff.between(set(ASK), set(serious))), "exceptions");
    assertEquals(Impact.WEAKENS, broader.impact());
    assertEquals(List.of("felony"), broader.removed());
    assertEquals(List.of("serious-crime"), broader.added());
  }

  @Test
  void exceptionsOfAClauseThatBindsNoOneAreNeutral() {
    String urge = ASK.replace("modality: prohibition", "modality: recommendation");
    String more = urge + "      - {ground: required-by-law}\n";
    assertEquals(Impact.NEUTRAL, only(Diff.between(set(urge), set(more))).impact());
  }

  // --- conditions

  @Test
  void aConditionAddedStrengthensAndRemovedWeakens() {
    String withWarrant = COOPERATE + "      - {type: judicial-warrant}\n";
    assertEquals(Impact.STRENGTHENS, only(Diff.between(set(COOPERATE), set(withWarrant))).impact());
    String withoutApproval = COOPERATE.replace(
        "    conditions:\n      - {type: approval, by: tpd, text: with a commander's approval}\n", "");
    assertEquals(Impact.WEAKENS, only(Diff.between(set(COOPERATE), set(withoutApproval))).impact());
  }

  // --- scope

  @Test
  void actorsOrScopeGrownStrengthenAndShrunkWeaken() {
    String wider = ASK.replace("[city-officials]", "[city-officials, tpd]").replace("[inquire, disclose]",
        "[inquire, disclose, record]");
    ClauseChange grown = only(Diff.between(set(ASK), set(wider)));
    assertEquals(Impact.STRENGTHENS, field(grown, "actors").impact());
    assertEquals(Impact.STRENGTHENS, field(grown, "acts").impact());
    assertEquals(Impact.WEAKENS, only(Diff.between(set(wider), set(ASK))).impact());
  }

  @Test
  void partsPullingBothWaysAreMixedAndEachIsListed() {
    String traded = ASK.replace("[inquire, disclose]", "[inquire, record]");
    FieldChange acts = field(only(Diff.between(set(ASK), set(traded))), "acts");
    assertEquals(Impact.MIXED, acts.impact());
    assertEquals(List.of("acts widened: record", "acts narrowed: disclose"), acts.reasons());
  }

  @Test
  void aCommunicationLimitOnTellingAnyoneIsWiderThanOnTellingIce() {
    String ice = "  - {id: c, kind: communication-limit, modality: prohibition, actors: [city], text: t}\n";
    String anyone = ice.replace("actors: [city]", "actors: [city], counterparty: anyone");
    assertEquals(Impact.STRENGTHENS, only(Diff.between(set(ice), set(anyone))).impact());
    assertEquals(Impact.WEAKENS, only(Diff.between(set(anyone), set(ice))).impact());
  }

  // --- cooperation grounds

  @Test
  void cooperationGroundsGainedWeakenAndLostStrengthen() {
    String more = COOPERATE.replace("[violent-felony, terrorism]", "[violent-felony, terrorism, gang-participation]");
    assertEquals(Impact.WEAKENS, only(Diff.between(set(COOPERATE), set(more))).impact());
    assertEquals(Impact.STRENGTHENS, only(Diff.between(set(more), set(COOPERATE))).impact());
    String broader = COOPERATE.replace("violent-felony", "felony");
    assertEquals(Impact.WEAKENS, field(only(Diff.between(set(COOPERATE), set(broader))), "grounds").impact());
  }

  // --- modality

  @Test
  void modalityMovingDownTheRankWeakensAndUpStrengthens() {
    String urge = ASK.replace("modality: prohibition", "modality: recommendation");
    String may = ASK.replace("modality: prohibition", "modality: permission");
    assertEquals(Impact.WEAKENS, field(only(Diff.between(set(ASK), set(urge))), "modality").impact());
    assertEquals(Impact.WEAKENS, field(only(Diff.between(set(urge), set(may))), "modality").impact());
    assertEquals(Impact.STRENGTHENS, field(only(Diff.between(set(may), set(ASK))), "modality").impact());
    String shall = ASK.replace("modality: prohibition", "modality: obligation");
    assertEquals(Impact.NEUTRAL, field(only(Diff.between(set(ASK), set(shall))), "modality").impact());
  }

  @Test
  void obligingCooperationIsTheWeakestCooperationModality() {
    String must = COOPERATE.replace("modality: permission", "modality: obligation");
    assertEquals(Impact.WEAKENS, field(only(Diff.between(set(COOPERATE), set(must))), "modality").impact());
  }

  // --- neutral changes

  @Test
  void wordingTitleSourceAndNotesAreNeutralAndTextGetsAWordDiff() {
    String reworded = ASK.replace("Officials will not ask", "City officials shall not ask")
        + "    title: Status\n    notes: an editor's note\n";
    ClauseChange c = only(Diff.between(set(ASK), set(reworded)));
    assertEquals(Impact.NEUTRAL, c.impact());
    FieldChange text = field(c, "text");
    assertEquals(List.of(new WordDiff.Segment(WordDiff.Op.DELETE, "Officials will"),
        new WordDiff.Segment(WordDiff.Op.INSERT, "City officials shall")), text.words().subList(0, 2));
    assertEquals(Impact.NEUTRAL, field(c, "title").impact());
    assertEquals(Impact.NEUTRAL, field(c, "notes").impact());
  }

  @Test
  void anyChangeToAGeneralProvisionIsNeutral() {
    String f1 = "  - {id: f, kind: general-provision, provision: findings, actors: [council], text: Findings.}\n";
    String f2 = f1.replace("[council]", "[council, city]").replace("findings,", "definitions,");
    assertEquals(Impact.NEUTRAL, only(Diff.between(set(f1), set(f2))).impact());
  }

  @Test
  void setLevelChangesAreReportedAndNeutral() {
    ClauseSet a = set(ASK);
    ClauseSet b = new ClauseSetReader().read("b.yaml", (HEAD + ASK).replace("Test resolution", "Other resolution")
        .replace("status: adopted", "status: draft"), Syntax.YAML).clauseSet();
    SetDiff diff = Diff.between(a, b);
    assertEquals(List.of("title", "status"), diff.setFields().stream().map(FieldChange::field).toList());
    assertTrue(diff.changes().isEmpty());
  }

  // --- matching

  @Test
  void aRenamedClauseIsModifiedWithItsOldId() {
    String renamed = ASK.replace("id: ask", "id: no-questions").replace("ground: felony", "ground: violent-felony");
    ClauseChange c = only(Diff.between(set(COOPERATE, ASK), set(COOPERATE, renamed)));
    assertEquals(ChangeType.MODIFIED, c.change());
    assertEquals("no-questions", c.id());
    assertEquals(Optional.of("ask"), c.oldId());
    assertEquals(Impact.STRENGTHENS, c.impact());
  }

  @Test
  void aRenamedClauseIsMatchedToTheMostSimilarCandidate() {
    String a1 = "  - {id: a1, kind: detainer-limit, modality: prohibition, actors: [jail], requests: [detainer],"
        + " text: The jail shall not honor detainers.}\n";
    String a2 = "  - {id: a2, kind: detainer-limit, modality: prohibition, actors: [jail], requests: [hold],"
        + " text: The jail shall not honor holds requested by ICE.}\n";
    String b2 = a2.replace("id: a2", "id: b2");
    String b1 = a1.replace("id: a1", "id: b1");
    SetDiff diff = Diff.between(set(a1, a2), set(b2, b1));
    assertEquals(List.of("a2", "a1"), diff.changes().stream().map(c -> c.oldId().orElse("?")).toList());
  }

  @Test
  void aRewordedClauseAmongManyCandidatesIsMatchedNearWhereItStood() {
    // More unmatched candidates of the same kind and actors than are scored: the reworded clause must still meet
    // its original, which stands where the clauses paired around it say it should.
    String[] topics = {"detainers", "holds", "warrants", "interviews", "transfers", "notices", "releases"};
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < ClauseMatcher.PAIRWISE_LIMIT + 8; i++) {
      before.append(jail("gone-" + i, "The jail shall not honor " + topics[i % topics.length] + " number " + i + "."));
    }
    before.append(jail("kept-1", "The jail keeps this clause."));
    before.append(jail("origin", "The jail shall not share release dates with immigration authorities."));
    before.append(jail("kept-2", "The jail keeps this clause too."));
    String after = jail("kept-1", "The jail keeps this clause.")
        + jail("renamed", "The jail shall never share release dates with federal immigration authorities.")
        + jail("kept-2", "The jail keeps this clause too.");
    ClauseChange renamed = Diff.between(set(before.toString()), set(after)).changes().stream()
        .filter(c -> c.id().equals("renamed")).findFirst().orElseThrow();
    assertEquals(ChangeType.MODIFIED, renamed.change());
    assertEquals(Optional.of("origin"), renamed.oldId());
  }

  private static String jail(String id, String text) {
    return "  - {id: " + id + ", kind: detainer-limit, modality: prohibition, actors: [jail], text: " + text + "}\n";
  }

  // --- properties

  @Test
  void aSetComparedWithItselfHasNoChanges() {
    for (Path file : ClauseSetFiles.under(Fixtures.SEEDS)) {
      ClauseSet s = Fixtures.load(file);
      assertTrue(Diff.between(s, s).isEmpty(), file.toString());
    }
    ClauseSet every = Fixtures.valid("every-kind.yaml");
    assertTrue(Diff.between(every, every).isEmpty());
  }

  @Test
  void whatOneWayCallsAddedTheOtherCallsRemovedWithTheOppositeImpact() {
    ClauseSet madison = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/res-2017-safe-haven.yaml"));
    ClauseSet police = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml"));
    SetDiff forward = Diff.between(madison, police);
    SetDiff backward = Diff.between(police, madison);
    for (ClauseChange c : forward.changes()) {
      if (c.change() == ChangeType.ADDED) {
        ClauseChange back = backward.changes().stream().filter(b -> b.id().equals(c.id())).findFirst().orElseThrow();
        assertEquals(ChangeType.REMOVED, back.change());
        assertEquals(c.impact().opposite(), back.impact(), c.id());
      }
    }
    assertEquals(forward.summary().added(), backward.summary().removed());
    assertEquals(forward.summary().removed(), backward.summary().added());
  }

  @Test
  void theResultDoesNotDependOnClauseOrder() {
    ClauseSet a = Fixtures.valid("every-kind.yaml");
    ClauseSet b = Fixtures.load(Fixtures.SEEDS.resolve("corpus/us-wi-madison/mpd-immigration-2017.yaml"));
    List<Clause> shuffled = new ArrayList<>(b.clauses());
    Collections.reverse(shuffled);
    ClauseSet reversed = new ClauseSet(b.id(), b.title(), b.jurisdiction(), b.type(), b.body(), b.status(), b.date(),
        b.params(), b.parties(), b.sources(), b.notes(), b.recitals(), shuffled, b.extensions());
    assertEquals(sorted(Diff.between(a, b)), sorted(Diff.between(a, reversed)));
  }

  private static List<String> sorted(SetDiff diff) {
    return diff.changes().stream().map(c -> c.change() + " " + c.id() + " " + c.oldId() + " " + c.impact()
        + " " + c.fields().stream().map(f -> f.field() + f.added() + f.removed() + f.impact()).toList())
        .sorted().toList();
  }
}
