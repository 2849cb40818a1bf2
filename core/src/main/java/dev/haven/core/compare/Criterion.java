package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.DetainerLimit;
import dev.haven.core.model.DetentionLimit;
import dev.haven.core.model.EnforcementNonParticipation;
import dev.haven.core.model.FacilityAccessLimit;
import dev.haven.core.model.KindField;
import dev.haven.core.model.NotificationLimit;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.ServiceNonDenial;
import dev.haven.core.model.SpendingRestriction;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.vocab.Activity;
import dev.haven.core.vocab.DetainerRequest;
import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import dev.haven.core.vocab.Facility;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.Purpose;
import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One criterion of the {@code haven} rubric ({@link Rubric#HAVEN}): a protection a jurisdiction either has or
 * lacks. A clause meets a criterion when it
 * is of one of the criterion's kinds and its scope list names one of the criterion's values, or leaves the
 * list unspecified (the format reads a missing list as "not specified", so the clause is given the benefit of
 * the doubt and the explanation says so).
 */
public enum Criterion {
  /** Information: officials do not ask about status, citizenship or papers. */
  STATUS_QUESTIONS(Category.INFORMATION, "officials do not ask about immigration status or citizenship",
      Scope.of(StatusNonInquiry.ACTS, InquiryAct.INQUIRE, InquiryAct.REQUEST_DOCUMENTS)),
  /** Information: officials do not share status or personal information. */
  STATUS_SHARING(Category.INFORMATION, "officials do not share status or personal information",
      Scope.of(CommunicationLimit.INFORMATION, Information.IMMIGRATION_STATUS, Information.CITIZENSHIP,
          Information.NATIONAL_ORIGIN, Information.PERSONAL_INFORMATION, Information.ADDRESS),
      Scope.of(StatusNonInquiry.ACTS, InquiryAct.DISCLOSE, InquiryAct.RECORD)),
  /** Information: ICE is not told of release dates or custody. */
  RELEASE_NOTIFICATION(Category.INFORMATION, "ICE is not told of release dates or custody",
      Scope.of(NotificationLimit.INFORMATION, Information.RELEASE_DATE, Information.CUSTODY_STATUS),
      Scope.listing(CommunicationLimit.INFORMATION, Information.RELEASE_DATE, Information.CUSTODY_STATUS)),
  /** Detainers: ICE detainers and holds are not honored. */
  DETAINERS(Category.DETAINERS, "ICE detainers and holds are not honored",
      Scope.of(DetainerLimit.REQUESTS, DetainerRequest.DETAINER, DetainerRequest.HOLD)),
  /** Detainers: no arrests on civil immigration (administrative) warrants. */
  ADMINISTRATIVE_WARRANTS(Category.DETAINERS, "no arrests on civil immigration (administrative) warrants",
      Scope.listing(DetainerLimit.REQUESTS, DetainerRequest.ADMINISTRATIVE_WARRANT),
      Scope.listing(DetentionLimit.BASIS, DetentionBasis.CIVIL_IMMIGRATION_VIOLATION)),
  /** ICE access: ICE is kept out of jails, interviews and non-public areas. */
  JAIL_ACCESS(Category.ICE_ACCESS, "ICE is kept out of jails, interviews and non-public areas",
      Scope.of(FacilityAccessLimit.FACILITIES, Facility.JAIL, Facility.INTERVIEWS, Facility.NON_PUBLIC_AREAS)),
  /** ICE access: ICE has no access to local databases. */
  DATABASES(Category.ICE_ACCESS, "ICE has no access to local databases",
      Scope.listing(FacilityAccessLimit.FACILITIES, Facility.DATABASES)),
  /** ICE access: no office space for ICE. */
  OFFICE_SPACE(Category.ICE_ACCESS, "no office space for ICE",
      Scope.listing(FacilityAccessLimit.FACILITIES, Facility.OFFICE_SPACE)),
  /** Participation: no stops, detentions or arrests for immigration status. */
  STOPS_AND_ARRESTS(Category.PARTICIPATION, "no stops, detentions or arrests for immigration status",
      Scope.of(DetentionLimit.ACTS, DetentionAct.STOP, DetentionAct.CONTACT, DetentionAct.DETAIN, DetentionAct.ARREST,
          DetentionAct.INVESTIGATE, DetentionAct.BOOK)),
  /** Participation: no local funds or staff for immigration enforcement. */
  RESOURCES(Category.PARTICIPATION, "no local funds or staff for immigration enforcement",
      Scope.of(SpendingRestriction.PURPOSE, Purpose.IMMIGRATION_ENFORCEMENT, Purpose.REGISTRY)),
  /** Participation: no raids, joint operations, deputization or civil investigations. */
  JOINT_OPERATIONS(Category.PARTICIPATION, "no raids, joint operations, deputization or civil investigations",
      Scope.of(EnforcementNonParticipation.ACTIVITIES, Activity.RAIDS, Activity.JOINT_OPERATIONS,
          Activity.DEPUTIZATION, Activity.CIVIL_IMMIGRATION_INVESTIGATIONS, Activity.STAGING_AREAS)),
  /** Contracts: no 287(g) agreement. */
  AGREEMENTS_287G(Category.CONTRACTS, "no 287(g) agreement",
      Scope.listing(EnforcementNonParticipation.ACTIVITIES, Activity.AGREEMENT_287G)),
  /** Contracts: no immigration detention contracts. */
  DETENTION_CONTRACTS(Category.CONTRACTS, "no immigration detention contracts",
      Scope.listing(EnforcementNonParticipation.ACTIVITIES, Activity.DETENTION_CONTRACTS, Activity.PRIVATE_DETENTION)),
  /** Services: services are not denied because of status. */
  SERVICES(Category.SERVICES, "services are not denied because of status",
      Scope.of(ServiceNonDenial.SERVICES, Service.CITY_SERVICES, Service.BENEFITS, Service.POLICE_SERVICES,
          Service.POLICE_REPORTS, Service.LICENSES, Service.FACILITIES)),
  /** Services: named places are safe spaces. */
  SAFE_SPACES(Category.SERVICES, "named places are safe spaces",
      Scope.any(ClauseKind.SAFE_SPACE));

  /** The criteria where cooperation allowed on some grounds is a carve-out, as an exception would be. */
  private static final java.util.Set<Criterion> CARVE_OUTS = java.util.EnumSet.of(STATUS_SHARING,
      RELEASE_NOTIFICATION, DETAINERS, ADMINISTRATIVE_WARRANTS, JAIL_ACCESS, STOPS_AND_ARRESTS, JOINT_OPERATIONS);

  private static final Map<ClauseKind, List<Criterion>> BY_KIND = byKind();

  private final Category category;
  private final String description;
  private final List<Scope> scopes;

  Criterion(Category category, String description, Scope... scopes) {
    this.category = category;
    this.description = description;
    this.scopes = List.of(scopes);
  }

  /** {@return the rubric category the criterion scores in} */
  public Category category() {
    return category;
  }

  /** {@return what a jurisdiction that meets the criterion does, in a few words} */
  public String description() {
    return description;
  }

  /** {@return the criterion's stable name, its constant in kebab case ({@code status-questions})} */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** {@return the criterion as its rubric scores it} */
  public RubricCriterion asRubricCriterion() {
    return RubricCriterion.coded(key(), category.title(), description,
        "Haven's own criterion, decided from the typed fields below", Rubric.POINTS_PER_CRITERION,
        CARVE_OUTS.contains(this), scopes.toArray(Scope[]::new));
  }

  /** {@return the kinds and scope values that meet the criterion, for the documentation} */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * Tests one clause against the criterion.
   *
   * @param clause the clause
   * @return how the clause meets this criterion, or {@link Coverage#NONE}
   */
  public Coverage coverage(Clause clause) {
    return coverage(clause.kind(), clause.ownFields());
  }

  /** The same for a clause of {@code kind} whose own fields are {@code own}, listed once for all criteria. */
  Coverage coverage(ClauseKind kind, List<OwnField> own) {
    Coverage best = Coverage.NONE;
    for (Scope scope : scopes) {
      Coverage c = scope.coverage(kind, own);
      if (c.ordinal() > best.ordinal()) {
        best = c;
      }
    }
    return best;
  }

  /** {@return the criteria that some clause of this kind may meet, in rubric order} */
  static List<Criterion> concerning(ClauseKind kind) {
    return BY_KIND.get(kind);
  }

  private static Map<ClauseKind, List<Criterion>> byKind() {
    Map<ClauseKind, List<Criterion>> map = new EnumMap<>(ClauseKind.class);
    for (ClauseKind kind : ClauseKind.values()) {
      List<Criterion> concerned = new ArrayList<>();
      for (Criterion criterion : values()) {
        if (criterion.scopes.stream().anyMatch(s -> s.kind() == kind)) {
          concerned.add(criterion);
        }
      }
      map.put(kind, List.copyOf(concerned));
    }
    return map;
  }

  /** Whether and how a clause's scope meets a criterion. */
  public enum Coverage {
    /** The clause does not meet the criterion. */
    NONE,
    /** The clause's scope list is not specified. */
    UNSPECIFIED_SCOPE,
    /** The clause's scope list names one of the criterion's values. */
    LISTED
  }

  /**
   * Clauses of {@code kind} whose {@code field} names one of {@code values}, or every clause of {@code kind} when
   * there is no field.
   *
   * @param kind the clauses' kind
   * @param field the list that must name a value; empty when the kind alone meets the criterion
   * @param values the values, as files write them
   * @param unspecifiedCounts whether a clause that leaves the field out meets the criterion too
   */
  public record Scope(ClauseKind kind, Optional<KindField.VocabularyList<?, ?>> field, Set<String> values,
      boolean unspecifiedCounts) {

    /**
     * Checks that the field is one of the kind's and copies the values.
     *
     * @param kind the clauses' kind
     * @param field the list that must name a value
     * @param values the values, as files write them
     * @param unspecifiedCounts whether a clause that leaves the field out meets the criterion too
     */
    public Scope {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(field, "field");
      values = Set.copyOf(values);
      field.filter(f -> !kind.kindFields().contains(f)).ifPresent(f -> {
        throw new IllegalArgumentException(f + " is not a field of " + kind.wireName());
      });
    }

    /** A clause whose list names one of the values, or leaves the list out (the benefit of the doubt). */
    @SafeVarargs
    static <C extends Clause, V extends Enum<V> & Vocabulary> Scope of(KindField.VocabularyList<C, V> field,
        V... values) {
      return new Scope(ClauseKind.owning(field), Optional.of(field), wireNames(values), true);
    }

    /** Only a clause that names one of the values: the kind alone says too little. */
    @SafeVarargs
    static <C extends Clause, V extends Enum<V> & Vocabulary> Scope listing(KindField.VocabularyList<C, V> field,
        V... values) {
      return new Scope(ClauseKind.owning(field), Optional.of(field), wireNames(values), false);
    }

    static Scope any(ClauseKind kind) {
      return new Scope(kind, Optional.empty(), Set.of(), true);
    }

    private static Set<String> wireNames(Vocabulary... values) {
      return Arrays.stream(values).map(Vocabulary::wireName).collect(Collectors.toUnmodifiableSet());
    }

    Coverage coverage(ClauseKind clauseKind, List<OwnField> own) {
      if (clauseKind != kind) {
        return Coverage.NONE;
      }
      if (field.isEmpty()) {
        return Coverage.LISTED;
      }
      // a clause's own fields come in its kind's order
      OwnField f = own.get(kind.kindFields().indexOf(field.get()));
      if (f.isUnspecified()) {
        return namesAny(f.spec().defaults()) ? Coverage.LISTED
            : unspecifiedCounts ? Coverage.UNSPECIFIED_SCOPE : Coverage.NONE;
      }
      return f.namesAny(values) ? Coverage.LISTED : Coverage.NONE;
    }

    private boolean namesAny(List<String> given) {
      for (String value : given) {
        if (values.contains(value)) {
          return true;
        }
      }
      return false;
    }
  }
}
