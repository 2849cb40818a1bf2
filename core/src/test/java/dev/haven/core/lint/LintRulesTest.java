package dev.haven.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Position;
import dev.haven.core.io.Syntax;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule fires where it should and stays quiet where it should not. */
class LintRulesTest {

  private static final String HEAD = """
      format: haven/1
      id: us-zz-test/ord-1
      title: Test ordinance
      jurisdiction: {name: Town of Test, level: city}
      status: adopted
      TYPE
      parties:
        tpd: {name: Test Police Department, kind: police}
      clauses:
      """;

  private static List<Finding> lint(String type, String clauses) {
    LoadResult r = new ClauseSetReader().read("t.yaml", HEAD.replace("TYPE", type) + clauses, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return new Linter().lint(r);
  }

  private static List<Finding> lint(String clauses) {
    return lint("type: resolution", clauses);
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + f.severity().wireName() + " " + f.clause().orElse("-"))
        .toList();
  }

  private static String clause(String id, String kind, String modality, String extra, String text) {
    return "  - id: " + id + "\n    kind: " + kind + "\n" + (modality.isEmpty() ? "" : "    modality: " + modality
        + "\n") + "    actors: [tpd]\n" + extra.indent(4) + "    text: " + text + "\n";
  }

  @Nested
  class FederalStatusSharing {

    @Test
    void firesOnACommunicationLimitOnImmigrationStatus() {
      List<Finding> f = lint(clause("share", "communication-limit", "prohibition",
          "information: [immigration-status, release-date]", "Officers shall not share immigration status with ICE."));
      assertEquals(List.of("HV001 warning share"), rules(f));
      assertEquals("/clauses/0/information", f.get(0).pointer());
      assertEquals(new Position(14, 5), f.get(0).position());
      assertTrue(f.get(0).message().contains("8 U.S.C. § 1373 and § 1644"), f.get(0).message());
    }

    @Test
    void firesOnDisclosingCitizenshipAndOnANotificationLimit() {
      assertEquals(List.of("HV001 warning disclose"), rules(lint(clause("disclose", "status-non-inquiry",
          "prohibition", "acts: [disclose]\nsubjects: [citizenship]", "Officers shall not disclose citizenship."))));
      assertEquals(List.of("HV001 warning notify"), rules(lint(clause("notify", "notification-limit",
          "prohibition", "information: [citizenship]", "Officers shall not notify ICE of citizenship."))));
    }

    @Test
    void firesOnForbiddingToMaintainImmigrationStatusButNotCitizenship() {
      assertEquals(List.of("HV001 warning keep"), rules(lint(clause("keep", "status-non-inquiry", "prohibition",
          "acts: [record]", "Agencies shall not maintain records of immigration status."))));
      assertEquals(List.of(), rules(lint(clause("keep", "status-non-inquiry", "prohibition",
          "acts: [record]\nsubjects: [citizenship]", "Agencies shall not keep records of citizenship."))));
    }

    @Test
    void firesOnUnspecifiedInformationWhenTheTextNamesStatus() {
      assertEquals(List.of("HV001 warning c"), rules(lint(clause("c", "communication-limit", "prohibition", "",
          "Officers shall not tell ICE anyone's immigration status."))));
    }

    @Test
    void firesDespiteARequiredByLawExceptionAndSaysWhyItIsNoCure() {
      List<Finding> f = lint(clause("share", "communication-limit", "prohibition",
          "information: [immigration-status]\nexceptions:\n  - {ground: required-by-law, text: as federal law requires}",
          "Officers shall not share immigration status with ICE, except as required by law."));
      assertEquals(List.of("HV001 warning share"), rules(f));
      assertTrue(f.get(0).message().contains("'required-by-law' exception does not avoid the conflict"),
          f.get(0).message());
      assertTrue(f.get(0).message().contains("does not restrict sending status information to, or receiving it "
          + "from, federal immigration authorities"), f.get(0).message());
    }

