package dev.haven.core.compare;

import dev.haven.core.compare.Criterion.Scope;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.DetainerLimit;
import dev.haven.core.model.EnforcementNonParticipation;
import dev.haven.core.model.FacilityAccessLimit;
import dev.haven.core.model.NotificationLimit;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.vocab.Activity;
import dev.haven.core.vocab.DetainerRequest;
import dev.haven.core.vocab.Facility;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import java.util.List;

/**
 * The criteria of the two rubrics that read the Immigrant Legal Resource Center's published maps. Each rests on
 * ILRC's own words as quoted or summarised in {@code seeds/sources/ilrc-rubrics.txt}; what those sources do not
 * define is not coded rather than guessed.
 */
final class IlrcRubrics {

  private static final String FACTORS = "types of assistance to ICE";
  private static final String NOT_LISTED = "ILRC describes its map as a 7-point rubric but the project's sources "
      + "quote its legends, not its list of seven factors; six types of assistance the legends name are coded, "
      + "this one is not";

  private IlrcRubrics() {}

  /** ILRC's cumulative local rubric: one point for each type of assistance the jurisdiction's law withholds. */
  static List<RubricCriterion> local() {
    return List.of(
        RubricCriterion.coded("287g-agreement", FACTORS, "no 287(g) agreement",
            "map legend (0-1): local time and resources spent \"under a 287(g) agreement\"", 1, false,
            Scope.listing(EnforcementNonParticipation.ACTIVITIES, Activity.AGREEMENT_287G)),
        RubricCriterion.coded("detention-contract", FACTORS, "no contract with ICE to detain immigrants",
            "map legend (0-1): \"contracting with ICE to detain immigrants\"", 1, false,
            Scope.listing(EnforcementNonParticipation.ACTIVITIES, Activity.DETENTION_CONTRACTS,
                Activity.PRIVATE_DETENTION)),
        RubricCriterion.coded("detainer-holds", FACTORS, "no holds on ICE detainers",
            "map legend (2): jurisdictions \"willing to hold immigrants on detainers\"", 1, true,
            Scope.of(DetainerLimit.REQUESTS, DetainerRequest.DETAINER, DetainerRequest.HOLD)),
        RubricCriterion.coded("release-notifications", FACTORS, "ICE is not told of release dates",
            "ILRC's earlier detainer map (2016) sets apart jurisdictions that will not tell ICE about release dates",
            1, true,
            Scope.of(NotificationLimit.INFORMATION, Information.RELEASE_DATE, Information.CUSTODY_STATUS),
            Scope.listing(CommunicationLimit.INFORMATION, Information.RELEASE_DATE, Information.CUSTODY_STATUS)),
        RubricCriterion.coded("jail-access", FACTORS, "ICE agents are kept out of the jail",
            "ILRC's earlier detainer map (2016) sets apart jurisdictions that do not let ICE agents into the jail",
            1, true,
            Scope.of(FacilityAccessLimit.FACILITIES, Facility.JAIL, Facility.INTERVIEWS, Facility.NON_PUBLIC_AREAS)),
        RubricCriterion.coded("information-about-people-in-custody", FACTORS,
            "ICE is not given information about people in custody",
            "map legend (2): jurisdictions that \"provide extensive information about individuals in county custody "
                + "to ICE\"", 1, true,
            Scope.listing(CommunicationLimit.INFORMATION, Information.IMMIGRATION_STATUS, Information.CITIZENSHIP,
                Information.PERSONAL_INFORMATION, Information.ADDRESS),
            Scope.listing(StatusNonInquiry.ACTS, InquiryAct.DISCLOSE)),
        RubricCriterion.notCoded("seventh-factor", FACTORS, "the seventh factor", "not in the project's sources",
            1, NOT_LISTED));
  }

  private static final String SHARING = "I. Information and Resource Sharing with DHS";

  /** ILRC's state-law policy choices: the one the project's sources name is coded, the other 19 are not. */
  static List<RubricCriterion> state() {
    return List.of(
        RubricCriterion.coded("immigration-status-checks", SHARING, "no immigration status checks",
            "appendix, I.A \"Immigration status checks\": state laws that prohibit local inquiries into status", 1,
            false, Scope.of(StatusNonInquiry.ACTS, InquiryAct.INQUIRE, InquiryAct.REQUEST_DOCUMENTS)),
        RubricCriterion.notCoded("other-choices", "I-V. the other four categories and the rest of category I",
            "the other 19 policy choices", "appendix: 20 choices in five categories (I. Information and Resource "
                + "Sharing with DHS, II. Jail to ICE Transfers, III. Patrol Officer Collusion with ICE/CBP, IV. "
                + "Contracts with ICE or CBP, V. State Criminalization Laws)", 19,
            "the project's sources name the five categories and the first choice only; the other choices are not "
                + "coded until their definitions are in seeds/sources/ilrc-rubrics.txt"));
  }
}
