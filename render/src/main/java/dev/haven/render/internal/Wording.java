package dev.haven.render.internal;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.model.Life;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.PartialDate;
import dev.haven.core.model.Party;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words every format uses for the same things (the place, the enacting formula, who a clause binds, how an
 * exception is introduced), so that an HTML page, a printout and a PDF of one set say the same thing.
 */
public final class Wording {

  private final ClauseSet set;

  public Wording(ClauseSet set) {
    this.set = set;
  }

  /** "City of Madison, WI". */
  public String place() {
    return set.jurisdiction().name() + set.jurisdiction().state().map(s -> ", " + s).orElse("");
  }

  /** "Resolution", or "Instrument" when the set does not say. */
  public String typeLabel() {
    return set.type().map(t -> capitalize(spaced(t))).orElse("Instrument");
  }

  /** "Resolution, adopted 2017-02-07"; "Ordinance, repealed 2021-01-27 (adopted 2012-09-12)". */
  public String statusLine() {
    if (set.status() == dev.haven.core.vocab.Status.REPEALED) {
      // "repealed 2012-09-12" would read as the day of repeal: name both days, each for what it is
      return typeLabel() + ", repealed" + set.life().ended().map(d -> " " + d).orElse("")
          + adopted().map(d -> " (adopted " + d + ")").orElse("");
    }
    return typeLabel() + ", " + set.status().wireName() + adopted().map(d -> " " + d).orElse("");
  }

  /** The set's date as the file gives it: a day, or a month, year or interval. */
  private Optional<String> adopted() {
    return set.date().map(Object::toString).or(() -> set.life().adopted().map(Object::toString));
  }

  /**
   * "In force 2012-09-12 to 2021-01-26; superseded by us-il-chicago/mc-2-173-welcoming-city": when the set was law
   * and how it links to other versions; empty when the set says nothing beyond its date.
   */
  public Optional<String> lifeLine() {
    Life life = set.life();
    if (life.equals(Life.UNKNOWN)) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    // a date without its day is named as given ("to an end in 2021-08"), never turned into a day
    set.takesForce().ifPresent(from -> parts.add("In force " + (from.exact() ? "" : "from ") + from + life.ended()
        .map(end -> " to " + lastDay(end)).orElse(" on")));
    if (!life.supersedes().isEmpty()) {
      parts.add("supersedes " + String.join(", ", life.supersedes()));
    }
    if (!life.amends().isEmpty()) {
      parts.add("amends " + String.join(", ", life.amends()));
    }
    life.supersededBy().ifPresent(id -> parts.add("superseded by " + id));
    String line = String.join("; ", parts);
    return line.isEmpty() ? Optional.empty() : Optional.of(Character.toUpperCase(line.charAt(0)) + line.substring(1));
  }

  /**
   * The last day in force before an end: the day before it, or "an end in 2021-08" when the end is given without
   * its day (never turned into one).
   *
   * @param ended the first day no longer in force
   * @return the last day, in words
   */
  public static String lastDay(PartialDate ended) {
    return ended.exact() ? ended.first().minusDays(1).toString() : "an end in " + ended;
  }

  /**
   * A clause's own dates, a line each: "Effective: 2021-08 (day not known)", "Ended: 2025-01-01"; empty when the
   * clause is in force whenever its set is.
   *
   * @param clause a clause
   * @return the lines
   */
  public static List<String> clauseDates(Clause clause) {
    List<String> lines = new ArrayList<>(2);
    clause.core().life().effective().ifPresent(d -> lines.add("Effective: " + dated(d)));
    clause.core().life().ended().ifPresent(d -> lines.add("Ended: " + dated(d)));
    return lines;
  }

  /**
   * A date as given, and when it has no day, that it has none: "2021-08 (day not known)", "2013-11/2016-12 (a day
   * in this interval)".
   *
   * @param d the date
   * @return the date in words
   */
  public static String dated(PartialDate d) {
    if (d.exact()) {
      return d.toString();
    }
    return d + (d.toString().contains("/") ? " (a day in this interval)" : " (day not known)");
  }