    @Test
    void staysQuietWhenTheClausesOwnExceptionNamesSection1373() {
      assertEquals(List.of(), rules(lint(clause("share", "status-non-inquiry", "prohibition",
          "acts: [disclose]\nexceptions:\n  - {ground: required-by-law, text: as permitted by 8 U.S.C. Section 1373}",
          "Officers shall not disclose immigration status, except as permitted by 8 U.S.C. Section 1373."))));
    }

    @Test
    void staysQuietWhenAnyGeneralProvisionLeavesTheExchangeOfStatusFree() {
      assertEquals(List.of(), rules(lint(clause("share", "notification-limit", "prohibition",
          "information: [immigration-status]", "The jail shall not notify ICE of anyone's immigration status.")
          + clause("free", "general-provision", "", "provision: other",
              "This resolution does not prohibit or restrict any official from sending to, or receiving from, "
                  + "federal immigration authorities information regarding the citizenship or immigration status "
                  + "of an individual."))));
    }

    @Test
    void stillFiresWhenTheSavingsClauseOnlyDefersToLawInGeneral() {
      assertEquals(List.of("HV001 warning share"), rules(lint(clause("share", "communication-limit", "prohibition",
          "information: [immigration-status]", "Officers shall not share immigration status with ICE.")
          + clause("saving", "general-provision", "", "provision: savings",
              "Nothing in this chapter shall be construed to violate any federal law."))));
    }

    @Test
    void staysQuietWhenASavingsClauseDefersToFederalLaw() {
      assertEquals(List.of(), rules(lint(clause("share", "communication-limit", "prohibition",
          "information: [immigration-status]", "Officers shall not share immigration status with ICE.")
          + clause("saving", "general-provision", "", "provision: savings",
              "Nothing in this chapter prohibits sending information as 8 U.S.C. 1373 requires."))));
    }

    @Test
    void staysQuietWhenASavingsClauseOrAPermissionAllowsSharingStatus() {
      String limit = clause("share", "communication-limit", "prohibition", "information: [immigration-status]",
          "Officers shall not share immigration status with ICE.");
      assertEquals(List.of(), rules(lint(limit + clause("saving", "general-provision", "", "provision: savings",
          "However, an agency is not prohibited from sending to federal immigration authorities the citizenship "
              + "or immigration status of a person."))));
      assertEquals(List.of(), rules(lint(limit.replace("[tpd]", "[city]") + clause("allowed",
          "communication-limit", "permission", "information: [citizenship, immigration-status]",
          "Officers may send citizenship or immigration status to federal immigration authorities."))));
    }

    @Test
    void stillFiresWhenTheSavingsClauseIsOnlyAboutSeverability() {
      assertEquals(List.of("HV001 warning share"), rules(lint(clause("share", "communication-limit", "prohibition",
          "information: [immigration-status]", "Officers shall not share immigration status with ICE.")
          + clause("saving", "general-provision", "", "provision: savings",
              "If any part of this chapter is held invalid, the rest remains in force."))));
    }

    @Test
    void staysQuietOnReleaseDatesCustodyDetainersAndFacilityAccess() {
      String clauses = clause("dates", "communication-limit", "prohibition", "information: [release-date, custody-status]",
          "Officers shall not tell ICE release dates or custody status.")
          + clause("holds", "detainer-limit", "prohibition", "requests: [detainer, hold]",
              "The jail shall not hold anyone on an ICE detainer.")
          + clause("access", "facility-access-limit", "prohibition", "facilities: [jail, interviews]",
              "ICE agents shall not be given access to the jail or to interviews.")
          + clause("ask", "status-non-inquiry", "prohibition", "acts: [inquire]",
              "Officers shall not ask about immigration status.");
      assertEquals(List.of(), rules(lint(clauses)));
    }

    @Test
    void staysQuietOnAnXCounterparty() {
      assertEquals(List.of(), rules(lint(clause("c", "communication-limit", "prohibition",
          "counterparty: x-state-agencies\ninformation: [immigration-status]",
          "Officers shall not tell state agencies immigration status."))));
    }
  }

  @Nested
  class ModalityWording {

    @Test
    void firesWhenAProhibitionHasNoNegation() {
      assertEquals(List.of("HV002 warning p"), rules(lint(clause("p", "detainer-limit", "prohibition", "",
          "The jail shall honor every detainer."))));
    }

