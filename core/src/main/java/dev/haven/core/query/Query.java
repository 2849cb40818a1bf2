package dev.haven.core.query;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseLife;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Party;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds clauses across clause sets. Each filter narrows the result (filters of different kinds are AND);
 * giving a filter several values accepts any of them (OR). A query with no filter matches every clause.
 *
 * <pre>{@code
 * List<Match> hits = Query.all()
 *     .kind(ClauseKind.STATUS_NON_INQUIRY)
 *     .actor("police")
 *     .run(sets);
 * }</pre>
 *
 * <p>Queries are immutable: every method returns a new query.
 */
public final class Query {

  private final List<Predicate<ClauseSet>> setFilters;
  private final List<BiPredicate<ClauseSet, Clause>> filters;
  private final Optional<ActorMatch> actors;

  private Query(List<Predicate<ClauseSet>> setFilters, List<BiPredicate<ClauseSet, Clause>> filters,
      Optional<ActorMatch> actors) {
    this.setFilters = List.copyOf(setFilters);
    this.filters = List.copyOf(filters);
    this.actors = actors;
  }

  /** {@return the query that matches every clause of every set, whatever its status} */
  public static Query all() {
    return new Query(List.of(), List.of(), Optional.empty());
  }

  /**
   * The query every answer about the law starts from: clauses of adopted sets in force today (not drafts,
   * introduced or repealed sets, templates or made-up examples, nor a set whose {@code ended} date has come, nor a
   * clause whose own {@code ended} date has come or whose {@code effective} date has not). {@link #status} widens
   * it.
   *
   * @return the query that matches every clause of law in force
   */
  public static Query lawInForce() {
    java.time.LocalDate today = java.time.LocalDate.now();
    // an end still to come leaves the set in force today
    return all().status(Status.ADOPTED)
        .andSet(set -> set.life().ended().filter(end -> !end.last().isAfter(today)).isEmpty())
        .and((set, clause) -> clause.core().life().on(today) != ClauseLife.InForce.NO);
  }

  /**
   * The law in force on a day: clauses of sets adopted (or since repealed) that were in force that day, by their
   * {@code date}, {@code effective} and {@code ended} dates ({@link ClauseSet#inForceOn}), and of those the clauses
   * whose own dates do not exclude the day ({@link ClauseLife#on}). A clause that may or may not have been in force
   * (the day falls within a month, year or interval its source gives without the day) is kept: callers say so
   * ({@link #uncertainOn}). A set that gives no date cannot be placed on a day and is left out.
   *
   * @param day the day asked about
   * @return the query that matches every clause of the law in force that day
   */
  public static Query lawInForceOn(java.time.LocalDate day) {
    return all().andSet(set -> set.inForceOn(day))
        .and((set, clause) -> clause.core().life().on(day) != ClauseLife.InForce.NO);
  }

  /**
   * Whether a clause the law on a day includes may not have been in force that day after all: the day falls within
   * a month, year or interval that one of its dates, or its set's, gives without the day.
   *
   * @param set the clause's set
   * @param clause a clause
   * @param day the day asked about
   * @return true when it is not known whether the clause was in force that day
   */
  public static boolean uncertainOn(ClauseSet set, Clause clause, java.time.LocalDate day) {
    return clause.core().life().on(day) == ClauseLife.InForce.UNCERTAIN
        || set.forceOn(day) == ClauseLife.InForce.UNCERTAIN;
  }

  /**
   * Whether the query's set-level filters let a set through: its status, dates and jurisdiction (the filters on
   * clauses are not asked). Compare uses it to pick the same sets a query would read.
   *
   * @param set a clause set
   * @return true when some clause of the set could match
   */
  public boolean admits(ClauseSet set) {
    return setFilters.stream().allMatch(f -> f.test(set));
  }

  /**
   * Keeps clauses of any of these kinds.
   *
   * @param kinds the kinds to accept
   * @return this query narrowed to those kinds
   */
  public Query kind(ClauseKind... kinds) {
    Set<ClauseKind> wanted = Set.copyOf(Arrays.asList(kinds));
    return and((set, clause) -> wanted.contains(clause.kind()));
  }

  /**
   * Clauses binding any of these actors, directly or through a group ({@link ActorGroups}): {@code police} finds a
   * clause binding "every agency of the City" (a party of kind {@code city-agencies}) and one binding California's
   * "law enforcement agencies" ({@code law-enforcement}); {@code law-enforcement} finds clauses binding the police,
   * the sheriff or the jail. An actor is a party key or a standard actor; a standard actor also matches clauses
   * that name a party of that kind. {@link #explain} says how each clause matched.
   *
   * @param actors party keys or standard actor names ({@code police}, {@code city-agencies}…)
   * @return this query narrowed to clauses binding one of them
   */
  public Query actor(String... actors) {
    return actorFilter(new ActorMatch(List.of(actors), false));
  }

