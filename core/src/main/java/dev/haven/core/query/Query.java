package dev.haven.core.query;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
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

  private final List<BiPredicate<ClauseSet, Clause>> filters;

  private Query(List<BiPredicate<ClauseSet, Clause>> filters) {
    this.filters = List.copyOf(filters);
  }

  /** {@return the query that matches every clause} */
  public static Query all() {
    return new Query(List.of());
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
   * Clauses binding any of these actors. An actor is a party key or a standard actor; a standard actor also
   * matches clauses that name a party of that kind ({@code police} finds a clause binding {@code mpd} when
   * the set declares {@code mpd} with kind {@code police}).
   *
   * @param actors party keys or standard actor names ({@code police}, {@code city-agencies}…)
   * @return this query narrowed to clauses binding one of them
   */
  public Query actor(String... actors) {
    List<String> wanted = List.of(actors);
    return and((set, clause) -> clause.actors().stream().anyMatch(key -> wanted.stream()
        .anyMatch(actor -> names(set, key, actor))));
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
   * Keeps clauses of sets whose jurisdiction's name contains any of these texts, ignoring case.
   *
   * @param names parts of jurisdiction names ({@code madison} finds "City of Madison, Wisconsin")
   * @return this query narrowed to those jurisdictions
   */
  public Query jurisdiction(String... names) {
    List<String> wanted = Stream.of(names).map(Query::fold).toList();
    return and((set, clause) -> {
      String name = fold(set.jurisdiction().name());
      return wanted.stream().anyMatch(name::contains);
    });
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
    return and((set, clause) -> wanted.contains(set.status()));
  }

  /**
   * {@return this query narrowed to sets that are legislation or policy, not templates for making some}
   * Templates are the sets with {@code status: template}.
   */
  public Query withoutTemplates() {
    return and((set, clause) -> set.status() != Status.TEMPLATE);
  }

  /**
   * Tests one clause.
   *
   * @param set the set the clause belongs to (filters on jurisdiction, status and parties read it)
   * @param clause the clause to test
   * @return true when the clause, in its set, passes every filter
   */
  public boolean matches(ClauseSet set, Clause clause) {
    for (BiPredicate<ClauseSet, Clause> filter : filters) {
      if (!filter.test(set, clause)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the query over one set.
   *
   * @param set the set to search
   * @return the matching clauses of the set, in document order
   */
  public Stream<Clause> in(ClauseSet set) {
    return set.clauses().stream().filter(c -> matches(set, c));
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
      in(set).forEach(c -> out.add(new Match(set, c)));
    }
    return out;
  }

  private Query and(BiPredicate<ClauseSet, Clause> filter) {
    List<BiPredicate<ClauseSet, Clause>> more = new ArrayList<>(filters);
    more.add(filter);
    return new Query(more);
  }

  private static boolean names(ClauseSet set, ActorKey key, String actor) {
    if (key.value().equals(actor)) {
      return true;
    }
    return set.standardActorsOf(key).stream().map(StandardActor::wireName).anyMatch(actor::equals);
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