    @Test
    void firesWhenAPermissionOrObligationSaysShallNot() {
      assertEquals(List.of("HV002 warning p"), rules(lint(clause("p", "cooperation-condition", "permission",
          "grounds: [felony]", "Officers shall not assist ICE."))));
      assertEquals(List.of("HV002 warning o"), rules(lint(clause("o", "service-non-denial", "obligation", "",
          "Agencies may not deny services based on status."))));
    }

    @Test
    void firesWhenARecommendationBinds() {
      assertEquals(List.of("HV002 warning r"), rules(lint(clause("r", "detainer-limit", "recommendation", "",
          "The Sheriff shall not honor detainers."))));
    }

    @Test
    void staysQuietOnTheUsualWaysOfSayingEachModality() {
      String clauses = clause("a", "detainer-limit", "prohibition", "", "No officer shall honor a detainer.")
          + clause("b", "service-non-denial", "prohibition", "", "Services are not contingent upon status.")
          + clause("c", "cooperation-condition", "permission", "grounds: [felony]",
              "Officers will cooperate with ICE only when a person is charged with a felony.")
          + clause("d", "reporting-requirement", "obligation", "", "The Chief shall report each quarter.")
          + clause("e", "facility-access-limit", "recommendation", "", "The Board urges the Sheriff to refuse ICE access.")
          + clause("f", "spending-restriction", "prohibition", "", "Limits the spending of City funds.");
      assertEquals(List.of(), rules(lint(clauses)));
    }

    @Test
    void readsDiscretionAndWhatASectionDoesNotPreventAsPermissions() {
      assertEquals(List.of(), rules(lint(clause("g", "cooperation-condition", "permission", "grounds: [felony]",
          "An official shall have discretion to cooperate only if the person is convicted of a felony; in no case "
              + "shall cooperation occur for misdemeanors."))));
      assertEquals(List.of(), rules(lint(clause("h", "facility-access-limit", "permission", "",
          "This section does not prevent any agency from giving ICE access to interviews that does not violate "
              + "any local law."))));
    }

    @Test
    void readsADoubleNegationAsAPermission() {
      assertEquals(List.of(), rules(lint(clause("g", "communication-limit", "permission", "",
          "However, a county agent is not prohibited from sending the immigration status of a person."))));
      assertEquals(List.of(), rules(lint(clause("h", "communication-limit", "permission", "",
          "Nothing in this section prohibits any county agency from exchanging such information."))));
    }
  }

  @Nested
  class UndefinedGround {

    private static final String DEFINITIONS = """
          - id: defs
            kind: general-provision
            provision: definitions
            actors: [council]
            text: Definitions.
            terms:
              - {term: Serious offense, text: "a felony listed in section 3"}
        """;

    @Test
    void firesOnAGroundTheDefinitionsLeaveOut() {
      List<Finding> f = lint(DEFINITIONS + clause("c", "status-non-inquiry", "prohibition",
          "exceptions:\n  - {ground: gang-participation, text: unless in a gang}",
          "Officers shall not ask about status unless the person is in a gang."));
      assertEquals(List.of("HV003 warning c"), rules(f));
      assertEquals("/clauses/1/exceptions", f.get(0).pointer());
    }

    @Test
    void firesOnAnUndefinedCooperationGroundAndXTerm() {
      assertEquals(List.of("HV003 warning c", "HV003 warning c"), rules(lint(DEFINITIONS + clause("c",
          "cooperation-condition", "permission", "grounds: [terrorism, x-drug-trafficking]",
          "Officers may assist ICE only in terrorism or drug trafficking cases."))));
    }

    @Test
    void takesAnExtensionGroundsOwnWordsAsItsDefinitionAndLeavesScopeValuesAlone() {
      assertEquals(List.of(), rules(lint(DEFINITIONS + clause("c", "facility-access-limit", "prohibition",
          "facilities: [x-ice-interpreters]\nexceptions:\n  - {ground: x-public-information, text: unless the "
              + "information is available to the public}",
          "Officers shall not use ICE as interpreters unless the information is available to the public."))));
      assertEquals(List.of("HV003 warning c"), rules(lint(DEFINITIONS + clause("c", "facility-access-limit",
          "prohibition", "exceptions:\n  - {ground: x-public-information}",
          "Officers shall not use ICE as interpreters."))));
    }