  /**
   * Clauses that name one of these actors themselves, or a party of that kind: no group is followed.
   *
   * @param actors party keys or standard actor names
   * @return this query narrowed to clauses naming one of them
   */
  public Query actorExactly(String... actors) {
    return actorFilter(new ActorMatch(List.of(actors), true));
  }

  private Query actorFilter(ActorMatch match) {
    List<BiPredicate<ClauseSet, Clause>> more = new ArrayList<>(filters);
    more.add((set, clause) -> match.how(set, clause).isPresent());
    return new Query(setFilters, more, Optional.of(match));
  }

  /**
   * How a clause matched the query's actor filter ("binds every agency of the City of Chicago: every agency of
   * the City, which includes its police"), or empty when the query has no actor filter or the clause does not
   * match it.
   *
   * @param set the clause's set
   * @param clause the clause
   * @return how the clause binds the actor asked for
   */
  public Optional<String> explain(ClauseSet set, Clause clause) {
    return actors.flatMap(a -> a.how(set, clause));
  }

  /**
   * Keeps clauses with an exception on any of these grounds (the ground itself, not a narrower one), including
   * extension grounds that are not in the vocabulary.
   *
   * @param grounds the grounds as written in files
   * @return this query narrowed to clauses with such an exception
   */
  @SafeVarargs
  public final Query exception(Term<ExceptionGround>... grounds) {
    Set<Term<ExceptionGround>> wanted = Set.copyOf(Arrays.asList(grounds));
    return and((set, clause) -> clause.exceptions().stream().map(Exemption::ground).anyMatch(wanted::contains));
  }

  /**
   * Keeps clauses with an exception on any of these grounds (the ground itself, not a narrower one).
   *
   * @param grounds the grounds to look for
   * @return this query narrowed to clauses with such an exception
   */
  public Query exception(ExceptionGround... grounds) {
    Set<ExceptionGround> wanted = Set.copyOf(Arrays.asList(grounds));
    return and((set, clause) -> clause.exceptions().stream()
        .anyMatch(e -> e.ground().known().filter(wanted::contains).isPresent()));
  }

  /** {@return this query narrowed to clauses that have no exception at all} */
  public Query noExceptions() {
    return and((set, clause) -> clause.exceptions().isEmpty());
  }

  /**
   * Keeps clauses of any of these modalities (a general provision that states none matches no modality).
   *
   * @param modalities the modalities to accept
   * @return this query narrowed to those modalities
   */
  public Query modality(Modality... modalities) {
    Set<Modality> wanted = Set.copyOf(Arrays.asList(modalities));
    return and((set, clause) -> clause.modality().filter(wanted::contains).isPresent());
  }

  /**
   * Keeps clauses of sets whose jurisdiction's name contains any of these texts, ignoring case, or whose state is
   * one of them, by its postal code or its name ({@code WI} and {@code Wisconsin} find every set in Wisconsin).
   *
   * @param names parts of jurisdiction names ({@code madison} finds "City of Madison, Wisconsin"), state codes or
   *     state names
   * @return this query narrowed to those jurisdictions
   */
  public Query jurisdiction(String... names) {
    return andSet(set -> inJurisdiction(set, names));
  }

