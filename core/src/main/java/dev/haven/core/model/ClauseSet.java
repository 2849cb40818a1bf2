package dev.haven.core.model;

import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One piece of legislation or policy as data: format {@value #FORMAT}.
 *
 * @param id lowercase letters, digits, {@code -}, {@code /} and {@code .}, e.g.
 *     {@code us-wi-madison/res-2017-safe-haven}
 * @param title the instrument's title
 * @param jurisdiction the government whose instrument this is
 * @param type resolution, ordinance, policy…, when the file says
 * @param body the body that adopted it, e.g. {@code Common Council}
 * @param status adopted, proposed, draft, template…
 * @param date the date of adoption or issue, when the file gives one
 * @param enactment its number, sponsors and attestation, when the file gives them
 * @param life when it was in force and which sets it amends, supersedes or was superseded by
 * @param params the placeholders a template declares, by name, in file order
 * @param parties declared actors by key, in file order
 * @param sources the documents the text is drawn from, in file order
 * @param notes editors' notes on the whole set, never rendered as law
 * @param recitals the WHEREAS clauses, in order; they explain, they do not bind
 * @param clauses in the document's order; never empty
 * @param extensions the set's {@code x-} fields, kept as written
 */
public record ClauseSet(
    String id,
    String title,
    Jurisdiction jurisdiction,
    Optional<LegislationType> type,
    Optional<String> body,
    Status status,
    Optional<LocalDate> date,
    Enactment enactment,
    Life life,
    Map<String, Param> params,
    Map<ActorKey, Party> parties,
    List<Source> sources,
    Optional<String> notes,
    List<String> recitals,
    List<Clause> clauses,
    Extensions extensions) {

  /** The value of {@code format:} in every file of this version. */
  public static final String FORMAT = "haven/1";

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9./-]*");

  /**
   * Whether {@code id} is a well-formed set id: lowercase letters, digits, {@code -}, {@code /} and {@code .}.
   *
   * @param id a candidate set id
   * @return true when it is well formed
   */
  public static boolean isWellFormedId(String id) {
    return ID.matcher(id).matches();
  }

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param id lowercase letters, digits, {@code -}, {@code /} and {@code .}, e.g. {@code
   *     us-wi-madison/res-2017-safe-haven}
   * @param title the instrument's title
   * @param jurisdiction the government whose instrument this is
   * @param type resolution, ordinance, policy…, when the file says
   * @param body the body that adopted it, e.g. {@code Common Council}
   * @param status adopted, proposed, draft, template…
   * @param date the date of adoption or issue, when the file gives one
   * @param enactment its number, sponsors and attestation, when the file gives them
   * @param life when it was in force and which sets it amends, supersedes or was superseded by
   * @param params the placeholders a template declares, by name, in file order
   * @param parties declared actors by key, in file order
   * @param sources the documents the text is drawn from, in file order
   * @param notes editors' notes on the whole set, never rendered as law
   * @param recitals the WHEREAS clauses, in order; they explain, they do not bind
   * @param clauses in the document's order; never empty
   * @param extensions the set's {@code x-} fields, kept as written
   */
  public ClauseSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(enactment, "enactment");
    Objects.requireNonNull(life, "life");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
    sources = List.copyOf(sources);
    Objects.requireNonNull(notes, "notes");
    recitals = List.copyOf(recitals);
    clauses = List.copyOf(clauses);
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * A set without number, sponsors or attestation ({@link Enactment#NONE}) and with no dates beyond its own
   * ({@link Life#UNKNOWN}), as sets were made before those fields.
   *
   * @param id the set's id
   * @param title the instrument's title
   * @param jurisdiction the government whose instrument this is
   * @param type resolution, ordinance, policy…, when the file says
   * @param body the body that adopted it
   * @param status adopted, proposed, draft, template…
   * @param date the date of adoption or issue
   * @param params the placeholders a template declares
   * @param parties declared actors by key
   * @param sources the documents the text is drawn from
   * @param notes editors' notes on the whole set
   * @param recitals the WHEREAS clauses
   * @param clauses in the document's order; never empty
   * @param extensions the set's {@code x-} fields
   */
  public ClauseSet(String id, String title, Jurisdiction jurisdiction, Optional<LegislationType> type,
      Optional<String> body, Status status, Optional<LocalDate> date, Map<String, Param> params,
      Map<ActorKey, Party> parties, List<Source> sources, Optional<String> notes, List<String> recitals,
      List<Clause> clauses, Extensions extensions) {
    this(id, title, jurisdiction, type, body, status, date, Enactment.NONE, Life.UNKNOWN, params, parties, sources,
        notes, recitals, clauses, extensions);
  }

  /**
   * When the set took force: its {@code effective} date, else its {@code date}, as exactly as the file gives it.
   *
   * @return the day (or month, year or interval), or empty when the set gives no date
   */
  public Optional<PartialDate> takesForce() {
    return life.effective().or(life::adopted).or(() -> date.map(PartialDate::of));
  }

  /**
   * The first day the set may have been in force: the earliest day of {@link #takesForce()}, which is the day
   * itself when the file gives one.
   *
   * @return the day, or empty when the set gives no date
   */
  public Optional<LocalDate> inForceFrom() {
    return takesForce().map(PartialDate::first);
  }

  /**
   * Whether the set was law on a day: adopted (or since repealed), in force from on or before that day, and not
   * ended by then; uncertain when the day falls within a month, year or interval one of its dates gives without
   * its day. A set that gives no date cannot be placed on a day, and is never said to be.
   *
   * @param day the day asked about
   * @return yes, no or uncertain
   */
  public ClauseLife.InForce forceOn(LocalDate day) {
    if (!status.enacted() || takesForce().isEmpty()) {
      return ClauseLife.InForce.NO;
    }
    return new ClauseLife(takesForce(), life.ended().filter(end -> end.last().isAfter(takesForce().get().first())))
        .on(day);
  }

  /**
   * Whether the set is law that cannot be placed on a day: enacted, but giving no date.
   *
   * @return true for an enacted set without {@code date} or {@code effective}
   */
  public boolean undatedLaw() {
    return status.enacted() && takesForce().isEmpty();
  }

  /**
   * Whether the set was, or may have been, law on a day ({@link #forceOn} yes or uncertain).
   *
   * @param day the day asked about
   * @return true unless the set was certainly not in force that day
   */
  public boolean inForceOn(LocalDate day) {
    return forceOn(day) != ClauseLife.InForce.NO;
  }

  /**
   * The same set with other clauses: what a view of the law on one day keeps of a set whose clauses have dates of
   * their own.
   *
   * @param newClauses the clauses
   * @return this set with those clauses
   */
  public ClauseSet withClauses(List<Clause> newClauses) {
    return new ClauseSet(id, title, jurisdiction, type, body, status, date, enactment, life, params, parties, sources,
        notes, recitals, newClauses, extensions);
  }

  /**
   * The set with the clauses whose own dates do not exclude a day (those that may or may not have been in force
   * then are kept); the set's own dates are not asked.
   *
   * @param day the day
   * @return the set itself when no clause is excluded, else a copy without the excluded ones
   */
  public ClauseSet withClausesOn(LocalDate day) {
    List<Clause> kept = clauses.stream().filter(c -> c.core().life().on(day) != ClauseLife.InForce.NO).toList();
    return kept.size() == clauses.size() ? this : withClauses(kept);
  }

  /**
   * The clause with this id, if any.
   *
   * @param clauseId a clause id
   * @return the clause with this id, if any
   */
  public Optional<Clause> clause(String clauseId) {
    return clauses.stream().filter(c -> c.id().equals(clauseId)).findFirst();
  }

  /**
   * The standard actors an actor key stands for in this set: the standard actor of that name, and the kind of
   * the party it names. A key for a party with no kind stands for no standard actor.
   *
   * @param key an actor key a clause names
   * @return the standard actors it stands for; empty when none
   */
  public Set<StandardActor> standardActorsOf(ActorKey key) {
    Optional<StandardActor> direct = key.standard();
    Optional<StandardActor> viaParty = Optional.ofNullable(parties.get(key)).flatMap(Party::standardActor);
    if (direct.isPresent() && viaParty.isPresent() && direct.get() != viaParty.get()) {
      return Set.of(direct.get(), viaParty.get());
    }
    return direct.or(() -> viaParty).map(Set::of).orElse(Set.of());
  }
}
