package dev.haven.core.io.internal;

import dev.haven.core.io.Problem;
import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseCore;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.Condition;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.DefinedTerm;
import dev.haven.core.model.DetainerLimit;
import dev.haven.core.model.DetentionLimit;
import dev.haven.core.model.EnforcementNonParticipation;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.FacilityAccessLimit;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.model.Keys;
import dev.haven.core.model.NotificationLimit;
import dev.haven.core.model.PartialDate;
import dev.haven.core.model.ReportingRequirement;
import dev.haven.core.model.SafeSpace;
import dev.haven.core.model.ServiceNonDenial;
import dev.haven.core.model.SourceRef;
import dev.haven.core.model.SpendingRestriction;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ConditionType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Suggestions;
import dev.haven.core.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads one clause of a set, checking its actors and source against what the set declares. */
final class ClauseBinder {

  /** Fields every clause kind has. */
  static final List<String> COMMON_FIELDS =
      List.of("id", "kind", "title", "modality", "actors", "text", "exceptions", "conditions", "source", "notes",
          "effective", "ended");

  /** Every field name some clause may have. */
  private static final Set<String> ALL_FIELDS = Stream.concat(COMMON_FIELDS.stream(),
      java.util.Arrays.stream(ClauseKind.values()).flatMap(k -> k.fields().stream().map(FieldSpec::name)))
      .collect(Collectors.toUnmodifiableSet());

  /** The fields a clause of each kind may have, made once: binding asks for every clause. */
  private static final Map<ClauseKind, List<String>> KNOWN_FIELDS = knownFields();

  private static final List<String> EXCEPTION_FIELDS = List.of("ground", "text");
  private static final List<String> CONDITION_FIELDS = List.of("type", "by", "text");
  private static final List<String> SOURCE_REF_FIELDS = List.of("document", "locator", "quote");
  private static final List<String> TERM_FIELDS = List.of("term", "text");

  private final Set<ActorKey> parties;
  private final Set<String> sources;
  private final List<Problem> problems;
  private final Optional<PartialDate> setFrom;
  private final Optional<PartialDate> setEnded;

  /**
   * @param setFrom the day the set took force, when it gives one: no clause of it takes effect earlier
   * @param setEnded the day the set ended, when it gives one: no clause of it ends later
   */
  ClauseBinder(Set<ActorKey> parties, Set<String> sources, List<Problem> problems,
      Optional<PartialDate> setFrom, Optional<PartialDate> setEnded) {
    this.parties = parties;
    this.sources = sources;
    this.problems = problems;
    this.setFrom = setFrom;
    this.setEnded = setEnded;
  }

  Optional<Clause> bind(Fields f, int index) {
    Optional<String> id = f.requiredText("id", "an id of lowercase letters, digits and '-'");
    id.filter(s -> !Keys.isKey(s)).ifPresent(s -> f.problem(f.get("id").get().position(),
        "clause id '" + s + "' may hold only lowercase letters, digits and '-'"));
    Fields c = f.named(id.map(s -> "clause '" + s + "'").orElse("clause " + index));

    Optional<ClauseKind> kind = c.enumValue("kind", ClauseKind.class, true);
    Optional<Modality> modality = c.enumValue("modality", Modality.class, false);
    // whether a key misspells "modality" is asked last: general provisions rightly have none, and it is not cheap
    if (modality.isEmpty() && !c.has("modality") && kind.map(ClauseKind::requiresModality).orElse(true)
        && !c.isMisspelled("modality")) {
      c.problem(c.position(), c.owner() + " has no 'modality'; expected " + Fields.oneOf(Modality.class));
    }
    List<ActorKey> actors = actors(c);
    Optional<String> text = c.requiredText("text", "the operative text of the clause");
    Optional<String> title = c.text("title");
    List<Exemption> exceptions = c.objects("exceptions", "an exception of " + c.owner(), this::exemption);
    List<Condition> conditions = c.objects("conditions", "a condition of " + c.owner(), this::condition);
    Optional<SourceRef> source = c.get("source")
        .flatMap(v -> Fields.of(v, "the source of " + c.owner(), "a mapping with 'document'", problems))
        .flatMap(this::sourceRef);
    Optional<String> notes = c.text("notes");
    ClauseLife life = life(c);

    if (kind.isEmpty()) {
      // its own fields cannot be checked without knowing what they should be; but a misspelled 'kind' ("kird")
      // must still be reported, or the clause would vanish without a word
      c.reportMisspellings(COMMON_FIELDS, ALL_FIELDS);
      return Optional.empty();
    }
    // A missing id or text is already a problem, so the set is discarded; the clause is still built so that its
    // own fields are checked too, and the placeholders below can never reach a caller.
    Clause clause = ownFields(kind.get(), c, new ClauseCore(id.orElse("x"), modality, actors, text.orElse(""), title,
        exceptions, conditions, source, notes, life, c.extensions()));
    c.rejectUnknown(KNOWN_FIELDS.get(kind.get()), key -> belongsToOtherKind(key, kind.get()));
    return Optional.of(clause);
  }

