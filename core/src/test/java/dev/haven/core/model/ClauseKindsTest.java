package dev.haven.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.testing.Fixtures;
import dev.haven.core.vocab.Activity;
import dev.haven.core.vocab.ConditionType;
import dev.haven.core.vocab.Counterparty;
import dev.haven.core.vocab.DetainerRequest;
import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import dev.haven.core.vocab.DocumentType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Facility;
import dev.haven.core.vocab.Frequency;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.InquirySubject;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.ProvisionType;
import dev.haven.core.vocab.Purpose;
import dev.haven.core.vocab.Resource;
import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.ServiceBasis;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Vocabulary;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each kind reads into its own record with typed fields (from valid/every-kind.yaml). */
class ClauseKindsTest {

  private static final ClauseSet SET = Fixtures.valid("every-kind.yaml");

  private static <T extends Clause> T clause(String id, Class<T> type) {
    return assertInstanceOf(type, SET.clause(id).orElseThrow());
  }

  @SafeVarargs
  private static <E extends Enum<E> & Vocabulary> List<Term<E>> terms(E... values) {
    return Arrays.stream(values).map(Term::of).toList();
  }

  @Test
  void communicationLimitReadsCounterpartyAndInformationIncludingExtensions() {
    CommunicationLimit c = clause("comm", CommunicationLimit.class);
    assertEquals(Term.of(Counterparty.ANYONE), c.counterparty());
    assertEquals(List.of(Term.of(Information.IMMIGRATION_STATUS), Term.of(Information.RELEASE_DATE),
        Term.<Information>extension("x-biometrics")), c.information());
    assertEquals(Term.of(ExceptionGround.REQUIRED_BY_LAW), c.exceptions().get(0).ground());
    assertEquals("x-local-ground", c.exceptions().get(1).ground().wireName());
    assertEquals(Boolean.TRUE, c.core().extensions().values().get("x-reviewed"));
  }

  @Test
  void communicationLimitDefaultsToFederalImmigrationAuthorities() {
    ClauseCore core = ClauseCore.of("c", Modality.PROHIBITION, List.of(ActorKey.of(StandardActor.CITY)), "t");
    assertEquals(Term.of(Counterparty.FEDERAL_IMMIGRATION_AUTHORITIES),
        new CommunicationLimit(core, List.of()).counterparty());
  }

  @Test
  void spendingRestrictionReadsResourcesAndPurpose() {
    SpendingRestriction c = clause("spend", SpendingRestriction.class);
    assertEquals(terms(Resource.values()), c.resources());
    assertEquals(terms(Purpose.values()), c.purpose());
  }

  @Test
  void serviceNonDenialReadsServicesAndBasis() {
    ServiceNonDenial c = clause("services", ServiceNonDenial.class);
    assertEquals(terms(Service.values()), c.services());
    assertEquals(terms(ServiceBasis.values()), c.basis());
  }

  @Test
  void statusNonInquiryReadsActsSubjectsAndDocuments() {
    StatusNonInquiry c = clause("ask", StatusNonInquiry.class);
    assertEquals(terms(InquiryAct.values()), c.acts());
    assertEquals(terms(InquirySubject.CITIZENSHIP, InquirySubject.RELIGION), c.subjects());
    assertEquals(terms(DocumentType.values()), c.documents());
    assertEquals(Optional.of("No questions"), c.core().title());
    assertEquals("§ 2", c.core().source().orElseThrow().locator().orElseThrow());
  }

  @Test
  void statusNonInquirySubjectsDefaultToImmigrationStatus() {
    ClauseCore core = ClauseCore.of("s", Modality.PROHIBITION, List.of(ActorKey.of(StandardActor.POLICE)), "t");
    assertEquals(terms(InquirySubject.IMMIGRATION_STATUS),
        new StatusNonInquiry(core, List.of(), List.of(), List.of()).subjects());
  }

  @Test
  void detentionLimitReadsActsAndBasis() {
    DetentionLimit c = clause("stop", DetentionLimit.class);
    assertEquals(terms(DetentionAct.values()), c.acts());
    assertEquals(terms(DetentionBasis.values()), c.basis());
  }

  @Test
  void detainerLimitReadsRequests() {
    DetainerLimit c = clause("holds", DetainerLimit.class);
    assertEquals(terms(DetainerRequest.values()), c.requests());
  }

  @Test
  void notificationLimitReadsInformation() {
    NotificationLimit c = clause("notify", NotificationLimit.class);
    assertEquals(terms(Information.RELEASE_DATE, Information.CUSTODY_STATUS, Information.ADDRESS), c.information());
  }

  @Test
  void facilityAccessLimitReadsFacilitiesAndEveryConditionType() {
    FacilityAccessLimit c = clause("access", FacilityAccessLimit.class);
    assertEquals(terms(Facility.values()), c.facilities());
    assertEquals(List.of(ConditionType.WRITTEN_CONSENT, ConditionType.NOTICE, ConditionType.JUDICIAL_WARRANT),
        c.conditions().stream().map(Condition::type).toList());
  }

  @Test
  void enforcementNonParticipationReadsActivitiesIncluding287g() {
    EnforcementNonParticipation c = clause("participate", EnforcementNonParticipation.class);
    assertEquals(terms(Activity.values()), c.activities());
    assertEquals("287g-agreement", c.activities().get(1).wireName());
  }