  /** "Sponsors: Shiva Bidar, Marsha A. Rummel", or "Sponsor: …" for one; empty when the set names none. */
  public Optional<String> sponsorsLine() {
    List<String> sponsors = set.enactment().sponsors();
    if (sponsors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((sponsors.size() == 1 ? "Sponsor: " : "Sponsors: ") + String.join(", ", sponsors));
  }

  /** "Maribeth Witzel-Behl, City Clerk" under a signature line, or the office alone when no one is named. */
  public String signatory(Attestation.Signature signature) {
    return signature.name().map(n -> n + ", " + signature.title()).orElse(signature.title());
  }

  /** The words that introduce the operative part, as the instrument's type has it; none for a policy. */
  public Optional<String> enactingFormula() {
    LegislationType type = set.type().orElse(LegislationType.POLICY);
    return switch (type) {
      case RESOLUTION -> Optional.of("NOW, THEREFORE, BE IT RESOLVED:");
      case ORDINANCE -> Optional.of("The " + set.body().orElse("governing body") + " does ordain as follows:");
      case STATUTE -> Optional.of("BE IT ENACTED:");
      case EXECUTIVE_ORDER -> Optional.of("IT IS HEREBY ORDERED:");
      case POLICY, STATEMENT -> Optional.empty();
    };
  }

  /** The name a reader knows an actor by: the party's name, or the standard actor in words. */
  public String actorName(ActorKey key) {
    return Optional.ofNullable(set.parties().get(key)).map(Party::name)
        .orElseGet(() -> key.standard().map(Wording::spaced).orElse(key.value()));
  }

  /** "city agencies, city employees". */
  public String actorNames(Clause clause) {
    return String.join(", ", clause.actors().stream().map(this::actorName).toList());
  }

  /** "Status non-inquiry". */
  public static String kindLabel(Clause clause) {
    return capitalize(spaced(clause.kind()));
  }

  /** "status-non-inquiry; prohibition; binds city officials": what a clause is, in one line. */
  public String bindingLine(Clause clause) {
    return clause.kind().wireName() + clause.modality().map(m -> "; " + m.wireName()).orElse("")
        + "; binds " + actorNames(clause);
  }

  /** "Except (felony)". */
  public static String exceptionLead(Exemption exemption) {
    return "Except (" + exemption.ground().wireName() + ")";
  }

  /** "Only with approval by Chief of Police". */
  public String conditionLead(Condition condition) {
    return "Only with " + spaced(condition.type()) + condition.by().map(a -> " by " + actorName(a)).orElse("");
  }

  /** The text of an exception or condition; a placeholder when the file gives none. */
  public static String textOf(Optional<String> text) {
    return text.orElse("(no text)");
  }

  /** The kind's own fields that are given, as "acts: inquire, disclose". */
  public static List<String> scope(Clause clause) {
    List<String> out = new ArrayList<>();
    for (OwnField field : clause.ownFields()) {
      if (!field.wireValues().isEmpty() && field.spec().valueType() != FieldSpec.ValueType.DEFINED_TERMS) {
        out.add(field.name() + ": " + String.join(", ", field.wireValues()));
      }
    }
    return out;
  }

  /** Where a clause's words come from, with the source's details when the set lists it. */
  public Optional<SourceNote> source(Clause clause) {
    return clause.core().source().map(this::note);
  }

  private SourceNote note(SourceRef ref) {
    Optional<Source> source = set.sources().stream().filter(s -> s.id().equals(ref.document())).findFirst();
    return new SourceNote(source.map(Source::title).orElse(ref.document()), source.flatMap(Source::publisher),
        ref.locator(), source.flatMap(Source::url));
  }

  /** schema.org's LegalForceStatus for a set's status. */
  public static String legalForce(ClauseSet set) {
    return switch (set.status()) {
      case ADOPTED -> "InForce";
      case DRAFT, INTRODUCED, REPEALED, TEMPLATE, EXAMPLE -> "NotInForce";
    };
  }

  private static String spaced(Vocabulary term) {
    return term.words();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