  /** A clause's own dates: a day, or a month when the source gives no day; the end after the start. */
  private ClauseLife life(Fields c) {
    Optional<PartialDate> effective = c.partialDate("effective");
    Optional<PartialDate> ended = c.partialDate("ended");
    if (effective.isPresent() && setFrom.filter(from -> effective.get().last().isBefore(from.first())).isPresent()) {
      c.problem(c.get("effective").get().position(), "'effective' (" + effective.get() + ") of " + c.owner()
          + " comes before its set took force (" + setFrom.get() + "); a clause's own dates lie within its set's");
    }
    if (ended.isPresent() && setEnded.filter(end -> ended.get().first().isAfter(end.last())).isPresent()) {
      c.problem(c.get("ended").get().position(), "'ended' (" + ended.get() + ") of " + c.owner() + " comes after"
          + " its set ended (" + setEnded.get() + "); a clause's own dates lie within its set's");
    }
    if (effective.isPresent() && ended.isPresent() && !ended.get().last().isAfter(effective.get().first())) {
      c.problem(c.get("ended").get().position(), "'ended' (" + ended.get() + ") of " + c.owner() + " must come after"
          + " its 'effective' (" + effective.get() + ")");
      return ClauseLife.AS_SET;
    }
    return new ClauseLife(effective, ended);
  }

  private static Map<ClauseKind, List<String>> knownFields() {
    Map<ClauseKind, List<String>> known = new EnumMap<>(ClauseKind.class);
    for (ClauseKind kind : ClauseKind.values()) {
      known.put(kind, Stream.concat(COMMON_FIELDS.stream(), kind.fields().stream().map(FieldSpec::name)).toList());
    }
    return known;
  }

  private List<ActorKey> actors(Fields c) {
    Optional<List<Node>> items = c.list("actors");
    if (items.isEmpty()) {
      if (!c.has("actors") && !c.isMisspelled("actors")) {
        c.problem(c.position(), c.owner() + " has no 'actors'; expected a list of whom it binds, e.g. [police]");
      }
      return List.of();
    }
    if (items.get().isEmpty()) {
      c.problem(c.get("actors").get().position(), c.owner() + " binds no one; 'actors' needs at least one actor");
    }
    List<ActorKey> actors = new ArrayList<>();
    for (Node item : items.get()) {
      actor(c, item, "actors").ifPresent(actors::add);
    }
    return actors;
  }

  private Optional<ActorKey> actor(Fields f, Node value, String field) {
    return f.asText(value, field).flatMap(text -> {
      if (ActorKey.isWellFormed(text)) {
        ActorKey key = ActorKey.of(text);
        if (key.standard().isPresent() || parties.contains(key)) {
          return Optional.of(key);
        }
      }
      Set<String> known = new TreeSet<>(Vocabularies.wireNames(StandardActor.class));
      parties.forEach(p -> known.add(p.value()));
      String declared = parties.isEmpty() ? "no parties are declared"
          : "declared parties: " + parties.stream().map(ActorKey::value).sorted().collect(Collectors.joining(", "));
      f.problem(value.position(), "'" + text + "' in '" + field + "' of " + f.owner()
          + " is neither a declared party nor a standard actor (" + declared + ")"
          + Suggestions.didYouMean(text, known));
      return Optional.empty();
    });
  }

  private Optional<Exemption> exemption(Fields e) {
    Optional<Term<ExceptionGround>> ground = e.required("ground", "an exception ground")
        .flatMap(v -> e.asTerm(v, "ground", ExceptionGround.class));
    Optional<String> text = e.text("text");
    e.rejectUnknown(EXCEPTION_FIELDS);
    return ground.map(g -> new Exemption(g, text, e.extensions()));
  }