  @Test
  void cooperationConditionReadsGroundsAndApprovalBy() {
    CooperationCondition c = clause("cooperate", CooperationCondition.class);
    assertEquals(List.of(Term.of(ExceptionGround.VIOLENT_FELONY), Term.of(ExceptionGround.TERRORISM),
        Term.<ExceptionGround>extension("x-local-ground")), c.grounds());
    assertEquals(Optional.of(new ActorKey("clerk")), c.conditions().get(0).by());
  }

  @Test
  void safeSpaceReadsPlacesAsText() {
    assertEquals(List.of("Town Hall", "Public Library"), clause("safe", SafeSpace.class).places());
  }

  @Test
  void reportingRequirementReadsRecipientFrequencyAndContents() {
    ReportingRequirement c = clause("report", ReportingRequirement.class);
    assertEquals(Optional.of(ActorKey.of(StandardActor.COUNCIL)), c.to());
    assertEquals(Optional.of(Term.of(Frequency.ANNUAL)), c.frequency());
    assertEquals(2, c.contents().size());
  }

  @Test
  void generalProvisionMayOmitModalityAndReadsDefinitions() {
    GeneralProvision defs = clause("defs", GeneralProvision.class);
    assertEquals(Optional.empty(), defs.modality());
    assertEquals(Optional.of(Term.of(ProvisionType.DEFINITIONS)), defs.provision());
    assertEquals("ICE", defs.terms().get(0).term());
    assertEquals("x-aspiration", clause("rec", GeneralProvision.class).provision().orElseThrow().wireName());
  }

  @Test
  void theFixtureHasOneClauseOfEveryKind() {
    Set<ClauseKind> kinds = SET.clauses().stream().map(Clause::kind).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(ClauseKind.class), kinds);
  }

  @Test
  void everyKindsOwnFieldsFollowItsFieldSpecs() {
    for (Clause clause : SET.clauses()) {
      assertEquals(clause.kind().fields(), clause.ownFields().stream().map(OwnField::spec).toList(),
          clause.kind().wireName());
    }
  }

  @Test
  void everyKindsTypedFieldsReadItsRecordAndBelongToIt() {
    for (Clause clause : SET.clauses()) {
      List<KindField<?, ?>> fields = clause.kind().kindFields();
      List<OwnField> own = clause.ownFields();
      assertEquals(fields.size(), own.size(), clause.kind().wireName());
      for (int i = 0; i < fields.size(); i++) {
        KindField<?, ?> field = fields.get(i);
        assertEquals(clause.getClass(), field.owner(), field.toString());
        assertEquals(clause.kind(), ClauseKind.owning(field), field.toString());
        assertEquals(own.get(i).value(), field.valueIn(clause), field.toString());
      }
    }
  }

  @Test
  void aDefaultIsDeclaredOnceAndMeansTheSameInFilesAndInRecords() {
    StatusNonInquiry unsaid = new StatusNonInquiry(clause("ask", StatusNonInquiry.class).core(), List.of(),
        List.of(), List.of());
    assertEquals(StatusNonInquiry.SUBJECTS.absent(), unsaid.subjects());
    assertEquals(List.of("immigration-status"), StatusNonInquiry.SUBJECTS.spec().defaults());
    assertEquals(StatusNonInquiry.SUBJECTS.spec(), ClauseKind.STATUS_NON_INQUIRY.field("subjects").orElseThrow());
    CommunicationLimit told = new CommunicationLimit(clause("comm", CommunicationLimit.class).core(), List.of());
    assertEquals(Term.of(Counterparty.FEDERAL_IMMIGRATION_AUTHORITIES), told.counterparty());
    assertEquals(List.of("federal-immigration-authorities"), CommunicationLimit.COUNTERPARTY.spec().defaults());
  }

  @Test
  void eachFieldSaysHowAChangeToItWeighs() {
    assertEquals(FieldImpact.GROUNDS, CooperationCondition.GROUNDS.impact());
    assertEquals(FieldImpact.RECIPIENTS, CommunicationLimit.COUNTERPARTY.impact());
    assertEquals(FieldImpact.SCOPE, DetainerLimit.REQUESTS.impact());
    assertEquals(FieldImpact.NONE, ReportingRequirement.FREQUENCY.impact());
  }

  @Test
  void aTypedListFieldTellsWhetherItNamesAValue() {
    StatusNonInquiry ask = clause("ask", StatusNonInquiry.class);
    assertTrue(StatusNonInquiry.ACTS.names(ask, InquiryAct.RECORD));
    assertTrue(StatusNonInquiry.SUBJECTS.names(new StatusNonInquiry(ask.core(), List.of(), List.of(), List.of()),
        InquirySubject.IMMIGRATION_STATUS));
    assertTrue(!StatusNonInquiry.SUBJECTS.names(new StatusNonInquiry(ask.core(), List.of(),
        List.of(Term.of(InquirySubject.CITIZENSHIP)), List.of()), InquirySubject.IMMIGRATION_STATUS));
  }

  @Test
  void clausesAreImmutableValues() {
    CommunicationLimit c = clause("comm", CommunicationLimit.class);
    assertThrowsOnAdd(c.information());
    assertThrowsOnAdd(c.actors());
    assertThrowsOnAdd(c.exceptions());
    assertTrue(c.equals(c.withCore(c.core())));
  }

  private static void assertThrowsOnAdd(List<?> list) {
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> list.add(null));
  }
}
