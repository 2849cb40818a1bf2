package dev.haven.core.io.internal;

import java.util.stream.Collectors;
import dev.haven.core.io.Position;
import dev.haven.core.io.Problem;
import dev.haven.core.io.internal.Node.Entry;
import dev.haven.core.io.internal.Node.MapNode;
import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Attestation;
import dev.haven.core.model.Attestation.Signature;
import dev.haven.core.model.Enactment;
import dev.haven.core.model.Life;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.model.Param;
import dev.haven.core.model.Placeholder;
import dev.haven.core.vocab.Suggestions;
import java.util.Set;
import dev.haven.core.model.Party;
import dev.haven.core.model.PartialDate;
import dev.haven.core.model.Source;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a whole clause set from its tree, collecting every problem instead of stopping at the first. */
public final class SetBinder {

  /** Top-level fields of a clause set, in canonical order. */
  public static final List<String> SET_FIELDS = List.of("format", "id", "title", "jurisdiction", "type", "body",
      "status", "date", "effective", "ended", "supersedes", "amends", "superseded-by", "number", "sponsors",
      "attestation", "params", "parties", "sources", "notes", "recitals",
      "clauses");

  private static final List<String> JURISDICTION_FIELDS = List.of("name", "level", "state", "country");
  private static final List<String> PARTY_FIELDS = List.of("name", "kind");
  private static final List<String> SOURCE_FIELDS = List.of("id", "title", "publisher", "url", "date", "notes");
  private static final List<String> ATTESTATION_FIELDS = List.of("text", "signatures");
  private static final List<String> SIGNATURE_FIELDS = List.of("title", "name");
  private static final List<String> PARAM_FIELDS = List.of("description", "default");
  private static final Pattern STATE = Pattern.compile("[A-Z0-9]{1,3}|[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final List<Problem> problems = new ArrayList<>();
  private final boolean placeholdersAreText;

  /** A binder for files as written: a template's placeholders are checked. */
  public SetBinder() {
    this(false);
  }

  /**
   * @param placeholdersAreText true for a template whose placeholders have been filled: what looks like one now
   *     came from a value and is text, and every field is checked as in any set
   */
  public SetBinder(boolean placeholdersAreText) {
    this.placeholdersAreText = placeholdersAreText;
  }

  /** The clause set, or empty with {@link #problems()} saying why. */
  public Optional<ClauseSet> bind(Node root) {
    Optional<Fields> maybe = Fields.of(root, "the clause set",
        "a clause set: a mapping that starts with 'format: haven/1'", problems);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields f = maybe.get();
    checkFormat(f);
    Optional<String> id = f.requiredText("id", "an id such as us-wi-madison/res-2017-safe-haven");
    id.filter(s -> !ClauseSet.isWellFormedId(s)).ifPresent(s -> f.problem(f.get("id").get().position(),
        "set id '" + s + "' may hold only lowercase letters, digits, '-', '/' and '.'"));
    Optional<String> title = f.requiredText("title", "the title of the legislation");
    Optional<Status> status = f.enumValue("status", Status.class, true);
    boolean template = status.equals(Optional.of(Status.TEMPLATE)) && !placeholdersAreText;
    Optional<Jurisdiction> jurisdiction = f.required("jurisdiction", "a mapping with 'name' and 'level'")
        .flatMap(v -> Fields.of(v, "the jurisdiction", "'jurisdiction' to be a mapping with 'name' and 'level'",
            problems))
        .flatMap(j -> jurisdiction(j, template));
    Optional<LegislationType> type = f.enumValue("type", LegislationType.class, false);
    Optional<String> body = f.text("body");
    Optional<PartialDate> adopted = f.partialDate("date");
    Optional<LocalDate> date = adopted.filter(PartialDate::exact).map(PartialDate::first);
    Life life = life(f, adopted);
    Optional<String> number = f.text("number");
    List<String> sponsors = f.texts("sponsors");
    Map<String, Param> params = params(f);
    Map<ActorKey, Party> parties = parties(f);
    List<Source> sources = f.objects("sources", "a source", this::source);
    checkUniqueSourceIds(f);
    Optional<String> notes = f.text("notes");
    List<String> recitals = f.texts("recitals");
    List<Clause> clauses = clauses(f, parties, sources, life.effective().or(() -> adopted), life.ended());
    Optional<Attestation> attestation = f.get("attestation").flatMap(v -> Fields.of(v, "the attestation",
        "'attestation' to be a mapping with 'text' and 'signatures'", problems)).map(this::attestation);
    f.rejectUnknown(SET_FIELDS);
    if (template) {
      checkPlaceholders(root, params.keySet());
    }

    if (problems.isEmpty() && (id.isEmpty() || title.isEmpty() || status.isEmpty() || jurisdiction.isEmpty())) {
      // every missing required field is reported above; this guards against a path that forgets to
      f.problem(f.position(), "the clause set is incomplete; it needs format, id, title, jurisdiction, status "
          + "and clauses");
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ClauseSet(id.get(), title.get(), jurisdiction.get(), type, body, status.get(), date,
        new Enactment(number, sponsors, attestation), life, params, parties, sources, notes, recitals, clauses, f.extensions()));
  }

  public List<Problem> problems() {
    return problems;
  }

  private void checkFormat(Fields f) {
    f.required("format", "'format: " + ClauseSet.FORMAT + "'").flatMap(v -> f.asText(v, "format"))
        .filter(s -> !s.equals(ClauseSet.FORMAT))
        .ifPresent(s -> f.problem(f.get("format").get().position(),
            "unsupported format '" + s + "'; this version of Haven reads '" + ClauseSet.FORMAT + "'"));
  }

  private Optional<Jurisdiction> jurisdiction(Fields j, boolean template) {
    Optional<String> name = j.requiredText("name", "the formal name, e.g. City of Madison");
    Optional<Level> level = j.enumValue("level", Level.class, true);
    Optional<String> state = j.text("state");
    // A template may leave the state to a parameter; adapting checks the value given.
    state.filter(s -> !(template && !Placeholder.in(s).isEmpty()))
        .filter(s -> !STATE.matcher(s).matches()).ifPresent(s -> j.problem(j.get("state").get().position(),
        "state '" + s + "' should be a two-letter code such as WI, or another region code in capitals such as "
            + "BY or DE-BY"));
    Optional<String> country = j.text("country");
    country.filter(s -> !COUNTRY.matcher(s).matches()).ifPresent(s -> j.problem(j.get("country").get().position(),
        "country '" + s + "' should be an ISO 3166-1 two-letter code such as US"));
    j.rejectUnknown(JURISDICTION_FIELDS);
    return name.flatMap(n -> level.map(l ->
        new Jurisdiction(n, l, state, country.orElse(Jurisdiction.DEFAULT_COUNTRY), j.extensions())));
  }

  /** In a template every placeholder must be a plain name that 'params' declares. */
  private void checkPlaceholders(Node root, Set<String> declared) {
    NodeWalk.eachText(root, (pointer, scalar) -> {
      for (Placeholder p : Placeholder.in(scalar.text())) {
        if (!p.isPlain()) {
          problems.add(new Problem(scalar.position(), "placeholder '" + p.written() + "' is not a parameter name; "
              + "placeholders are plain names declared under 'params' (letters, digits, '_', '-'), never lookups "
              + "or expressions"));
        } else if (!declared.contains(p.name())) {
          String hint = Suggestions.closest(p.name(), declared).map(d -> "; did you mean '${" + d + "}'?")
              .orElse("; declare it under 'params'");
          problems.add(new Problem(scalar.position(), "placeholder '" + p.written() + "' names no declared "
              + "parameter" + hint));
        }
      }
    });
  }

  private Map<String, Param> params(Fields f) {
    Map<String, Param> params = new LinkedHashMap<>();
    f.get("params").flatMap(v -> Fields.of(v, "params", "'params' to be a mapping of parameter names", problems)).ifPresent(p -> {
      for (Entry entry : p.node().entries()) {
        String name = entry.key();
        if (!Placeholder.NAME.matcher(name).matches()) {
          p.problem(entry.keyPosition(), "parameter name '" + name + "' must be a plain name (letters, digits, '_', '-')");
          continue;
        }
        p.get(name);
        Fields.of(entry.value(), "parameter '" + name + "'", "a mapping with 'description' and 'default'", problems)
            .ifPresent(pf -> {
              Optional<String> description = pf.text("description");
              Optional<String> defaultValue = pf.text("default");
              pf.rejectUnknown(PARAM_FIELDS);
              params.put(name, new Param(name, description, defaultValue, pf.extensions()));
            });
      }
    });
    return params;
  }

  private Map<ActorKey, Party> parties(Fields f) {
    Map<ActorKey, Party> parties = new LinkedHashMap<>();
    f.get("parties").flatMap(v -> Fields.of(v, "parties", "'parties' to be a mapping of party keys, e.g. {mpd: {name: Madison Police Department}}", problems)).ifPresent(p -> {
      for (Entry entry : p.node().entries()) {
        String key = entry.key();
        p.get(key);
        if (!ActorKey.isWellFormed(key)) {
          p.problem(entry.keyPosition(), "party key '" + key + "' may hold only lowercase letters, digits and '-'");
          continue;
        }
        ActorKey actor = ActorKey.of(key);
        Fields.of(entry.value(), "party '" + key + "'", "a mapping with 'name'", problems)
            .flatMap(pf -> party(pf, actor))
            .ifPresent(party -> parties.put(actor, party));
      }
    });
    return parties;
  }

  private Optional<Party> party(Fields p, ActorKey key) {
    Optional<String> name = p.requiredText("name", "the party's name");
    Optional<StandardActor> kind = p.enumValue("kind", StandardActor.class, false);
    if (key.standard().isPresent() && kind.isPresent() && kind.get() != key.standard().get()) {
      p.problem(p.get("kind").get().position(), "party '" + key + "' is keyed by the standard actor '" + key
          + "', so its kind cannot be '" + kind.get().wireName() + "'");
    }
    p.rejectUnknown(PARTY_FIELDS);
    return name.map(n -> new Party(key, n, kind, p.extensions()));
  }

  /** The set's life: its dates in order, and the ids of the sets it links to well formed. */
  private Life life(Fields f, Optional<PartialDate> adopted) {
    Optional<PartialDate> effective = f.partialDate("effective");
    Optional<PartialDate> ended = f.partialDate("ended");
    Optional<PartialDate> from = effective.or(() -> adopted);
    if (ended.isPresent() && from.isPresent() && !ended.get().last().isAfter(from.get().first())) {
      f.problem(f.get("ended").get().position(), "'ended' (" + ended.get() + ") must come after the day the set took"
          + " force (" + from.get() + (effective.isPresent() ? ", its 'effective' date" : ", its 'date'") + ")");
    }
    if (effective.isPresent() && adopted.isPresent() && effective.get().last().isBefore(adopted.get().first())) {
      f.problem(f.get("effective").get().position(), "'effective' (" + effective.get() + ") comes before 'date' ("
          + adopted.get() + "); a law takes force on or after the day it is adopted");
    }
    List<String> supersedes = setIds(f, "supersedes");
    List<String> amends = setIds(f, "amends");
    Optional<String> supersededBy = f.text("superseded-by");
    supersededBy.filter(id -> !ClauseSet.isWellFormedId(id)).ifPresent(id -> f.problem(
        f.get("superseded-by").get().position(), "'" + id + "' is not a set id (lowercase letters, digits, '-', '/'"
            + " and '.')"));
    return new Life(adopted.filter(d -> !d.exact()), effective, ended, supersedes, amends, supersededBy);
  }

  private List<String> setIds(Fields f, String name) {
    List<String> ids = f.texts(name);
    for (String id : ids) {
      if (!ClauseSet.isWellFormedId(id)) {
        f.problem(f.get(name).get().position(), "'" + id + "' in '" + name + "' is not a set id (lowercase letters,"
            + " digits, '-', '/' and '.')");
      }
    }
    return ids;
  }

  private Attestation attestation(Fields a) {
    Optional<String> text = a.text("text");
    List<Signature> signatures = a.objects("signatures", "a signature line", s -> {
      Optional<String> title = s.requiredText("title", "the office that signs, e.g. City Clerk");
      Optional<String> name = s.text("name");
      s.rejectUnknown(SIGNATURE_FIELDS);
      return title.map(t -> new Signature(t, name, s.extensions()));
    });
    a.rejectUnknown(ATTESTATION_FIELDS);
    return new Attestation(text, signatures, a.extensions());
  }

  private Optional<Source> source(Fields s) {
    Optional<String> id = s.requiredText("id", "the key clauses cite it by");
    Fields named = s.named(id.map(i -> "source '" + i + "'").orElse("a source"));
    Optional<String> title = named.requiredText("title", "the source's title");
    Optional<String> publisher = named.text("publisher");
    Optional<String> url = named.text("url");
    Optional<LocalDate> date = date(named, "date");
    Optional<String> notes = named.text("notes");
    named.rejectUnknown(SOURCE_FIELDS);
    return id.flatMap(i -> title.map(t -> new Source(i, t, publisher, url, date, notes, named.extensions())));
  }

  private void checkUniqueSourceIds(Fields f) {
    Map<String, Integer> seen = new HashMap<>();
    f.node().entry("sources").map(Entry::value).filter(v -> v instanceof Node.ListNode)
        .map(v -> ((Node.ListNode) v).items()).ifPresent(items -> {
      for (Node item : items) {
        if (item instanceof MapNode m) {
          m.entry("id").ifPresent(e -> {
            String id = e.value() instanceof Node.ScalarNode s ? s.text() : "";
            if (seen.merge(id, 1, Integer::sum) == 2) {
              f.problem(e.value().position(), "source id '" + id + "' is declared twice");
            }
          });
        }
      }
    });
  }

  private List<Clause> clauses(Fields f, Map<ActorKey, Party> parties, List<Source> sources,
      Optional<PartialDate> setFrom, Optional<PartialDate> setEnded) {
    Optional<List<Node>> items = f.list("clauses");
    if (items.isEmpty()) {
      if (!f.has("clauses") && !f.isMisspelled("clauses")) {
        f.problem(f.position(), "the clause set has no 'clauses'; expected a list of at least one clause");
      }
      return List.of();
    }
    if (items.get().isEmpty()) {
      f.problem(f.get("clauses").get().position(), "'clauses' is empty; a clause set needs at least one clause");
    }
    ClauseBinder binder = new ClauseBinder(parties.keySet(),
        sources.stream().map(Source::id).collect(Collectors.toSet()), problems, setFrom, setEnded);
    List<Clause> clauses = new ArrayList<>();
    Map<String, Position> ids = new HashMap<>();
    int index = 0;
    for (Node item : items.get()) {
      index++;
      int number = index;
      Fields.of(item, "clause " + number, "a clause (a mapping with id, kind, modality, actors, text)", problems)
          .ifPresent(cf -> {
            checkUniqueClauseId(cf, ids);
            binder.bind(cf, number).ifPresent(clauses::add);
          });
    }
    return clauses;
  }

  private void checkUniqueClauseId(Fields clause, Map<String, Position> ids) {
    clause.node().entry("id").ifPresent(e -> {
      if (e.value() instanceof Node.ScalarNode s) {
        Position first = ids.putIfAbsent(s.text(), s.position());
        if (first != null) {
          clause.problem(s.position(), "clause id '" + s.text() + "' is used twice (first at line " + first.line()
              + "); clause ids must be unique within a set");
        }
      }
    });
  }

  /** A calendar date as ISO 8601 writes it for these years: four digits, no sign (LocalDate also takes -2017). */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  

  private static Optional<LocalDate> date(Fields f, String name) {
    Optional<String> text = f.text(name);
    try {
      if (text.isPresent() && !ISO_DATE.matcher(text.get()).matches()) {
        throw new DateTimeParseException("not YYYY-MM-DD", text.get(), 0);
      }
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      f.problem(f.get(name).get().position(), "'" + text.get() + "' in '" + name + "' of " + f.owner()
          + " is not a date; expected YYYY-MM-DD, e.g. 2017-02-07");
      return Optional.empty();
    }
  }
}