    @Test
    void staysQuietWhenTheGroundIsDefinedOrThereAreNoDefinitions() {
      String useSerious = clause("c", "status-non-inquiry", "prohibition",
          "exceptions:\n  - {ground: serious-crime, text: unless the person committed a serious offense}\n"
              + "  - {ground: required-by-law, text: as the law requires}",
          "Officers shall not ask about status unless the person committed a serious offense.");
      assertEquals(List.of(), rules(lint(DEFINITIONS + useSerious)));
      assertEquals(List.of(), rules(lint(clause("c", "status-non-inquiry", "prohibition",
          "exceptions:\n  - {ground: gang-participation, text: unless in a gang}",
          "Officers shall not ask about status unless the person is in a gang."))));
    }

    @Test
    void neverCallsACourtOrderUndefined() {
      assertEquals(List.of(), rules(lint(DEFINITIONS + clause("c", "status-non-inquiry", "prohibition",
          "exceptions:\n  - {ground: court-order, text: unless a court orders it}",
          "Officers shall not ask about status unless a court orders it."))));
    }

    @Test
    void takesAGroundWhoseWordsCiteALawAsDefinedByThatLaw() {
      assertEquals(List.of(), rules(lint(DEFINITIONS + clause("c", "notification-limit", "prohibition",
          "exceptions:\n  - {ground: gang-participation, text: a gang member as defined in Section 186.22 of the Penal Code}",
          "The jail shall not tell ICE release dates, except of a gang member."))));
      assertEquals(List.of("HV003 warning c"), rules(lint(DEFINITIONS + clause("c", "notification-limit",
          "prohibition", "exceptions:\n  - {ground: gang-participation, text: a gang member}",
          "The jail shall not tell ICE release dates, except of a gang member."))));
    }
  }

  @Nested
  class OverlapsAndContradictions {

    @Test
    void firesWhenOverlappingClausesContradict() {
      List<Finding> f = lint(clause("no", "detainer-limit", "prohibition", "requests: [detainer]",
          "The jail shall not honor detainers.")
          + clause("yes", "detainer-limit", "permission", "requests: [detainer, hold]",
              "The jail may honor detainers."));
      assertEquals(List.of("HV004 warning yes"), rules(f));
    }

    @Test
    void firesWhenOverlappingClausesHaveDifferentExceptions() {
      assertEquals(List.of("HV005 warning b"), rules(lint(clause("a", "status-non-inquiry", "prohibition",
          "acts: [inquire]\nexceptions:\n  - {ground: felony, text: unless a felony}",
          "Officers shall not ask about status unless a felony.")
          + clause("b", "status-non-inquiry", "prohibition", "acts: [inquire, request-documents]",
              "Officers shall not ask about status."))));
    }

    @Test
    void reportsARestatementAsInfo() {
      assertEquals(List.of("HV005 info b"), rules(lint(clause("a", "detention-limit", "prohibition", "acts: [stop]",
          "Officers shall not stop anyone for status.")
          + clause("b", "detention-limit", "prohibition", "acts: [stop, arrest]",
              "Officers shall not stop or arrest anyone solely for status."))));
    }

    @Test
    void reportsEachOverlappingClauseOnceAgainstTheFirstItOverlaps() {
      // three restatements and one with other terms: a finding per later clause, never one per pair
      List<Finding> f = lint(clause("a", "detention-limit", "prohibition", "acts: [stop]", "No stops for status.")
          + clause("b", "detention-limit", "prohibition", "acts: [stop]", "No stops for status, again.")
          + clause("c", "detention-limit", "prohibition", "acts: [stop, arrest]", "No stops or arrests.")
          + clause("d", "detention-limit", "prohibition",
              "acts: [stop]\nexceptions:\n  - {ground: felony, text: unless a felony}", "No stops unless a felony."));
      assertEquals(List.of("HV005 info b", "HV005 info c", "HV005 warning d"), rules(f));
      assertTrue(f.get(2).message().contains("overlaps clause 'a'"), f.get(2).message());
    }