  /**
   * Whether a set's jurisdiction answers to any of these names, as {@link #jurisdiction} reads them: a part of its
   * name, or its state's postal code or name, ignoring case.
   *
   * @param set a set
   * @param names parts of jurisdiction names, state codes or state names
   * @return true when one of them names the set's jurisdiction or its state
   */
  public static boolean inJurisdiction(ClauseSet set, String... names) {
    String name = fold(set.jurisdiction().name());
    Optional<String> code = set.jurisdiction().state().map(Query::fold);
    Optional<String> state = code.flatMap(UsStates::name).map(Query::fold);
    for (String n : names) {
      String w = fold(n);
      if (name.contains(w) || code.filter(w::equals).isPresent() || state.filter(w::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Clauses whose text contains every word of any one of these phrases, ignoring case; a word matches
   * anywhere in the text ({@code arrest} finds "arrested").
   *
   * @param phrases phrases of one or more words separated by spaces
   * @return this query narrowed to clauses containing one of the phrases
   */
  public Query text(String... phrases) {
    List<List<String>> wanted = Stream.of(phrases)
        .map(p -> Arrays.stream(fold(p).split("\\s+")).filter(w -> !w.isEmpty()).toList())
        .toList();
    return and((set, clause) -> {
      String text = fold(clause.text());
      return wanted.stream().anyMatch(words -> words.stream().allMatch(text::contains));
    });
  }

  /**
   * Keeps clauses of sets with any of these statuses.
   *
   * @param statuses the set statuses to accept
   * @return this query narrowed to sets with one of them
   */
  public Query status(Status... statuses) {
    Set<Status> wanted = Set.copyOf(Arrays.asList(statuses));
    return andSet(set -> wanted.contains(set.status()));
  }

  /**
   * {@return this query narrowed to sets that are legislation or policy, not templates for making some}
   * Templates are the sets with {@code status: template}.
   */
  public Query withoutTemplates() {
    return andSet(set -> set.status() != Status.TEMPLATE);
  }

  /**
   * Tests one clause.
   *
   * @param set the set the clause belongs to (filters on jurisdiction, status and parties read it)
   * @param clause the clause to test
   * @return true when the clause, in its set, passes every filter
   */
  public boolean matches(ClauseSet set, Clause clause) {
    if (!admits(set)) {
      return false;
    }
    for (BiPredicate<ClauseSet, Clause> filter : filters) {
      if (!filter.test(set, clause)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The set with only the clauses this query matches: for a comparison or a panel of the law in force, a set whose
   * clauses have dates of their own keeps those in force.
   *
   * @param set a set the query {@link #admits}
   * @return the set itself when every clause matches, else a copy with the matching clauses
   */
  public ClauseSet keepMatching(ClauseSet set) {
    List<Clause> kept = new ArrayList<>(set.clauses().size());
    for (Clause clause : set.clauses()) {
      if (matches(set, clause)) {
        kept.add(clause);
      }
    }
    return kept.size() == set.clauses().size() ? set : set.withClauses(kept);
  }

  /**
   * Runs the query over one set.
   *
   * @param set the set to search
   * @return the matching clauses of the set, in document order
   */
  public Stream<Clause> in(ClauseSet set) {
    return admits(set) ? set.clauses().stream().filter(c -> matches(set, c)) : Stream.empty();
  }

  /**
   * Runs the query over many sets.
   *
   * @param sets the sets to search
   * @return every matching clause with its set, set by set in the order given, clauses in document order
   */
  public List<Match> run(Collection<ClauseSet> sets) {
    List<Match> out = new ArrayList<>();
    for (ClauseSet set : sets) {
      in(set).forEach(c -> out.add(new Match(set, c, explain(set, c))));
    }
    return out;
  }

  private Query and(BiPredicate<ClauseSet, Clause> filter) {
    List<BiPredicate<ClauseSet, Clause>> more = new ArrayList<>(filters);
    more.add(filter);
    return new Query(setFilters, more, actors);
  }

  private Query andSet(Predicate<ClauseSet> filter) {
    List<Predicate<ClauseSet>> more = new ArrayList<>(setFilters);
    more.add(filter);
    return new Query(more, filters, actors);
  }

  /** An actor filter: the actors asked for, and whether groups are followed. */
  private record ActorMatch(List<String> wanted, boolean exact) {

    Optional<String> how(ClauseSet set, Clause clause) {
      for (ActorKey key : clause.actors()) {
        Set<StandardActor> standard = set.standardActorsOf(key);
        String name = Optional.ofNullable(set.parties().get(key)).map(Party::name).orElse(words(key.value()));
        for (String actor : wanted) {
          if (key.value().equals(actor)) {
            return Optional.of("binds " + name);
          }
          Optional<StandardActor> asked = Vocabularies.find(StandardActor.class, actor);
          if (asked.isEmpty()) {
            continue;
          }
          if (standard.contains(asked.get())) {
            return Optional.of("binds " + name + " (" + words(actor) + ")");
          }
          if (exact) {
            continue;
          }
          Level level = set.jurisdiction().level();
          for (StandardActor group : standard) {
            String why = ActorGroups.members(group, level).get(asked.get());
            if (why != null) {
              return Optional.of("binds " + name + ": " + why);
            }
          }
          for (StandardActor member : ActorGroups.members(asked.get(), level).keySet()) {
            if (standard.contains(member)) {
              return Optional.of("binds " + name + " (" + words(member.wireName()) + "), part of "
                  + words(actor));
            }
          }
        }
      }
      return Optional.empty();
    }

    private static String words(String wireName) {
      return wireName.replace('-', ' ');
    }
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