  private Optional<Condition> condition(Fields c) {
    Optional<ConditionType> type = c.enumValue("type", ConditionType.class, true);
    Optional<ActorKey> by = c.get("by").flatMap(v -> actor(c, v, "by"));
    if (type.filter(t -> t == ConditionType.APPROVAL).isPresent() && !c.has("by")) {
      c.problem(c.position(), c.owner() + " is an approval but says not by whom; add 'by' with an actor");
    }
    Optional<String> text = c.text("text");
    c.rejectUnknown(CONDITION_FIELDS);
    return type.map(t -> new Condition(t, by, text, c.extensions()));
  }

  private Optional<SourceRef> sourceRef(Fields s) {
    Optional<String> document = s.requiredText("document", "the id of one of the set's sources");
    document.filter(d -> !sources.contains(d)).ifPresent(d -> s.problem(s.get("document").get().position(),
        "source document '" + d + "' is not declared in 'sources'"
            + (sources.isEmpty() ? "; add it there with its title" : Suggestions.didYouMean(d, sources))));
    Optional<String> locator = s.text("locator");
    Optional<String> quote = s.text("quote");
    s.rejectUnknown(SOURCE_REF_FIELDS);
    return document.map(d -> new SourceRef(d, locator, quote, s.extensions()));
  }

  private Optional<DefinedTerm> definedTerm(Fields t) {
    Optional<String> term = t.requiredText("term", "the defined term");
    Optional<String> text = t.requiredText("text", "the definition");
    t.rejectUnknown(TERM_FIELDS);
    return term.flatMap(name -> text.map(def -> new DefinedTerm(name, def, t.extensions())));
  }

  private Clause ownFields(ClauseKind kind, Fields f, ClauseCore core) {
    return switch (kind) {
      case COMMUNICATION_LIMIT -> new CommunicationLimit(core, f.term(CommunicationLimit.COUNTERPARTY),
          f.terms(CommunicationLimit.INFORMATION));
      case SPENDING_RESTRICTION -> new SpendingRestriction(core, f.terms(SpendingRestriction.RESOURCES),
          f.terms(SpendingRestriction.PURPOSE));
      case SERVICE_NON_DENIAL -> new ServiceNonDenial(core, f.terms(ServiceNonDenial.SERVICES),
          f.terms(ServiceNonDenial.BASIS));
      case STATUS_NON_INQUIRY -> new StatusNonInquiry(core, f.terms(StatusNonInquiry.ACTS),
          f.terms(StatusNonInquiry.SUBJECTS), f.terms(StatusNonInquiry.DOCUMENTS));
      case DETENTION_LIMIT -> new DetentionLimit(core, f.terms(DetentionLimit.ACTS), f.terms(DetentionLimit.BASIS));
      case DETAINER_LIMIT -> new DetainerLimit(core, f.terms(DetainerLimit.REQUESTS));
      case NOTIFICATION_LIMIT -> new NotificationLimit(core, f.terms(NotificationLimit.INFORMATION));
      case FACILITY_ACCESS_LIMIT -> new FacilityAccessLimit(core, f.terms(FacilityAccessLimit.FACILITIES));
      case ENFORCEMENT_NON_PARTICIPATION ->
          new EnforcementNonParticipation(core, f.terms(EnforcementNonParticipation.ACTIVITIES));
      case COOPERATION_CONDITION -> new CooperationCondition(core, f.terms(CooperationCondition.GROUNDS));
      case SAFE_SPACE -> new SafeSpace(core, f.texts(SafeSpace.PLACES));
      case REPORTING_REQUIREMENT -> new ReportingRequirement(core,
          f.get(ReportingRequirement.TO.name()).flatMap(v -> actor(f, v, ReportingRequirement.TO.name())),
          f.term(ReportingRequirement.FREQUENCY), f.texts(ReportingRequirement.CONTENTS));
      case GENERAL_PROVISION -> new GeneralProvision(core, f.term(GeneralProvision.PROVISION),
          f.objects(GeneralProvision.TERMS.name(), "a defined term of " + f.owner(), this::definedTerm));
    };
  }

  private static Optional<String> belongsToOtherKind(String field, ClauseKind kind) {
    List<String> owners = Arrays.stream(ClauseKind.values())
        .filter(k -> k != kind && k.field(field).isPresent())
        .map(ClauseKind::wireName)
        .toList();
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("field '" + field + "' belongs to " + String.join(" and ", owners) + ", not to "
        + kind.wireName() + "; " + kind.wireName() + " has "
        + (kind.fields().isEmpty() ? "no fields of its own"
            : kind.fields().stream().map(FieldSpec::name).collect(Collectors.joining(", "))));
  }
}
