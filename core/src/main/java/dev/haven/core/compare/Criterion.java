package dev.haven.core.compare;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.OwnField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
      Scope.of(ClauseKind.STATUS_NON_INQUIRY, "acts", "inquire", "request-documents")),
  /** Information: officials do not share status or personal information. */
  STATUS_SHARING(Category.INFORMATION, "officials do not share status or personal information",
      Scope.of(ClauseKind.COMMUNICATION_LIMIT, "information", "immigration-status", "citizenship",
          "national-origin", "personal-information", "address"),
      Scope.of(ClauseKind.STATUS_NON_INQUIRY, "acts", "disclose", "record")),
  /** Information: ICE is not told of release dates or custody. */
  RELEASE_NOTIFICATION(Category.INFORMATION, "ICE is not told of release dates or custody",
      Scope.of(ClauseKind.NOTIFICATION_LIMIT, "information", "release-date", "custody-status"),
      Scope.listing(ClauseKind.COMMUNICATION_LIMIT, "information", "release-date", "custody-status")),
  /** Detainers: ICE detainers and holds are not honored. */
  DETAINERS(Category.DETAINERS, "ICE detainers and holds are not honored",
      Scope.of(ClauseKind.DETAINER_LIMIT, "requests", "detainer", "hold")),
  /** Detainers: no arrests on civil immigration (administrative) warrants. */
  ADMINISTRATIVE_WARRANTS(Category.DETAINERS, "no arrests on civil immigration (administrative) warrants",
      Scope.listing(ClauseKind.DETAINER_LIMIT, "requests", "administrative-warrant"),
      Scope.listing(ClauseKind.DETENTION_LIMIT, "basis", "civil-immigration-violation")),
  /** ICE access: ICE is kept out of jails, interviews and non-public areas. */
  JAIL_ACCESS(Category.ICE_ACCESS, "ICE is kept out of jails, interviews and non-public areas",
      Scope.of(ClauseKind.FACILITY_ACCESS_LIMIT, "facilities", "jail", "interviews", "non-public-areas")),
  /** ICE access: ICE has no access to local databases. */
  DATABASES(Category.ICE_ACCESS, "ICE has no access to local databases",
      Scope.listing(ClauseKind.FACILITY_ACCESS_LIMIT, "facilities", "databases")),
  /** ICE access: no office space for ICE. */
  OFFICE_SPACE(Category.ICE_ACCESS, "no office space for ICE",
      Scope.listing(ClauseKind.FACILITY_ACCESS_LIMIT, "facilities", "office-space")),
  /** Participation: no stops, detentions or arrests for immigration status. */
  STOPS_AND_ARRESTS(Category.PARTICIPATION, "no stops, detentions or arrests for immigration status",
      Scope.of(ClauseKind.DETENTION_LIMIT, "acts", "stop", "contact", "detain", "arrest", "investigate", "book")),
  /** Participation: no local funds or staff for immigration enforcement. */
  RESOURCES(Category.PARTICIPATION, "no local funds or staff for immigration enforcement",
      Scope.of(ClauseKind.SPENDING_RESTRICTION, "purpose", "immigration-enforcement", "registry")),
  /** Participation: no raids, joint operations, deputization or civil investigations. */
  JOINT_OPERATIONS(Category.PARTICIPATION, "no raids, joint operations, deputization or civil investigations",
      Scope.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, "activities", "raids", "joint-operations",
          "deputization", "civil-immigration-investigations", "staging-areas")),
  /** Contracts: no 287(g) agreement. */
  AGREEMENTS_287G(Category.CONTRACTS, "no 287(g) agreement",
      Scope.listing(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, "activities", "287g-agreement")),
  /** Contracts: no immigration detention contracts. */
  DETENTION_CONTRACTS(Category.CONTRACTS, "no immigration detention contracts",
      Scope.listing(ClauseKind.ENFORCEMENT_NON_PARTICIPATION, "activities", "detention-contracts",
          "private-detention")),
  /** Services: services are not denied because of status. */
  SERVICES(Category.SERVICES, "services are not denied because of status",
      Scope.of(ClauseKind.SERVICE_NON_DENIAL, "services", "city-services", "benefits", "police-services",
          "police-reports", "licenses", "facilities")),
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
   * Clauses of {@code kind} whose {@code field} names one of {@code values}.
   *
   * @param unspecifiedCounts whether a clause that leaves the field out meets the criterion too
   */
  public record Scope(ClauseKind kind, String field, Set<String> values, boolean unspecifiedCounts) {

    static Scope of(ClauseKind kind, String field, String... values) {
      return new Scope(kind, field, Set.of(values), true);
    }

    /** Only a clause that names one of the values: the kind alone says too little. */
    static Scope listing(ClauseKind kind, String field, String... values) {
      return new Scope(kind, field, Set.of(values), false);
    }

    static Scope any(ClauseKind kind) {
      return new Scope(kind, null, Set.of(), true);
    }

    Coverage coverage(ClauseKind clauseKind, List<OwnField> own) {
      if (clauseKind != kind) {
        return Coverage.NONE;
      }
      if (field == null) {
        return Coverage.LISTED;
      }
      OwnField f = null;
      for (OwnField candidate : own) {
        if (candidate.name().equals(field)) {
          f = candidate;
          break;
        }
      }
      if (f == null) {
        throw new IllegalStateException(kind.wireName() + " has no field " + field);
      }
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
