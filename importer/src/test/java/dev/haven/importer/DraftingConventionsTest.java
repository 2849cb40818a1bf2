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
 * for these tests (no real ordinance's words), each showing one convention.
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
  void itemsUnderALeadInThatGoesOnAfterItsModalBindAsTheirOwnWordsSay() {
    ImportResult result = draft("""
        Sec. 4-10. Police practices.
        (a) In their work, members of the police department shall be guided by the following rules:
        (1) Members shall not ask any person about his or her immigration status.
        (2) Members may share a person's release date with federal immigration officers when shown a judicial warrant.
        """);
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PERMISSION)),
        modalities(result));
  }

  @Test
  void itemsThatFinishALeadInEndingInItsModalTakeTheLeadInsModality() {
    ImportResult result = draft("""
        Sec. 4-11. Detainers.
        (a) No officer shall:
        (1) hold a person on an immigration detainer, as a detainer may request;
        (2) give federal agents access to the jail.
        """);
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION)),
        modalities(result));
  }

  @Test
  void shallBePermittedToGrantsAPermissionAndNoOneShallBePermittedToForbids() {
    ImportResult result = draft("""
        Sec. 4-12. Prosecutors.
        (a) Prosecutors shall be permitted to ask a defendant about immigration status when setting bail.
        (b) No employee shall be permitted to ask a library patron about immigration status.
        """);
    assertEquals(List.of(Optional.of(Modality.PERMISSION), Optional.of(Modality.PROHIBITION)),
        modalities(result));
  }

  @Test
  void labelsWrittenDifferentlyAreDifferentLevelsOfTheOutline() {
    ImportResult result = draft("""
        Sec. 4-13. Public safety.
        (a) Public safety employees shall follow these rules:
        (1) They shall not ask about immigration status.
        (2) Prosecutors may:
        a. ask about immigration status when setting bail;
        b. ask about immigration status when it is an element of the crime.
        (3) They shall not arrest any person for a civil immigration violation.
        """);
    assertEquals(List.of("4-13(a)(1)", "4-13(a)(2)(a)", "4-13(a)(2)(b)", "4-13(a)(3)"), locators(result));
  }

  @Test
  void aLabelPrintedAloneOnItsLineLabelsTheParagraphAfterIt() {
    ImportResult result = draft("""
        Sec. 4-20. Services.

        A.

        No department shall deny city services because of immigration status.

        B.

        No department shall ask an applicant for city services about immigration status.
        """);
    assertEquals(List.of("4-20(A)", "4-20(B)"), locators(result));
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
  void cityPropertyUsedForImmigrationEnforcementIsASpendingRestriction() {
    ImportResult result = draft("""
        Sec. 4-19. City property.
        No city property shall be used to enforce federal immigration law.
        Staff shall not allow city lots to serve as staging areas for immigration raids.
        """);
    assertEquals(List.of(ClauseKind.SPENDING_RESTRICTION, ClauseKind.ENFORCEMENT_NON_PARTICIPATION), kinds(result));
  }

  @Test
  void aSectionHeadedByItsCodesNameLocatesItsItems() {
    ImportResult result = draft("""
        ORS 999.100
        Use of agency resources

        (1)

        No law enforcement agency shall use agency moneys to enforce federal immigration law.
        """);
    assertEquals(List.of("999.100(1)"), locators(result));
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
  void purposesListedAfterInOrderToFinishOnePermission() {
    ImportResult result = draft("""
        Sec. 4-22. Exchanges.
        (2) An agency may exchange information with federal immigration officers in order to:
        (a) confirm the identity of a person arrested for a crime; or
        (b) request criminal investigation information.
        """);
    assertEquals(List.of("4-22(2)"), locators(result));
    assertEquals(List.of(Optional.of(Modality.PERMISSION)), modalities(result));
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
  void examplesOfAProhibitionAreEachAProhibitionOfTheirOwn() {
    ImportResult result = draft("""
        Sec. 4-25. City resources.
        (a) Except as this article allows, no department, agency, board, commission, officer or employee of the city, including without limitation probation, pretrial services and community corrections staff, shall use city funds to assist in the enforcement of federal immigration law. The prohibition in this section shall include but not be limited to:
        (1) Requesting information about the immigration status of any individual.
        (2) Disseminating information about the immigration status of any individual.
        """);
    assertEquals(List.of("4-25(a)", "4-25(a)(1)", "4-25(a)(2)"), locators(result));
    assertEquals(List.of(ClauseKind.SPENDING_RESTRICTION, ClauseKind.STATUS_NON_INQUIRY,
        ClauseKind.COMMUNICATION_LIMIT), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION),
        Optional.of(Modality.PROHIBITION)), modalities(result));
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
  void verbsListedWithCommasEachReachTheirObject() {
    ImportResult result = draft("""
        Sec. 4-20. Status.
        No employee of the City shall request, keep, or pass on the immigration status of any resident.
        No employee shall stop, question, or arrest a person solely because of the person's national origin.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.DETENTION_LIMIT), kinds(result));
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
  void aNumberedHeadingInCapitalsIsAHeadingNotARule() {
    ImportResult result = draft("""
        It is hereby ordered that:

        1.  STOPS AND ARRESTS

        No County officer shall arrest a person solely because of the person's immigration status.
        """);
    assertEquals(List.of(ClauseKind.DETENTION_LIMIT), kinds(result));
    assertEquals(List.of("1"), locators(result));
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
  void aHeadingInCapitalsRunIntoItsFirstSentenceFramesItsSection() {
    ImportResult result = draft("""
        I. PURPOSE The County serves every resident, and this policy will keep what residents tell it private.

        II. DEFINITIONS Judicial warrant: A warrant signed by a judge.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("I", "II"), locators(result));
    assertEquals(List.of("findings", "definitions"), provisions(result));
  }

  @Test
  void helpingWithWhatAnotherBodyConductsIsParticipationWhateverItGathers() {
    ImportResult result = draft("""
        Sec. 4-40. Assistance.
        No officer of the City shall assist, in an official capacity, with any search or collection of records and
        information conducted by a foreign state.
        """);
    assertEquals(List.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION), kinds(result));
  }

  @Test
  void aResidentsAccessToJusticeIsNoAccessForEnforcement() {
    ImportResult result = draft("""
        Sec. 4-50. Places.
        Shelters and libraries are encouraged to adopt the model policy and to protect access to justice for all.
        """);
    assertEquals(List.of(ClauseKind.SAFE_SPACE), kinds(result));
  }

  @Test
  void aShortTitleThatMayBeCitedGrantsNothing() {
    ImportResult result = draft("""
        Section 1. Short title. This Act may be cited as the Example Trust Act.

        Section 2. No officer shall hold a person on an immigration detainer.
        """);
    assertEquals(List.of(Optional.empty(), Optional.of(Modality.PROHIBITION)), modalities(result));
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
  void wordsThatSayWhereAnAmendmentGoesAreNoProvision() {
    ImportResult result = draft("""
        SECTION 1. Chapter 9 of the City Code is hereby amended as follows:
        9-1-5. REPORTS.
        (A) The chief shall submit a written report of every request from immigration agents to the Council each
        quarter.
        """);
    assertEquals(List.of(ClauseKind.REPORTING_REQUIREMENT), kinds(result));
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
  void conditionsForContactingImmigrationAgentsAreCooperationConditions() {
    ImportResult result = draft("""
        Sec. 4-90. Contacts with immigration agents.
        (1) Immigration agents may be contacted when an arrested person is a known gang member.
        (2) A sergeant's approval shall be obtained before any officer calls ICE about a person in custody.
        """);
    assertEquals(List.of(ClauseKind.COOPERATION_CONDITION, ClauseKind.COOPERATION_CONDITION), kinds(result));
  }

  @Test
  void havingAuthorityToActIsAPermission() {
    ImportResult result = draft("""
        Sec. 4-91. Arrests.
        Officers have authority to arrest a person named in a criminal warrant from any court.
        """);
    assertEquals(List.of(Optional.of(Modality.PERMISSION)), modalities(result));
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
  void aPolicyThatSaysItLimitsNothingIsASavingsClause() {
    ImportResult result = draft("""
        Sec. 4-93. Scope.
        Under no circumstances will this policy limit the enforcement of federal immigration laws.
        """);
    assertEquals(List.of("savings"), provisions(result));
  }

  @Test
  void placingAHoldOrArrestingOnAnIceCivilWarrantIsADetainerRule() {
    ImportResult result = draft("""
        Sec. 4-94. Holds.
        (1) Officers will not place a hold on a person at the request of immigration agents.
        (2) Officers will not arrest a person named only in an ICE civil warrant.
        """);
    assertEquals(List.of(ClauseKind.DETAINER_LIMIT, ClauseKind.DETAINER_LIMIT), kinds(result));
  }

  @Test
  void aConditionOfEligibilityIsNoDenialOfServices() {
    ImportResult result = draft("""
        Sec. 4-95. Permitted questions.
        Notwithstanding subsection (A), employees are expressly permitted to do the following, which shall not
        constitute a violation of this chapter:
        (1) Ask about immigration status where a state program makes it a condition of eligibility for the service.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PERMISSION)), modalities(result));
  }

  @Test
  void whereAnOrderAppliesIsAGeneralProvision() {
    ImportResult result = draft("""
        Sec. 4-96. Scope.
        This order shall apply to all personnel assigned to the county jail.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
  }

  @Test
  void aCommunityTaskForceIsNoJointOperation() {
    ImportResult result = draft("""
        Sec. 4-97. Oversight.
        The City will form a task force of residents to advise the Council on training for these rules.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
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
  void theActsASavingsClauseLeavesAloneAreOneSavingsProvision() {
    ImportResult result = draft("""
        Sec. 4-98. Construction.
        (a) No provision in this chapter shall be construed to:
        (1) Prevent the police from arresting any person for a crime;
        (2) Authorize any officer to honor an immigration detainer; or
        (3) Prevent any officer from sharing information with immigration agents as federal law requires.
        (b) This section does not prohibit:
        (1) the collection of immigration status when a state program asks for it.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("savings", "savings"), provisions(result));
    assertEquals(List.of(Optional.of(Modality.PERMISSION), Optional.of(Modality.PERMISSION)), modalities(result));
  }

  @Test
  void nothingHereinBarsIsASavingsSentence() {
    ImportResult result = draft("""
        Sec. 4-99. Information.
        Nothing herein shall be construed as barring an officer from giving a person information about his or her
        own immigration case.
        """);
    assertEquals(List.of("savings"), provisions(result));
    assertEquals(List.of(Optional.of(Modality.PERMISSION)), modalities(result));
  }

  @Test
  void statusUsedAsATacticAndActingOnStatusAloneAreRulesOfTheirKinds() {
    ImportResult result = draft("""
        Sec. 4-100. Conduct.
        (a) No officer may use a person's immigration status as an interrogation tactic.
        (b) No employee who learns of a person's immigration status may act based solely on that status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.DETENTION_LIMIT), kinds(result));
  }

  @Test
  void aMayorsOrderAsFollowsIsEnactingWordsAndNoticeOfAnImpendingReleaseIsANotificationRule() {
    ImportResult result = draft("""
        NOW, THEREFORE, I, Jane Roe, Mayor of the City of Example, do hereby ORDER as follows:
        SECTION 1. The City shall provide notice to ICE of a person's impending release only when a judge orders it.
        SECTION 2. No officer shall hold a person on an immigration detainer, nor shall any officer tell ICE where
        the person lives.
        """);
    assertEquals(List.of(ClauseKind.NOTIFICATION_LIMIT, ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals(Optional.of(Modality.PROHIBITION), modalities(result).get(1));
  }

  @Test
  void aResolvedClauseBindsWithoutAModalAndARequestToActIsARecommendation() {
    ImportResult result = draft("""
        RESOLVED: That the Council goes on record reaffirming the City as a Sanctuary/Welcoming City; AND BE IT FURTHER
        RESOLVED: That the Clerk is hereby requested to send a copy of this resolution to every department, with a
        list of the resources available to residents.
        """);
    assertEquals(List.of(ClauseKind.SAFE_SPACE, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(Optional.of(Modality.RECOMMENDATION), modalities(result).get(1));
  }

  @Test
  void aPreambleIsAFinding() {
    ImportResult result = draft("""
        2-10 - PREAMBLE
        It is not the City's task to enforce immigration law, nor should the City's resources be spent to that end.
        """);
    assertEquals(List.of("findings"), provisions(result));
  }

  @Test
  void aStatementOfPolicyStatesARuleWhenItsWordsSayWhich() {
    ImportResult result = draft("""
        It is the policy of the Sheriff's Office to cooperate with immigration agents to the extent that state law
        allows it.

        It is the policy of the Sheriff's Office that no person shall be held solely on the basis of his or her
        immigration status.

        It is the policy of the City to serve every resident alike and to encourage witnesses to cooperate with law
        enforcement.
        """);
    assertEquals(List.of(ClauseKind.COOPERATION_CONDITION, ClauseKind.DETENTION_LIMIT,
        ClauseKind.GENERAL_PROVISION), kinds(result));
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
  void theRightsAPersonMustBeToldAreWhatOneRuleRequires() {
    ImportResult result = draft("""
        Sec. 4-101. Interviews.
        (a) No interview by immigration agents shall be allowed until the person has been told of his or her rights
        in writing, including but not limited to:
        (1) The interview is sought by immigration agents;
        (2) The person may decline the interview; and
        (3) The person has the right to a lawyer.
        """);
    assertEquals(List.of(ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
  }

  @Test
  void bookingForACrimeIsNoStopOnStatusAndAccessToServicesNoAccessForAgents() {
    ImportResult result = draft("""
        Sec. 4-102. Discretion.
        (a) Officers shall cite and release people in lieu of booking them into the jail based on the nature of the
        crime.
        (b) The City shall permit residents to access services without regard to where they were born.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.SERVICE_NON_DENIAL), kinds(result));
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
  void aLabelledPartNamedDefinitionsIsAHeading() {
    ImportResult result = draft("""
        CONTENT

        1. Definitions

        "Detainer" is a request from immigration agents to hold a person.

        "Officer": any sworn member of the police department.

        2. No officer shall hold a person on a detainer.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals(List.of("definitions", "-"), provisions(result));
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
  void aPurposeKeyIntroducesAFinding() {
    ImportResult result = draft("""
        Purpose: To require a judge's warrant before the jail holds anyone for immigration agents.

        I. The jail will not honor an immigration detainer unless a judge's warrant comes with it.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals("findings", provisions(result).get(0));
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
  void wordsOfWhatMayBeSoOrOfAdviceToTheReaderStateNoRule() {
    ImportResult result = draft("""
        About this page
        Amendments may not yet appear here, and older text may have already been replaced; you should check the
        session laws before relying on it.

        Sec. 4-106. Questions.
        No officer shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void refrainingAcceptingNothingAndHavingNoBearingAreWaysOfForbidding() {
    ImportResult result = draft("""
        Sec. 4-107. Jail practices.
        (a) The department will refrain from signing any 287(g) agreement.
        (b) The jail does not accept immigration detainers.
        (c) A person's immigration status shall have no bearing on how officers serve that person.
        """);
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION),
        Optional.of(Modality.PROHIBITION)), modalities(result));
    assertEquals(List.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, ClauseKind.DETAINER_LIMIT,
        ClauseKind.SERVICE_NON_DENIAL), kinds(result));
  }

  @Test
  void servingEveryoneWithoutRegardToStatusIsAServiceRule() {
    ImportResult result = draft("""
        Sec. 4-108. Equal service.
        The department will serve every resident without regard to immigration status.
        """);
    assertEquals(List.of(ClauseKind.SERVICE_NON_DENIAL), kinds(result));
  }

  @Test
  void anImmigrationInvestigationIsEnforcementWhateverItConcerns() {
    ImportResult result = draft("""
        Sec. 4-109. Investigations.
        Officers will not conduct any immigration-related removal or detainer investigation.
        """);
    assertEquals(List.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION), kinds(result));
  }

  @Test
  void helpGivenOnlyOnceACommanderApprovesIsACooperationCondition() {
    ImportResult result = draft("""
        Sec. 4-110. Requests from ICE.
        When ICE asks for help, the department will make every effort to assist provided the request is approved
        by the chief.
        """);
    assertEquals(List.of(ClauseKind.COOPERATION_CONDITION), kinds(result));
  }

  @Test
  void aFormsEffectiveDateFieldIsNoProvisionNorIsATakingEffectSomewhereElse() {
    ImportResult result = draft("""
        Subject: Effective Date: Revised Date:
        Immigration Procedures March 3, 2021 April 1, 2021

        Sec. 4-111. Questions.
        No officer shall ask any person about his or her immigration status.
        Rules in the manual are sometimes printed before they take effect.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void papersThatAreNotEnoughToLetAnAgentInLimitAccess() {
    ImportResult result = draft("""
        Sec. 4-112. Schools.
        A subpoena alone shall not be considered sufficient for entry to a classroom.
        """);
    assertEquals(List.of(ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
  }

  @Test
  void tellingFamiliesAndThePublicIsOutreachNotALimitOnSharing() {
    ImportResult result = draft("""
        Sec. 4-113. Outreach.
        (a) The district shall provide plain information to families about these rules.
        (b) The district shall post the rules on its website.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("other", "other"), provisions(result));
  }

  @Test
  void aSentenceThatExplainsARuleDoesNotDecideItsKind() {
    ImportResult result = draft("""
        Sec. 4-114. Questions.
        No officer shall ask a witness about immigration status. Note that a detainer from ICE is a request, not a
        warrant.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void lettersUnderARomanNumeralAreItsItemsNotItsSiblings() {
    ImportResult result = draft("""
        I. PURPOSE. This order guides officers in immigration matters. II. RULES. Officers shall follow these \
        rules: A. Officers shall not ask anyone about immigration status. B. Officers shall not honor an ICE \
        detainer. C. Officers shall not enter a 287(g) agreement.
        """);
    assertEquals(List.of("(II)(A)", "(II)(B)", "(II)(C)"), locators(result));
  }

  @Test
  void aLabelledLineInTitleCaseIsAHeadingNotAnItemOfTheLeadInAboveIt() {
    ImportResult result = draft("""
        The district shall give staff a yearly training on:
        A. Visits by Immigration Agents
        No employee shall give an immigration agent access to a classroom.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
    assertEquals(List.of("training", "-"), provisions(result));
  }

  @Test
  void aRuleAfterALeadInWhoseItemsThePageLeftOutIsARuleOfItsOwn() {
    ImportResult result = draft("""
        All staff shall follow the district's protocol when an immigration agent arrives:
        No employee shall give an immigration agent access to a classroom.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
    assertEquals(List.of("paragraph 1", "paragraph 2"), locators(result));
  }

  @Test
  void anIndirectQuestionAboutWhatMayBeDoneStatesNoRule() {
    ImportResult result = draft("""
        A state law passed that year changed how officers may talk with immigration agents.

        Sec. 4-115. Questions.
        No officer shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void usingResourcesToHelpEnforceIsASpendingRule() {
    ImportResult result = draft("""
        Sec. 4-116. Resources.
        The City will not use City staff or equipment to assist in enforcing federal civil immigration law.
        """);
    assertEquals(List.of(ClauseKind.SPENDING_RESTRICTION), kinds(result));
  }

  @Test
  void aDefinitionIsOneWhateverItDefines() {
    ImportResult result = draft("""
        Sec. 4-117. Definitions.
        (1) "Court order" means an order signed by a judge.
        (2) "Detainer" means a request that a jail hold a person past release so that ICE can take custody.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("definitions"), provisions(result));
  }

  @Test
  void aCodeLibrarysNotesRunToTheNextSectionAndStateNoRule() {
    ImportResult result = draft("""
        Sec. 4-118. Questions.
        No officer shall ask any person about his or her immigration status.
        Notes: Findings - Effective date - 2019 c 12: See notes following section 4-100.

        Detainers and holds shall not be honored, says the annotation.

        Sec. 4-119. Detainers.
        The jail shall not honor an immigration detainer.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.DETAINER_LIMIT), kinds(result));
  }

  @Test
  void aSectionNumberMayEndInASmallLetter() {
    ImportResult result = draft("""
        Sec. 54-192h. Detainers.
        (a) No officer shall hold a person on a civil immigration detainer.
        """);
    assertEquals(List.of("54-192h(a)"), locators(result));
  }

  @Test
  void aPolicysOwnNumberedBackgroundIsReadAndAConcessionDoesNotRule() {
    ImportResult result = draft("""
        I. PURPOSE This procedure guides officers. II. SCOPE This procedure applies to all members of the \
        Department. III. BACKGROUND The Department values every resident. Although officers have the authority to \
        assist federal agents, it is the policy of the Department that officers shall not look for violations of \
        immigration laws.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION,
        ClauseKind.ENFORCEMENT_NON_PARTICIPATION), kinds(result));
    assertEquals(List.of("findings", "other", "-"), provisions(result));
    assertEquals(Optional.of(Modality.PROHIBITION), modalities(result).get(2));
  }

  @Test
  void aQuestionAsksAndDoesNotRule() {
    ImportResult result = draft("""
        Should officers ask about immigration status? Will the jail honor detainers next?

        Sec. 4-120. Questions.
        No officer shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void twoRulesOfDifferentKindsJoinedInOneSentenceAreTwoClauses() {
    ImportResult result = draft("""
        Sec. 4-121. Police.
        The department shall not conduct immigration investigations and shall not ask any person about immigration \
        status.
        """);
    assertEquals(List.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void notPrecludingCooperationPermitsIt() {
    ImportResult result = draft("""
        Sec. 4-122. Cooperation.
        This chapter does not preclude the department from cooperating with federal agents in criminal cases.
        """);
    assertEquals(List.of(Optional.of(Modality.PERMISSION)), modalities(result));
    assertEquals(List.of(ClauseKind.COOPERATION_CONDITION), kinds(result));
  }

  @Test
  void sentencesBeforeAndAfterARuleDoNotDecideItsKind() {
    ImportResult result = draft("""
        Sec. 4-123. Policy.
        Residents report crimes and share information with officers when they trust them. It shall be the policy of \
        the department to keep the city safe. We are committed to a city where residents are encouraged to provide \
        officers with information.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
  }

  @Test
  void aGovernorsProclaimAndOrderIsEnactingWordsNotAProvision() {
    ImportResult result = draft("""
        NOW, THEREFORE, I, Jane Roe, Governor of the State, do hereby proclaim and order as follows:
        1. No state agency shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void anAgencyThatDoesNotHelpOrDoesntJoinForbidsIt() {
    ImportResult result = draft("""
        Sec. 4-124. Raids.
        (a) The Sheriff's Office does not help with immigration raids.
        (b) Deputies don't join in ICE civil enforcement operations.
        """);
    assertEquals(List.of(Optional.of(Modality.PROHIBITION), Optional.of(Modality.PROHIBITION)), modalities(result));
    assertEquals(List.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, ClauseKind.ENFORCEMENT_NON_PARTICIPATION),
        kinds(result));
  }

  @Test
  void anItemUnderAParagraphThatEndsInAFullStopIsAProvisionBesideIt() {
    ImportResult result = draft("""
        Sec. 4-125. Records.
        (a) Agents may use the public reading rooms. The library does not permit access to patron records unless a \
        judge's warrant requires it.
        (1) Agents must follow the same code of conduct as any visitor.
        """);
    assertEquals(List.of(ClauseKind.FACILITY_ACCESS_LIMIT, ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("4-125(a)", "4-125(a)(1)"), locators(result));
  }

  @Test
  void aConcessionOpeningWithWhileDoesNotRuleEvenWithAbbreviations() {
    ImportResult result = draft("""
        Sec. 4-126. Privacy.
        While staff will comply with lawful requests from U.S. Immigration and Customs Enforcement, they value the \
        privacy of every patron.
        No employee shall ask any patron about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void placesClosedToOutsidersAndPeopleNotPermittedInThemLimitAccess() {
    ImportResult result = draft("""
        Sec. 4-127. Staff areas.
        Staff rooms are restricted, and immigration agents are not permitted there without a judge's warrant.
        """);
    assertEquals(List.of(ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
    assertEquals(List.of(Optional.of(Modality.PROHIBITION)), modalities(result));
  }

  @Test
  void whatSomeoneElseSaidMustBeDoneIsReportNotRule() {
    ImportResult result = draft("""
        Last year the mayor wrote a letter, advising that every department must review its forms.

        Sec. 4-128. Questions.
        No officer shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
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
  void aRuleAddedAfterHoweverIsASecondClause() {
    ImportResult result = draft("""
        Sec. 4-130. Jail.
        The jail will continue to notify ICE of a booking, however we will not hold anyone past the time the local \
        charges would otherwise let them be released.
        """);
    assertEquals(List.of(ClauseKind.NOTIFICATION_LIMIT, ClauseKind.DETAINER_LIMIT), kinds(result));
  }

  @Test
  void askingWhereSomeoneWasBornIsAStatusQuestion() {
    ImportResult result = draft("""
        Sec. 4-131. Booking.
        At booking the officer will determine the country in which the person was born.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }

  @Test
  void aNumberedPartThatSaysWhatALawDoesStatesNoRuleWithoutAVerbOfRule() {
    ImportResult result = draft("""
        View plain text General Order 9 Page 2 of 3
        5. TRUTH ACT. The Truth Act sets out a public process before any participation in ICE programs.
        a. Before any ICE interview, deputies must give the inmate a written consent form.
        """);
    assertEquals(List.of(ClauseKind.FACILITY_ACCESS_LIMIT), kinds(result));
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
  void whatADefinedTermCoversIsOneDefinitionWhateverVerbsItsItemsHold() {
    ImportResult result = draft("""
        Sec. 4-133. Definitions.
        "ICE access" means any of the following:
        (1) Responding to a hold request.
        (2) Telling ICE when a person will be released.
        (3) Allowing ICE to interview a person.
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION), kinds(result));
    assertEquals(List.of("definitions"), provisions(result));
  }

  @Test
  void termsPrintedAsSmallHeadingsInADefinitionsPartAreTermsNotParts() {
    ImportResult result = draftPage("""
        <h2>2.0 DEFINITIONS</h2>
        <h4>Hold request</h4>
        <p>A hold request is a request to keep an inmate past release.</p>
        <h4>ICE access</h4>
        <p>Means, for civil immigration enforcement, any of the following:</p>
        <ul><li>Allowing ICE to interview an individual.</li><li>Telling ICE of a release date.</li></ul>
        <h2>3.0 POLICY</h2>
        <p>The jail shall not honor a hold request.</p>
        """);
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals("definitions", provisions(result).get(0));
  }

  @Test
  void seekingToObtainStatusIsAskingAndNotProactivelyNotifyingForbids() {
    ImportResult result = draft("""
        Sec. 4-134. Agencies.
        (a) Officers do not seek to obtain information about the immigration status of persons they contact.
        (b) The jail does not proactively notify federal authorities about the immigration status of inmates.
        (c) The jail must honor warrants signed by a judge.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY, ClauseKind.NOTIFICATION_LIMIT,
        ClauseKind.COOPERATION_CONDITION), kinds(result));
    assertEquals(Optional.of(Modality.PROHIBITION), modalities(result).get(1));
  }

  @Test
  void whatSomeoneFearsMayHappenAndAConcessionAtASentencesEndStateNoRule() {
    ImportResult result = draft("""
        Sec. 4-135. Court dates.
        The office is willing to move court dates if there is a fear that agents will make an arrest there, even \
        though such arrests are prohibited.
        No officer shall ask any person about his or her immigration status.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
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
  void theInformationARuleNamesItemByItemIsPartOfThatOneRule() {
    ImportResult result = draft("""
        Sec. 4-137. Records.
        (1) An agency may not disclose, for immigration enforcement, the following information about any person:
        (a) The person's address;
        (b) The person's workplace; or
        (c) The person's school.
        """);
    assertEquals(List.of(ClauseKind.COMMUNICATION_LIMIT), kinds(result));
  }

  @Test
  void whatMayHaveHappenedAndWhatMustBeNotedAreNarrativeButBeingRequiredByLawBinds() {
    ImportResult result = draft("""
        MEMORANDUM Subject: Detainers. On Monday officers found that a caller may have committed an offense. It must \
        also be noted that she had a child. The general order explains how officers should respond to requests. \
        Officers are required by law to comply with immigration detainer requests.
        """);
    assertEquals(List.of(ClauseKind.DETAINER_LIMIT), kinds(result));
    assertEquals(List.of(Optional.of(Modality.OBLIGATION)), modalities(result));
  }

  @Test
  void alternativesAfterUnlessStayInTheirRuleWhateverVerbsTheyHold() {
    ImportResult result = draft("""
        Sec. 4-138. Questions.
        No employee shall ask about a person's immigration status unless: a. the status decides eligibility for a \
        benefit; or b. the employee is required by law to ask about it.
        """);
    assertEquals(List.of(ClauseKind.STATUS_NON_INQUIRY), kinds(result));
  }
}
