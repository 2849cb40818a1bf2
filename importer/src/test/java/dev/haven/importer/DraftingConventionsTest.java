package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Drafting conventions of ordinances that the importer must read the way a lawyer does. The texts are written
 * for these tests (no real ordinance's words), each showing one convention. A convention checked only by the
 * kinds, modalities, provision types or locators of its clauses is an example in {@code conventions.md} instead,
 * run by {@link ConventionExamplesTest}.
 */
class DraftingConventionsTest {

  private static ImportResult draft(String text) {
    return new Importer().importBytes("ordinance.txt", text.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT,
        ImportOptions.DEFAULTS.withJurisdiction("City of Example, Oregon"));
  }

  private static ImportResult draftPage(String html) {
    return new Importer().importBytes("page.html", html.getBytes(StandardCharsets.UTF_8), InputFormat.HTML,
        ImportOptions.DEFAULTS.withJurisdiction("City of Example, Oregon"));
  }

  private static List<Optional<Modality>> modalities(ImportResult result) {
    return result.set().clauses().stream().map(Clause::modality).toList();
  }

  private static List<ClauseKind> kinds(ImportResult result) {
    return result.set().clauses().stream().map(Clause::kind).toList();
  }

  private static List<String> provisions(ImportResult result) {
    return result.set().clauses().stream()
        .map(c -> c instanceof GeneralProvision g ? g.provision().map(p -> p.wireName()).orElse("-") : "-").toList();
  }

  private static List<String> locators(ImportResult result) {
    return result.clauses().stream().map(ImportedClause::locator).toList();
  }

  @Test
  void aBillsLineNumbersAreQuotedButNotRead() {
    ImportResult result = draft("""
        1 AN ACT concerning immigration agreements
        2
        3 SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY,
        4 That the Laws read as follows:
        5 (A) (1) IN THIS SECTION, "ENFORCEMENT AGREEMENT"
        6 MEANS AN AGREEMENT WITH THE FEDERAL GOVERNMENT TO ENFORCE
        7 CIVIL IMMIGRATION LAW.
        8 (B) AN AGENCY OR OFFICER OF THE STATE MAY
        9 NOT ENTER INTO AN IMMIGRATION ENFORCEMENT AGREEMENT; AND NO OFFICER
        10 SHALL ASK ANY PERSON ABOUT IMMIGRATION STATUS UNLESS REQUIRED BY
        11 A COURT ORDER.
        """);
    assertEquals(List.of("SECTION 1(A)", "SECTION 1(B)", "SECTION 1(B)"), locators(result));
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.ENFORCEMENT_NON_PARTICIPATION,
        ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    // the definition is read across its line number; the text quotes the input, numbers and all
    assertEquals(List.of("definitions", "-", "-"), provisions(result));
    assertTrue(result.set().clauses().get(0).text().contains("\"ENFORCEMENT AGREEMENT\" 6 MEANS"));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION)),
        modalities(result).subList(1, 3));
    assertEquals("UNLESS REQUIRED BY 11 A COURT ORDER",
        result.set().clauses().get(2).exceptions().get(0).text().orElseThrow());
  }

  @Test
  void aBillsPageAndLineNumbersInAWebPageAreQuotedButNotRead() {
    ImportResult result = draftPage("<p>3.9 Subd. 2. Findings. (a) The legislature finds that trust in <br />"
        + "3.10 government is eroded when agencies enforce <br />3.11 immigration law. <br />"
        + "3.12 Subd. 3.Restrictions.(a) A government unit and the <br />3.13 unit's personnel shall not "
        + "ask any person <br />3.14 about immigration status unless required by <br />3.15 a court order. <br />"
        + "3.16 (b) A government unit shall not honor a civil <br />3.17 immigration detainer. <br />"
        + "3.18 (c) A government unit shall</p>");
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.STATUS_NON_INQUIRY, ClauseKind.DETAINER_LIMIT),
        kinds(result));
    assertEquals(List.of("Subd 2(a)", "Subd 3(a)", "Subd 3(b)"), locators(result));
    assertEquals("A government unit and the 3.13 unit's personnel shall not ask any person 3.14 about immigration "
        + "status unless required by 3.15 a court order.", result.set().clauses().get(1).text());
    assertEquals("unless required by 3.15 a court order",
        result.set().clauses().get(1).exceptions().get(0).text().orElseThrow());
  }

  @Test
  void sectionsNumberedOneLineEachAreNotLineNumbers() {
    ImportResult result = draft("""
        1.1 Purpose. This policy guides staff.
        1.2 No officer shall ask any person about immigration status.
        1.3 No officer shall honor a civil immigration detainer.
        1.4 Staff shall not share information with ICE.
        1.5 The jail shall not give ICE access to inmates.
        1.6 No city funds shall be used to enforce immigration law.
        1.7 Officers shall not join immigration raids.
        1.8 This policy takes effect on adoption.
        """);
    assertEquals(List.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7"),
        locators(result).subList(1, 7));
  }

  @Test
  void numberedItemsAreNotLineNumbers() {
    ImportResult result = draft("""
        Sec. 4-20. Duties.
        Staff shall:
        1 Log every request from immigration officers;
        2 Tell the principal about it.
        No officer shall ask any person about immigration status.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION, ClauseKind.STATUS_NON_INQUIRY),
        kinds(result));
    assertTrue(result.set().clauses().get(0).text().startsWith("1 Log"), result.set().clauses().get(0).text());
  }

  @Test
  void theEnactingWordsNameTheirBodyAndTheClauseStartsAfterThem() {
    ImportResult ordained = draft("WHEREAS, the town welcomes everyone; NOW THEREFORE, Be it ordained by the Town "
        + "Council of Example, as follows: Section 1. No town employee shall ask any person about immigration "
        + "status.\n");
    assertEquals(List.of("Section 1"), locators(ordained));
    assertEquals("No town employee shall ask any person about immigration status.",
        ordained.set().clauses().get(0).text());
    ImportResult resolved = draft("RESOLVED BY THE COMMON COUNCIL OF THE CITY OF EXAMPLE that the City shall not "
        + "spend city funds to enforce federal immigration law.\n");
    assertEquals("the City shall not spend city funds to enforce federal immigration law.",
        resolved.set().clauses().get(0).text());
  }

  @Test
  void aListOfDocumentsAfterARuleIsPartOfThatRule() {
    ImportResult result = draft("""
        Sec. 4-14. Documents.
        1. No employee shall ask any person for documents showing immigration status. Such documents include:
        a. Passports;
        b. Visas.
        2. No employee shall deny city services because of immigration status.
        """);
    assertEquals(List.of("4-14(1)", "4-14(2)"), locators(result));
    String first = result.set().clauses().get(0).text();
    assertTrue(first.startsWith("No employee shall ask") && first.endsWith("Visas."), first);
    assertEquals(ClauseKind.STATUS_NON_INQUIRY, result.set().clauses().get(0).kind());
  }

  @Test
  void whatAReportHoldsIsPartOfTheReportingRuleAndDoesNotDecideItsKind() {
    ImportResult result = draft("""
        Sec. 4-15. Reports.
        The Sheriff shall submit an annual report to the County Board, including:
        (1) the number of immigration detainers and administrative warrants received;
        (2) the number of detainers honored.
        """);
    assertEquals(1, result.clauses().size(), locators(result).toString());
    assertEquals(ClauseKind.REPORTING_REQUIREMENT, result.set().clauses().get(0).kind());
    assertTrue(result.set().clauses().get(0).text().endsWith("the number of detainers honored."));
  }

  @Test
  void theInformationARecordMustHoldIsPartOfTheRecordingRule() {
    ImportResult result = draft("""
        Sec. 4-16. Records of requests.
        Any employee who receives a request from ICE must make a record of it within five days, with the following information:
        (a) the date of the request;
        (b) the agency that made it.
        """);
    assertEquals(1, result.clauses().size(), locators(result).toString());
    assertEquals(ClauseKind.REPORTING_REQUIREMENT, result.set().clauses().get(0).kind());
  }

  @Test
  void nothingPreventsAssistingInCriminalInvestigationsIsACooperationCondition() {
    ImportResult result = draft("""
        Sec. 4-17. Criminal matters.
        Nothing in this chapter prevents officers from assisting federal agents in the investigation of criminal activity.
        """);
    Clause only = result.set().clauses().get(0);
    assertEquals(ClauseKind.COOPERATION_CONDITION, only.kind());
    assertEquals(Optional.of(Modality.PERMISSION), only.modality());
    assertEquals(List.of(ExceptionGround.CRIMINAL_INVESTIGATION),
        ((CooperationCondition) only).grounds().stream().map(g -> g.known().orElseThrow()).toList());
  }

  @Test
  void aCommonWordInTheLeadInAloneDoesNotGiveAnItemItsKind() {
    ImportResult result = draft("""
        Sec. 4-18. Prosecution.
        (a) In providing public safety services, prosecutors shall be permitted to:
        (1) explain to a defendant the consequences of a guilty plea.
        """);
    ImportedClause only = result.clauses().get(0);
    assertEquals(ClauseKind.GENERAL_PROVISION, only.kind());
    assertTrue(only.review().stream().anyMatch(r -> r.contains("weak hint of kind service-non-denial")),
        only.review().toString());
  }

  @Test
  void conditionsListedAfterUnlessAreOneExceptionOfTheRuleTheyFinish() {
    ImportResult result = draft("""
        Sec. 4-21. Inquiries.
        (1) An agency may not:
        (a) Inquire into an individual's immigration status unless:
        (A) The information is needed for an investigation of a violation of state criminal law; or
        (B) A court orders it.
        (b) Deny services to an individual on the basis of immigration status.
        """);
    assertEquals(List.of("4-21(1)(a)", "4-21(1)(b)"), locators(result));
    Clause inquiry = result.set().clauses().get(0);
    assertEquals(ClauseKind.STATUS_NON_INQUIRY, inquiry.kind());
    assertEquals(Set.of(ExceptionGround.COURT_ORDER, ExceptionGround.CRIMINAL_INVESTIGATION),
        inquiry.core().exceptions().stream().map(e -> e.ground().known().orElseThrow()).collect(Collectors.toSet()));
  }

  @Test
  void aDutyToDeclineIsAProhibition() {
    ImportResult result = draft("""
        Sec. 4-23. Detainers.
        The Sheriff shall decline immigration detainer requests.
        """);
    assertEquals(List.of(Optional.of(Modality.PROHIBITION)), modalities(result));
    assertEquals(ClauseKind.DETAINER_LIMIT, result.set().clauses().get(0).kind());
  }

  @Test
  void privateDetentionCivilActionsAndComplaintsHaveTheirKinds() {
    ImportResult result = draft("""
        Sec. 4-24. Detention and remedies.
        (a) No person may operate a private immigration detention facility in the county.
        (b) Any person may bring a civil action against an agency that violates this section.
        (c) Any person who believes this section was violated may file a written complaint with the Inspector General.
        """);
    List<Clause> clauses = result.set().clauses();
    assertEquals(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, clauses.get(0).kind());
    assertEquals(List.of("private-right-of-action", "complaint-procedure"), clauses.subList(1, 3).stream()
        .map(c -> ((GeneralProvision) c).provision().map(p -> p.wireName()).orElse("none")).toList());
  }

  @Test
  void whatASavingsClauseLeavesAloneIsOneGeneralProvision() {
    ImportResult result = draft("""
        Sec. 4-26. Savings.
        (1) Sections 4-20 to 4-25 do not limit or prohibit any agency from:
        (a) Sending to, or receiving from, federal immigration authorities the immigration status of a person; or
        (b) Complying with any other state or federal law.
        (2) Nothing in subsection (1) prohibits the disclosure of information that is:
        (a) Required by state law; or
        (b) Ordered by a court.
        """);
    assertEquals(List.of("4-26(1)", "4-26(2)"), locators(result));
    for (Clause c : result.set().clauses()) {
      assertEquals(ClauseKind.GENERAL_PROVISION, c.kind(), c.text());
      assertEquals(Optional.of(Modality.PERMISSION), c.modality(), c.text());
    }
  }

  @Test
  void linesBrokenMidSentenceInAWebPageAreReadAsOneParagraph() {
    String page = "<html><body><div>Sec. 4-30. Detainers.<br />(a) No officer of the City shall hold a person on an"
        + " <br />immigration detainer after the person is eligible <br />for release.<br />(b) No officer shall"
        + " give federal agents <br />access to the jail.</div></body></html>";
    ImportResult result = draftPage(page);
    assertEquals(List.of(ClauseKind.DETAINER_LIMIT, ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
    assertEquals("No officer of the City shall hold a person on an immigration detainer after the person is eligible"
        + " for release.", result.set().clauses().get(0).text());
  }

  @Test
  void examplesUnderALeadInNamingTheProhibitionAreProhibitionsEvenWhenTheRuleIsOnAnotherPage() {
    ImportResult result = draft("""
        The prohibition stated in this Section shall include but not be limited to:
        (a) notifying federal agents of the day a person will leave the jail;
        (b) enforcing any federal program requiring the registration of persons by their religion; and
        (c) keeping lists of persons born abroad.
        """);
    // (c) fits no kind: a rule all the same, kept for review rather than dropped
    assertEquals(List.of(ClauseKind.NOTIFICATION_LIMIT, ClauseKind.ENFORCEMENT_NON_PARTICIPATION,
        ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION),
        Optional.of(Modality.PROHIBITION)), modalities(result));
  }

  @Test
  void anExecutiveOrdersDirectionsBindAsTheirItemsSay() {
    ImportResult result = draft("""
        NOW, THEREFORE, I, Pat Doe, County Executive, do hereby order and direct:

        All departments and offices of the County to:

        1. Ensure that no County employee shall ask any person about his or her immigration status.

        2. Train their staff on this order.
        """);
    // the nearer lead-in is no clause of its own; an item that forbids in its own words forbids
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.OBLIGATION)), modalities(result));
  }

  @Test
  void theMonthOfMayIsNoModalAndThoseASubjectLeavesOutAreNotBound() {
    ImportResult result = draft("""
        Signed: May 4, 2017

        A City employee, other than police officers, shall not ask a person about the person's immigration status.
        """);
    assertEquals(1, result.set().clauses().size());
    assertEquals(List.of("city-employees"), result.set().clauses().get(0).actors().stream()
        .map(a -> a.value()).toList());
  }

  @Test
  void aTextThatLostItsLineBreaksStillHasRecitalsDefinitionsAndRules() {
    // as a scanned order reads once its lines run together and its curly quotes became "?"
    ImportResult result = draft("ORDER No. 7 WHEREAS, the County serves everyone; and WHEREAS, trust helps public"
        + " safety; NOW, THEREFORE, I, Pat Doe, County Executive, do hereby order that: I. As used herein, a."
        + " ?resident? means a person who lives in the County; b. ?status? means immigration status but shall not"
        + " include citizenship. II. A County employee shall not ask a resident about his or her immigration"
        + " status unless: a. federal law requires it; or b. the resident asks for help with it.\n");
    assertEquals(2, result.set().recitals().size());
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertEquals(List.of(Optional.empty(), Optional.of(Modality.PROHIBITION)), modalities(result));
    assertEquals(Set.of("resident", "status"), ((GeneralProvision) result.set().clauses().get(0)).terms().stream()
        .map(t -> t.term()).collect(Collectors.toSet()));
  }

  @Test
  void termsPrintedOnLinesOfTheirOwnAreDefinedByTheWordsUnderThem() {
    // as a code library prints an article's definitions: the term in capitals, its definition below it
    ImportResult result = draft("As used in this article, the following terms shall have the meanings indicated:\n"
        + "HOLD REQUEST\nA request that a jail keep a person in custody after release.\n"
        + "IMMIGRATION AGENT or ICE AGENT\nAn officer of a federal agency that enforces the immigration laws.\n"
        + "A.\nThe Town shall not detain a person on the basis of a hold request.\n");
    GeneralProvision definitions = (GeneralProvision) result.set().clauses().get(0);
    assertEquals(List.of("HOLD REQUEST", "IMMIGRATION AGENT or ICE AGENT"),
        definitions.terms().stream().map(t -> t.term()).toList());
    assertEquals("An officer of a federal agency that enforces the immigration laws.",
        definitions.terms().get(1).text());
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.DETAINER_LIMIT), kinds(result));
  }

  @Test
  void aTermMayCarryAParenthesisAndItsDefinitionMayRunOverLines() {
    ImportResult result = draft("When used in this article, the following terms shall have the\nmeanings indicated:\n"
        + "HOLD REQUEST (also called a \"DETAINER\")\nA request that a jail keep a person in\ncustody after release.\n"
        + "ICE\nUnited States Immigration and Customs Enforcement.\n");
    GeneralProvision definitions = (GeneralProvision) result.set().clauses().get(0);
    assertEquals(List.of("HOLD REQUEST (also called a \"DETAINER\")", "ICE"),
        definitions.terms().stream().map(t -> t.term()).toList());
    assertEquals("A request that a jail keep a person in custody after release.", definitions.terms().get(0).text());
  }

  @Test
  void bulletsUnderALeadInThatNamesWhoTheyBindAreItsRules() {
    String page = "<html><body><p>Under this policy:</p><p>Our police officers:</p><ul>"
        + "<li>Cannot ask anyone about his or her immigration status.</li>"
        + "<li>Cannot take part in immigration raids.</li></ul>"
        + "<p>Our correctional officers:</p><ul>"
        + "<li>Cannot keep a person in custody past the time he or she would otherwise be released.</li>"
        + "</ul></body></html>";
    ImportResult result = draftPage(page);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.ENFORCEMENT_NON_PARTICIPATION,
        ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals(List.of("police", "police", "jail"), result.set().clauses().stream()
        .map(c -> c.actors().get(0).value()).toList());
  }

  @Test
  void anExceptionsOwnRunInListGoesOnPastItsSemicolons() {
    ImportResult result = draft("""
        Sec. 4-60. Detainers.
        Officers shall decline an immigration detainer, unless (a) it comes with a judicial warrant, or (b) the chief
        finds that the person (i) came back after a previous removal; or (ii) is engaged in terrorist activity.
        """);
    assertEquals(Set.of(ExceptionGround.JUDICIAL_WARRANT, ExceptionGround.PREVIOUSLY_DEPORTED,
        ExceptionGround.TERRORISM), result.set().clauses().get(0).exceptions().stream()
        .map(e -> e.ground().known().orElseThrow()).collect(Collectors.toSet()));
  }

  @Test
  void whatARuleCannotBeDoneWithoutListsItsExceptions() {
    ImportResult result = draft("""
        Sec. 4-61. Access.
        Staff shall not let immigration agents enter a classroom without:
        (a) a judicial warrant;
        (b) the consent of the principal; or
        (c) an emergency that threatens public safety.
        """);
    assertEquals(List.of("4-61"), locators(result));
    assertEquals(Set.of(ExceptionGround.JUDICIAL_WARRANT, ExceptionGround.CONSENT, ExceptionGround.PUBLIC_SAFETY),
        result.set().clauses().get(0).exceptions().stream()
            .map(e -> e.ground().known().orElseThrow()).collect(Collectors.toSet()));
  }

  @Test
  void aCodePageWithNoTitleIsNamedByItsOpeningSectionNotByItsFile() {
    ImportResult page = draft("""
        Sec. 4-64. Detainers.
        No officer shall hold a person on an immigration detainer.
        """);
    assertEquals("Sec. 4-64. Detainers.", page.set().title());
    ImportResult titled = draft("""
        AN ORDINANCE OF THE CITY OF EXAMPLE

        Sec. 4-64. Detainers.
        No officer shall hold a person on an immigration detainer.
        """);
    assertEquals("AN ORDINANCE OF THE CITY OF EXAMPLE", titled.set().title());
  }

  @Test
  void withoutTheConsentOfSomeoneIsAnExceptionButWithoutTheRestOfASectionIsNot() {
    ImportResult result = draft("""
        Sec. 4-62. Pupil records.
        A pupil's citizenship status shall not be disclosed to any officer without the written consent of a parent.

        Sec. 4-63. Severability.
        If any part of this chapter is held invalid, the rest shall be given effect without the invalid part.
        """);
    assertEquals(List.of(ExceptionGround.CONSENT), result.set().clauses().get(0).exceptions().stream()
        .map(e -> e.ground().known().orElseThrow()).toList());
    assertEquals(List.of(), result.set().clauses().get(1).exceptions());
    assertTrue(result.clauses().get(1).review().stream().noneMatch(r -> r.contains("exception")),
        () -> result.clauses().get(1).review().toString());
  }

  @Test
  void aSentenceThatFitsNoKindCarriesOutTheRuleBeforeIt() {
    ImportResult result = draft("""
        Sec. 4-70. Forms.
        No form used by the City shall ask about immigration status. Departments shall go over such forms every
        year and amend them to conform with this section.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertTrue(result.set().clauses().get(0).text().endsWith("amend them to conform with this section."));
  }

  @Test
  void findingsThatMentionServicesOrArrestsAreStillFindings() {
    ImportResult result = draft("""
        EXAMPLE WELCOMING ORDINANCE

        Findings
        The Council finds and declares the following:
        a) Newcomers take part in every part of the life of the City.
        b) Fear of arrest keeps some residents from reporting crimes or from being denied access to clinics.

        Definitions
        For purposes of this chapter, "officer" means any sworn member of the police department.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("findings", "definitions"), provisions(result));
    assertEquals(List.of("Findings", "Definitions"), locators(result));
    assertEquals("EXAMPLE WELCOMING ORDINANCE", result.set().title());
  }

  @Test
  void aStatementOfPolicyIsAFindingAndAdoptedRecitalsToo() {
    ImportResult result = draft("""
        It is the policy of the City to serve every resident alike, whatever his or her origin.

        NOW, THEREFORE, THE COUNCIL OF THE CITY OF EXAMPLE DO ORDAIN as follows: Section 1. Recitals Adopted. The
        Council hereby adopts the recitals set forth above.
        """);
    assertEquals(List.of("findings", "findings"), provisions(result));
    assertTrue(result.set().clauses().get(1).text().startsWith("The Council hereby adopts"));
  }

  @Test
  void aManualRunTogetherFromAPdfKeepsItsLettersAndNumbersAsLabels() {
    // one line, as a PDF's text often comes: the page header, the heading and the rules run together
    ImportResult result = draft("""
        RECORDS DIVISION Rev. 3/19 PAGE 1 1. GENERAL A. Officers shall treat every person with courtesy. B. Officers \
        shall not ask a victim about his or her immigration status. C. Supervisors review these rules each year. \
        1. Officers are encouraged to ask a supervisor when unsure. 2. Officers may use interpreters.
        """);
    assertEquals(List.of("(A)", "(B)", "(C)(1)", "(C)(2)"), locators(result));
    assertEquals(ClauseKind.STATUS_NON_INQUIRY, kinds(result).get(1));
    assertEquals("Officers are encouraged to ask a supervisor when unsure.", result.set().clauses().get(2).text());
  }

  @Test
  void anInitialIsNoLabel() {
    ImportResult result = draft("""
        Sec. 4-80. Liaison.
        The liaison named by Mayor John B. Smith shall not ask any person about immigration status.
        """);
    assertEquals(1, result.set().clauses().size());
    assertTrue(result.set().clauses().get(0).text().startsWith("The liaison named by Mayor John B. Smith"));
  }

  @Test
  void notifyingASupervisorIsNoNotificationOfRelease() {
    ImportResult result = draft("""
        Sec. 4-92. Supervisors.
        An officer who departs from this policy shall notify a supervisor the same day.
        (a) No officer shall notify immigration agents of a person's release from the jail.
        """);
    assertEquals(ClauseKind.GENERAL_PROVISION, kinds(result).get(0));
    assertEquals(ClauseKind.NOTIFICATION_LIMIT, kinds(result).get(1));
  }

  @Test
  void aListStartsAtItsFirstLabel() {
    // a page of a longer document: (a) to (c) are items of a paragraph (2) printed on the page before, and (3)
    // follows them
    ImportResult result = draft("""
        (a) No officer shall ask about immigration status.
        (b) No officer shall hold a person on an immigration detainer.
        (3) The City shall publish a written report of immigration requests each quarter.
        """);
    assertEquals(List.of("(a)", "(b)", "(3)"), locators(result));
    assertEquals(ClauseKind.REPORTING_REQUIREMENT, kinds(result).get(2));
  }

  @Test
  void aHeadingInCapitalsIsAHeadingAndASanctuaryDeclarationIsASafeSpace() {
    String page = "<html><body><p>It is hereby affirmed that the County of Example is a sanctuary.</p>"
        + "<p>PURPOSE OF THIS CHAPTER.</p>"
        + "<p>The purpose of this chapter is to keep county funds for county work and to end all contact with ICE.</p>"
        + "</body></html>";
    ImportResult result = new Importer().importBytes("page.html", page.getBytes(StandardCharsets.UTF_8),
        InputFormat.HTML, ImportOptions.DEFAULTS.withJurisdiction("County of Example, Oregon"));
    assertEquals(List.of(ClauseKind.SAFE_SPACE, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("-", "findings"), provisions(result));
  }

  @Test
  void aStruckLabelGivesWayToItsReplacementAndDefinitionsStayOneProvision() {
    ImportResult result = draft("""
        Section 1. Section 4-103 is repealed and the following is substituted in lieu thereof:
        (a) For the purposes of this section:
        (1) "Detainer" means a request from immigration agents to hold a person.
        [(1)] (2) "Officer" means a sworn member of the police department, including:
        (A) a sergeant; and
        (B) a detective.
        (b) No officer shall hold a person on a detainer.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals(List.of("definitions", "-"), provisions(result));
    // the definitions open with the words that introduce them, so they are all of subsection (a)
    assertEquals(List.of("4-103(a)", "4-103(b)"), locators(result));
    assertTrue(result.set().clauses().get(0).text().startsWith("For the purposes of this section:"));
  }

  @Test
  void aWordInCapitalsAloneIsAHeadingOnAWebPage() {
    String page = "<html><body><p><strong>PURPOSE</strong></p>"
        + "<p>The purpose of this policy is to keep every resident safe, whatever his or her origin.</p>"
        + "<p><strong>INTRODUCTION</strong></p>"
        + "<p>No member of the department shall ask a victim about his or her immigration status.</p>"
        + "</body></html>";
    ImportResult result = draftPage(page);
    assertEquals(List.of("PURPOSE", "INTRODUCTION"), locators(result));
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void aListOfSectionTitlesAndStaffCommentaryGiveNoClauses() {
    String page = "<html><body><h2>Explanation</h2>"
        + "<p>This ordinance will end the use of city funds for immigration enforcement.</p>"
        + "<h2>Body</h2><ul><li>Title</li><li>No private cause of action</li><li>Severability</li></ul>"
        + "<p>Purpose and intent</p>"
        + "<p>The Council finds that trust between residents and the police keeps everyone safe.</p>"
        + "<p>Definitions</p><p>\"Officer\" means a sworn member of the police department.</p>"
        + "</body></html>";
    ImportResult result = draftPage(page);
    assertEquals(List.of("Purpose and intent", "Definitions"), locators(result));
    assertEquals(List.of("findings", "definitions"), provisions(result));
  }

  @Test
  void aSentenceThatFitsNoKindIntroducesTheRuleAfterIt() {
    ImportResult result = draft("""
        Sec. 4-104. Fair policing.
        Employees must police fairly. This means no member of [this agency] shall take any action based solely on a
        person's immigration status.
        """);
    assertEquals(List.of(ClauseKind.DETENTION_LIMIT), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION)), modalities(result));
    assertTrue(result.set().clauses().get(0).text().startsWith("Employees must police fairly."));
  }

  @Test
  void aWordAPdfBrokeAtALinesEndIsReadWholeAndQuotedAsPrinted() {
    ImportResult result = draft("""
        Sec. 4-105. Questions.
        No officer shall ask any person about his or her immigra-
        tion status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertEquals("No officer shall ask any person about his or her immigra- tion status.",
        result.set().clauses().get(0).text());
  }

  @Test
  void aStatutesOtherWaysOfForbiddingAndAmendingAreRead() {
    ImportResult result = new Importer().importBytes("act.txt", """
        THE PEOPLE OF THE STATE OF NEW YORK DO ENACT AS FOLLOWS:
        § 2. The civil rights law is amended by adding a new section 99 to read as follows:
        § 99. Arrests near courts. 1. A person going to or returning from a court proceeding is privileged from civil
        arrest unless a judge's warrant authorizes it.
        2. It is unlawful for any officer to question a witness about immigration status.
        """.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT, ImportOptions.DEFAULTS);
    assertEquals(List.of(ClauseKind.SAFE_SPACE, ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION)), modalities(result));
    assertEquals(List.of("99", "99(2)"), locators(result));
    assertEquals("State of New York", result.set().jurisdiction().name());
  }

  @Test
  void aSecondRuleWithItsOwnSubjectAfterACommaAndIsASecondClause() {
    ImportResult result = draft("""
        Sec. 4-129. Campus police.
        Officers will not stop or detain anyone solely on the basis of immigration status, and the Department of \
        Public Safety will not undertake joint operations with federal immigration authorities.
        """);
    assertEquals(List.of(ClauseKind.DETENTION_LIMIT, ClauseKind.ENFORCEMENT_NON_PARTICIPATION), kinds(result));
    assertTrue(result.set().clauses().get(1).text().startsWith("and the Department"));
  }

  @Test
  void aDefinitionsModalsDefineAndItsSubsectionKeepsTheSectionNumber() {
    ImportResult result = draft("""
        § 28-300. Detainers.
        (a) Purpose. This section limits the honoring of detainers.
        (b) Definitions.
        (1) "Eligible for release" means that the person may be released because one of the following has occurred:
        a. All charges were dropped.
        b. The sentence was served.
        """);
    assertEquals(List.of("definitions"), provisions(result).subList(provisions(result).size() - 1,
        provisions(result).size()));
    assertTrue(locators(result).contains("28-300(b)(1)"));
    assertTrue(result.set().clauses().stream().anyMatch(c -> c.text().startsWith("\"Eligible for release\" means")));
  }

  @Test
  void tellingTheInmateOfAnIceRequestIsNotNotifyingIce() {
    ImportResult result = draft("""
        Sec. 4-132. Notices.
        Deputies must provide notification of the ICE request to the inmate.
        """);
    assertTrue(kinds(result).stream().noneMatch(k -> k == ClauseKind.NOTIFICATION_LIMIT));
  }

  @Test
  void definitionsOpenWithTheWordsThatIntroduceThemWhateverTheContextRequires() {
    ImportResult result = draft("""
        Sec. 4-136. Definitions.
        As used in this article, unless the context otherwise requires:
        (1) "Detainer" means a request to hold a person, which may be renewed.
        (2) "Officer" means any of the following:
        (a) a deputy; or
        (b) a jailer.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
    assertTrue(result.set().clauses().get(0).text().startsWith("As used in this article"));
  }

  @Test
  void aRuleCutOffAtNorSharesTheSubjectAndTheExceptionOfItsSentence() {
    ImportResult result = draft("""
        Sec. 4-137. Courts.
        Court security officers shall not provide personal information about any person to federal immigration
        authorities, nor notify them of the release date of any person, unless required by federal law.
        """);
    assertEquals(List.of(ClauseKind.COMMUNICATION_LIMIT, ClauseKind.NOTIFICATION_LIMIT), kinds(result));
    for (Clause c : result.set().clauses()) {
      assertEquals(List.of("city-employees"), c.actors().stream().map(a -> a.value()).toList(), c.text());
      assertEquals(List.of(ExceptionGround.REQUIRED_BY_LAW), c.exceptions().stream()
          .map(e -> e.ground().known().orElseThrow()).toList(), c.text());
    }
    assertTrue(result.set().clauses().get(0).text().endsWith("to federal immigration authorities"));
  }

  @Test
  void aBodyNamedForPublicSafetyIsNoPublicSafetyGround() {
    ImportResult result = draft("""
        Sec. 4-138. Inquiries.
        No employee shall inquire about a person's immigration status, unless required by law or requested in
        writing by the Department of Public Safety.
        """);
    assertEquals(List.of(ExceptionGround.REQUIRED_BY_LAW), result.set().clauses().get(0).exceptions().stream()
        .map(e -> e.ground().known().orElseThrow()).toList());
  }

  @Test
  void deputiesAndTheSheriffsOfficeWithACurlyApostropheAreTheSheriff() {
    ImportResult result = draft("""
        Sec. 4-139. Jail.
        (a) The County Sheriff’s Office will no longer hold inmates based solely on ICE detainers.
        (b) Deputies shall not ask any person about immigration status.
        (c) The Deputy Chief of Police shall keep a record of each request from ICE.
        """);
    assertEquals(List.of(List.of("sheriff"), List.of("sheriff")), result.set().clauses().subList(0, 2).stream()
        .map(c -> c.actors().stream().map(a -> a.value()).toList()).toList());
    assertTrue(result.set().clauses().get(2).actors().stream().noneMatch(a -> a.value().equals("sheriff")));
  }

  @Test
  void recitalsAndEnactingWordsPrintedAsWordsAreFoundInATextThatLostItsLineBreaks() {
    ImportResult result = draft("RESOLUTION NO. 12 OF THE BOARD (Waiver of Board Rule 72) Whereas, the District serves"
        + " every child; Whereas, trust between families and schools keeps students safe; Now, Therefore, Be It"
        + " Resolved, that district staff shall not ask any student about immigration status.\n");
    assertEquals(2, result.set().recitals().size());
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertTrue(result.set().clauses().get(0).text().startsWith("district staff shall not"));
  }

}