    @Test
    void staysQuietWhenScopesOrActorsDiffer() {
      String clauses = clause("a", "status-non-inquiry", "prohibition", "acts: [inquire]",
          "Officers shall not ask about status.")
          + clause("b", "status-non-inquiry", "permission", "acts: [request-documents]",
              "Officers may ask for documents.")
          + clause("c", "detainer-limit", "prohibition", "requests: [detainer]", "No detainers shall be honored.")
          + "  - id: d\n    kind: detainer-limit\n    modality: permission\n    actors: [jail]\n"
          + "    requests: [detainer]\n    text: The jail may honor detainers.\n";
      assertEquals(List.of(), rules(lint(clauses)));
    }
  }

  @Nested
  class TemplatesAndPlaceholders {

    private static final String ASK = clause("ask", "status-non-inquiry", "prohibition", "acts: [inquire]",
        "Officers of the ${city} shall not ask about status.");

    @Test
    void firesOnAPlaceholderLeftInASetThatIsNotATemplate() {
      List<Finding> f = lint(ASK);
      assertEquals(List.of("HV006 warning -"), rules(f));
      assertEquals("/clauses/0/text", f.get(0).pointer());
    }

    @Test
    void firesOnAnUnusedParameterOfATemplateOnly() {
      String template = HEAD.replace("status: adopted", "status: template").replace("TYPE",
          "params:\n  city: {default: Town of Test}\n  county: {default: Test County}");
      LoadResult r = new ClauseSetReader().read("t.yaml", template + ASK, Syntax.YAML);
      assertEquals(List.of(), r.problems());
      List<Finding> f = new Linter().lint(r);
      assertEquals(List.of("HV007 warning -"), rules(f));
      assertEquals(new Position(8, 3), f.get(0).position());
    }

    @Test
    void staysQuietOnAnEscapedPlaceholder() {
      assertEquals(List.of(), rules(lint(clause("ask", "status-non-inquiry", "prohibition", "acts: [inquire]",
          "Officers shall not ask about status (write $${city} in templates)."))));
    }
  }

  @Nested
  class Severability {

    private static final String ASK = clause("ask", "status-non-inquiry", "prohibition", "acts: [inquire]",
        "Officers shall not ask about status.");

    @Test
    void reportsAnOrdinanceOrStatuteWithoutSeverabilityAsInfo() {
      assertEquals(List.of("HV008 info -"), rules(lint("type: ordinance", ASK)));
      assertEquals(List.of("HV008 info -"), rules(lint("type: statute", ASK)));
    }

    @Test
    void acceptsASeverabilityProvisionOrASavingsClauseThatKeepsTheRest() {
      assertEquals(List.of(), rules(lint("type: ordinance", ASK + clause("sev", "general-provision", "",
          "provision: severability", "If any part is held invalid, the rest remains in force."))));
      assertEquals(List.of(), rules(lint("type: ordinance", ASK + clause("sav", "general-provision", "",
          "provision: savings", "If any section is held unconstitutional, the remaining sections are not affected."))));
    }

    @Test
    void saysWhenTheNotesNameASeverabilitySectionThatIsNotEncoded() {
      List<Finding> f = lint("type: ordinance\nnotes: 'Not encoded, as the source gives only its heading: Sec. 6 "
          + "Severability.'", ASK);
      assertEquals(List.of("HV008 info -"), rules(f));
      assertTrue(f.get(0).message().contains("source has a severability section that the set does not encode"),
          f.get(0).message());
    }

    @Test
    void staysSilentOnAnExcerptThatSaysNothingOfSeverability() {
      assertEquals(List.of(), rules(lint("type: ordinance", clause("ask", "status-non-inquiry", "prohibition",
          "acts: [inquire]", "Officers shall not ask about status or [...]"))));
    }

    @Test
    void doesNotAskItOfResolutionsOrPolicies() {
      assertEquals(List.of(), rules(lint("type: resolution", ASK)));
      assertEquals(List.of(), rules(lint("type: policy", ASK)));
    }
  }
}
