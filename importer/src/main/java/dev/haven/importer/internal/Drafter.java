package dev.haven.importer.internal;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.ProvisionType;
import dev.haven.importer.internal.KindScores.Scored;
import dev.haven.importer.internal.RuleBook.ModalRule;
import dev.haven.importer.internal.RuleBook.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads each provision of an outline with the rules: splits it into one clause per operative sentence (a
 * sentence that carves out of the one before stays with it as an exception), and gives each clause its kind,
 * modality, actors, exceptions and own values. What the rules cannot tell is left unset and said in
 * {@link DraftClause#review()}.
 */
public final class Drafter {

  /** The least a kind must score on a clause's own words before its lead-ins are consulted. */
  private static final int CONFIDENT = 2;
  /** The draft's key for a general provision's type. */
  private static final String PROVISION = GeneralProvision.PROVISION.name();
  /** A modal phrase that ends in its auxiliary, before the verb it needs ("shall", not "is prohibited"). */
  private static final Pattern AUXILIARY_LAST = Pattern.compile(
      "\\b(?:shall|may|must|will|should|can)(?:\\s+not)?$", Pattern.CASE_INSENSITIVE);
  /**
   * What a board is asked to do at its meeting: "a. Receive a report from the Sheriff's Office related to ICE's
   * access to individuals", "Receive and consider public comment". Hearing about a subject rules nothing on it.
   */
  private static final Pattern AGENDA_ACTION = Pattern.compile("\\s*(?:receive|accept|hear)(?:,?\\s+(?:and\\s+)?"
      + "(?:file|consider|review|discuss))*\\s+(?:(?:a|an|the|any)\\s+)?(?:[\\w'’-]+\\s+){0,3}?"
      + "(?:reports?|presentations?|updates?|briefings?|(?:public\\s+)?comments?|testimony)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A sentence that opens with its subject, after any heading in capitals ("TRUTH ACT. The Truth Act ...") or a
   * concession ("Although DHS has rescinded ..., it is still unlikely that ...").
   */
  private static final Pattern HAS_SUBJECT = Pattern.compile(
      "\\s*(?:[A-Z][A-Z'’ -]+\\.\\s+)?(?:(?:Although|Though|Even though|While)\\b[^;.]{1,200}?,\\s*)?"
          + "(?:The|This|These|Those|It|They|We|Our|Its|Their|(?<=,\\s{0,3})(?:the|this|it|they|we))\\b");
  /** Words that start with a small letter: a sentence whose beginning is not there. */
  private static final Pattern STARTS_MID_SENTENCE = Pattern.compile("\\s*[a-z]");
  /** A date and nothing else: "January 17, 2025", "9/23/2019", "2019-09-23". */
  private static final Pattern DATE_ALONE = Pattern.compile("\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
      + "|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
      + "\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s*\\.?\\s*");
  /** A list's first label: a provision that starts with one is a whole list the input states no rule in. */
  private static final Pattern OPENS_LIST = Pattern.compile("\\s*\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s");
  /** The kinds that limit what is given to immigration enforcement: information, and access to places and people. */
  private static final Set<ClauseKind> GIVING_KINDS =
      EnumSet.of(ClauseKind.COMMUNICATION_LIMIT, ClauseKind.FACILITY_ACCESS_LIMIT);
  /**
   * The kinds that limit taking part in immigration enforcement: its operations, detainers, notifications, and finding
   * out a person's status for it ("the officer will determine the country in which the person was born").
   */
  private static final Set<ClauseKind> TAKING_PART_KINDS = EnumSet.of(ClauseKind.ENFORCEMENT_NON_PARTICIPATION,
      ClauseKind.DETAINER_LIMIT, ClauseKind.NOTIFICATION_LIMIT, ClauseKind.STATUS_NON_INQUIRY);
  /** A duty that is a condition on taking part: "shall obtain a judicial warrant before holding a person". */
  private static final Pattern REQUIRES_WARRANT = Pattern.compile("\\b(?:obtain|require|present|produce|show|have"
      + "|has)\\w*\\s+(?:a\\s+|an\\s+)?(?:valid\\s+)?(?:judicial\\s+|criminal\\s+|signed\\s+)?"
      + "(?:warrant|court\\s+order)", Pattern.CASE_INSENSITIVE);
  /** Immigration enforcement as the one given to: "exchange data with federal immigration agencies". */
  private static final Pattern TO_ENFORCEMENT = Pattern.compile("\\b(?:(?:with|to)\\s+(?:the\\s+|any\\s+)?"
      + "|(?:provid|giv|send|report|disclos|shar|releas)\\w*\\s+(?:the\\s+|any\\s+)?)(?:federal|ice|immigration|dhs"
      + "|homeland|sevp|officials)\\b", Pattern.CASE_INSENSITIVE);
  /** Giving when enforcement asks: "If ICE asks for information ... we would otherwise share, ... shall share". */
  private static final Pattern ON_ENFORCEMENT_REQUEST = Pattern.compile("\\b(?:if|when|whenever|upon)\\s+(?:(?:a|an|the"
      + "|any)\\s+)?(?:ice|immigration\\s+(?:authorities|officials?|agents?|officers?)|federal\\s+(?:immigration\\s+)?"
      + "(?:authorities|officials?|agents?|officers?))\\b[^.;]{0,40}?\\b(?:asks?|requests?|seeks?|inquires?)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A writer speaking for themselves: "We, therefore, cannot endorse ...". */
  private static final Pattern FIRST_PERSON_BEFORE_MODAL = Pattern.compile(
      "(?i)(?:^|[\\s,;:(\"“])(?:we|i)(?:[\\s,]+(?:therefore|also|thus|then|still|now|too))*[\\s,]*$");
  /** A subject that is only a pronoun pointing back: "This", "It". */
  private static final Pattern BARE_PRONOUN = Pattern.compile("(?i)\\s*[\"“]?(?:this|that|it)\\s*");
  /** What happens rather than what someone does: "will take place", "will occur". */
  private static final Pattern EVENT = Pattern.compile(
      "(?i)\\s+(?:also\\s+|soon\\s+)?(?:take\\s+place|occur|happen)\\b");
  /** Words that make an obligation about giving a limit on it: "only", "unless", "keep confidential". */
  private static final Pattern LIMITING = Pattern.compile("\\b(?:not|no|never|nor|neither|only|solely|unless|except\\w*"
      + "|without|limit\\w*|restrict\\w*|prohibit\\w*|refrain\\w*|declin\\w*|refus\\w*|minimum|confidential\\w*"
      + "|(?:protect|safeguard|secur|respect)\\w*\\s+(?:the\\s+|their\\s+|its\\s+)?(?:confidentiality|privacy)"
      + "|private|cannot"
      + "|won't)\\b", Pattern.CASE_INSENSITIVE);
  /** Where a rule's examples run into its sentence: ", including information on ...", ", including but not limited to". */
  private static final Pattern RUN_IN_EXAMPLES = Pattern.compile(",\\s+including\\b(?!\\s*:)",
      Pattern.CASE_INSENSITIVE);
  /**
   * Where what someone is to be told starts: "notify parents/guardians that the District will not release ...",
   * "notify parents/guardians regarding their children's right to ...". The words told are not the rule; telling ICE
   * something is ("inform ICE that the person will be held").
   */
  private static final Pattern TOLD = Pattern.compile("\\b(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|advis(?:e|es"
      + "|ed|ing)|tell(?:s|ing)?|told|remind(?:s|ed|ing)?)\\s+"
      + "(?!(?:the\\s+)?(?:ice|immigration|federal|dhs|u\\.?\\s?s\\.?)\\b)"
      + "[^.;:]{1,60}?(?=\\s+(?:that|regarding|about|concerning|of)\\s)", Pattern.CASE_INSENSITIVE);
  /** Words that point back to what a sentence before named: "these agreements", "such requests". */
  private static final Pattern REFERS_BACK = Pattern.compile("\\b(?:these|those|such|said)\\b",
      Pattern.CASE_INSENSITIVE);
  /** The next of a run of alternatives after a semicolon: "; or b.", "; or (ii)". */
  private static final Pattern NEXT_ALTERNATIVE = Pattern.compile(
      "\\s*or\\s+(?:\\(?(?:[a-z]{1,2}|[ivx]{1,4}|\\d{1,2})[.)])\\s", Pattern.CASE_INSENSITIVE);
  /**
   * A second verb of rule in one sentence: "... and shall not", ", and the Department will not", ", however we will
   * not", ", nor shall".
   */
  private static final Pattern CONJOINED_MODAL = Pattern.compile(
      "(?<=\\S)(?:(?:,?\\s+and|,\\s+(?:and|but|however,?)\\s+(?:[\\w'’-]+\\s+){1,8}?)\\s*"
          + "(?=(?:shall|will|must|may)\\s+not\\b)"
          // "No person ... shall be detained pursuant to a detainer, nor shall notice of his release be provided"
          + "|,?\\s+(?=nor\\s+(?:shall|will|must|may)\\b))",
      Pattern.CASE_INSENSITIVE);
  /**
   * A second rule that borrows the first's negation and subject: "shall not provide ... information to federal
   * immigration authorities, nor notify them of ...", "No student shall be denied ... nor be subjected to ...".
   * Only a verb may follow ("nor any other", "nor its" join names, not rules).
   */
  private static final Pattern NOR_VERB = Pattern.compile(
      "(?<=\\S),?\\s+(?=nor\\s+(?!(?:shall|will|must|may|should|can|any|the|its|their|his|her|a|an|to|in|on|of|for"
          + "|by|with|from|at|as|is|are|was|were|other|otherwise)\\b)[a-z]+\\b)");
  /** Who a subject leaves out: ", other than law enforcement officers," and "(except the sheriff)". */
  private static final Pattern EXCEPTED_ACTORS = Pattern.compile(
      "\\b(?:other\\s+than|except(?:\\s+for)?|excluding|but\\s+not)\\s+[^,;:()]{1,80}", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEFINED = Pattern.compile("[\"“‘?]([^\"”’?]{1,60})[\"”’?]\\s+"
      + "(?:means|shall\\s+mean|includes|refers\\s+to|has\\s+the\\s+meaning)");

  private final RuleBook rules;
  private final ExceptionReader exceptionReader;
  private final Level level;
  private final Optional<String> self;
  /** The carve-out rule ("this section shall not apply") that makes a provision exceptions to its section. */
  private final Optional<Rule> doesNotApply;
  private int skipped;
  private Optional<LearnedReading> learned = Optional.empty();

  /**
   * A drafter for a jurisdiction of {@code level}. For an agency's own policy, {@code self} ("police", "sheriff",
   * "jail") is whom its employees, offices and officials are ("Officers shall not ...", "The Department shall not
   * ..."); empty otherwise.
   */
  public Drafter(RuleBook rules, Level level, Optional<String> self) {
    this.rules = rules;
    this.exceptionReader = new ExceptionReader(rules);
    this.level = level;
    this.self = self;
    this.doesNotApply = rules.carveOuts.stream().filter(r -> r.id().equals("does-not-apply")).findFirst();
  }

  /** This drafter, with the learned classifiers choosing each clause's kind and modality. */
  public Drafter learning(Optional<LearnedReading> reading) {
    this.learned = reading;
    return this;
  }

  /** Whether a piece of text states a rule: one of the modality rules matches it. */
  public static boolean isOperative(RuleBook rules, String text) {
    return modal(rules, text).isPresent();
  }

  /** Provisions that stated no rule and matched no general provision, so gave no clause. */
  public int skipped() {
    return skipped;
  }

  public List<DraftClause> draft(Outline outline) {
    Map<String, List<DraftClause.Ground>> sectionCarveOuts = new LinkedHashMap<>();
    Map<String, List<String>> sectionCarveOutRules = new LinkedHashMap<>();
    List<Provision> operative = new ArrayList<>();
    for (Provision p : outline.provisions()) {
      if (isSectionCarveOut(p)) {
        List<String> fired = sectionCarveOutRules.computeIfAbsent(section(p), s -> new ArrayList<>());
        sectionCarveOuts.computeIfAbsent(section(p), s -> new ArrayList<>())
            .addAll(exceptionReader.grounds(p.text(), fired, "carve-out"));
      } else {
        operative.add(p);
      }
    }
    List<DraftClause> out = new ArrayList<>();
    String reading = LineNumbers.blank(outline.text()); // what the rules read; the set quotes outline.text()
    // each provision is read on its own, so on several cores at once; the drafts come back in the input's order
    List<List<Optional<DraftClause>>> read = operative.parallelStream()
        .map(p -> parts(p).stream().map(part -> classify(p, part,
            sectionCarveOuts.getOrDefault(section(p), List.of()),
            sectionCarveOutRules.getOrDefault(section(p), List.of()))).toList())
        .toList();
    for (List<Optional<DraftClause>> provision : read) {
      DraftClause previous = null;
      for (Optional<DraftClause> drafted : provision) {
        if (drafted.isEmpty()) {
          skipped++;
        } else if (previous != null && previous.kind() != ClauseKind.GENERAL_PROVISION && fitsNoKind(drafted.get())) {
          // "No form shall ask about status. Departments shall review such forms annually.": a sentence that fits
          // no kind, after a rule of the same provision, carries that rule out
          previous = extended(previous, drafted.get(), reading);
          out.set(out.size() - 1, previous);
        } else if (previous != null && fitsNoKind(previous) && drafted.get().kind() != ClauseKind.GENERAL_PROVISION) {
          // "Employees are prohibited from engaging in biased policing. This means no member shall ...": a sentence
          // that fits no kind, before a rule of the same provision, introduces it
          previous = introduced(previous, drafted.get(), reading);
          out.set(out.size() - 1, previous);
        } else {
          previous = drafted.get();
          out.add(previous);
        }
      }
    }
    List<DraftClause> merged = mergeFraming(out, reading);
    return learned.map(l -> merged.parallelStream().map(c -> l.read(c, this)).toList()).orElse(merged);
  }

  /**
   * {@code c} drafted again as a clause of {@code kind}: the kind's own values read from its words, a general
   * provision's type from its heading or words, a cooperation condition's grounds; actors, text and exceptions stay.
   */
  DraftClause redraft(DraftClause c, ClauseKind kind) {
    Provision p = c.provision();
    Map<String, List<String>> fired = new LinkedHashMap<>();
    for (String keep : List.of("kind", "modality", "actors", "exceptions")) {
      if (c.fired().containsKey(keep)) {
        fired.put(keep, c.fired().get(keep));
      }
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    values(kind, c.text(), p, values, fired);
    List<DraftClause.Ground> exceptions = c.exceptions();
    List<String> review = new ArrayList<>(c.review());
    Map<String, String> terms = Map.of();
    if (kind == ClauseKind.COOPERATION_CONDITION) {
      exceptions = List.of();
      cooperationGrounds(p, c.text(), values, fired, review);
    } else if (kind == ClauseKind.GENERAL_PROVISION) {
      ProvisionType type = headingProvision(p.heading())
          .or(() -> KindScores.of(rules, c.text()).provisionType()).orElse(ProvisionType.OTHER);
      values.put(PROVISION, List.of(type.wireName()));
      if (type == ProvisionType.DEFINITIONS) {
        terms = definedTerms(p, c.text());
      }
    } else if (kind == ClauseKind.SAFE_SPACE) {
      review.add("the places are not read by the rules: list them in places");
    }
    return new DraftClause(kind, c.modality(), c.actors(), c.text(), c.start(), c.end(), p, exceptions, values,
        terms, fired, review);
  }

  private static boolean fitsNoKind(DraftClause c) {
    return c.kind() == ClauseKind.GENERAL_PROVISION && !c.fired().containsKey("kind")
        && c.values().getOrDefault(PROVISION, List.of()).equals(List.of(ProvisionType.OTHER.wireName()));
  }

  private static DraftClause introduced(DraftClause intro, DraftClause rule, String text) {
    return spanning(rule, intro.start(), rule.end(), text, "read with the sentence before it, which fits no kind: \""
        + shorten(intro.text()) + "\"");
  }

  private static DraftClause extended(DraftClause rule, DraftClause detail, String text) {
    return spanning(rule, rule.start(), detail.end(), text, "read with its next sentence, which fits no kind: \""
        + shorten(detail.text()) + "\"");
  }

  /** The rule, its words widened to [start, end) of the text, with a note on why. */
  private static DraftClause spanning(DraftClause rule, int start, int end, String text, String why) {
    List<String> review = new ArrayList<>(rule.review());
    review.add(why);
    return new DraftClause(rule.kind(), rule.modality(), rule.actors(), text.substring(start, end), start, end,
        rule.provision(), rule.exceptions(), rule.values(), rule.terms(), rule.fired(), review);
  }

  /**
   * Findings or definitions that run over several paragraphs of one section are one general provision: the span
   * from the first paragraph's start to the last one's end.
   */
  private static List<DraftClause> mergeFraming(List<DraftClause> clauses, String text) {
    List<DraftClause> out = new ArrayList<>();
    for (DraftClause c : clauses) {
      DraftClause last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && c.kind() == ClauseKind.GENERAL_PROVISION && last.kind() == ClauseKind.GENERAL_PROVISION
          && (fromHeading(c) && fromHeading(last) || definitions(c) && definitions(last)
              || framingFindings(c) && framingFindings(last))
          && c.values().get(PROVISION).equals(last.values().get(PROVISION))
          && section(c.provision()).equals(section(last.provision()))
          && c.provision().heading().equals(last.provision().heading())) {
        Map<String, String> terms = new LinkedHashMap<>(last.terms());
        c.terms().forEach(terms::putIfAbsent);
        List<String> review = new ArrayList<>(last.review());
        c.review().stream().filter(r -> !review.contains(r)).forEach(review::add);
        out.set(out.size() - 1, new DraftClause(last.kind(), last.modality(), last.actors(),
            text.substring(last.start(), c.end()), last.start(), c.end(), last.provision(), List.of(),
            last.values(), terms, last.fired(), review));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** "This section shall not apply when ...": a list of grounds for the whole section, not a clause. */
  private boolean isSectionCarveOut(Provision p) {
    if (doesNotApply.isEmpty()) {
      return false;
    }
    Rule rule = doesNotApply.get();
    if (rule.find(p.text()).isPresent() && Sentences.split(p.text()).size() == 1) {
      return true;
    }
    return !p.leadIns().isEmpty() && rule.find(p.leadIns().get(p.leadIns().size() - 1)).isPresent();
  }

  private static String section(Provision p) {
    String l = p.locator();
    int cut = l.length();
    for (char c : new char[] {'(', ','}) {
      int i = l.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return l.substring(0, cut);
  }

  /** A run of sentences of one provision that make one clause. */
  private static final class Part {
    int start;
    int end;
    Optional<ModalMatch> modal = Optional.empty();
    boolean fromLeadIn;
    /** Where the sentences without a modal that follow the rule's own begin, if any. */
    int detailFrom = -1;
    /** Where the first sentence with a modal begins, after any without one that lead into it. */
    int ruleFrom = -1;
    /**
     * Where the words after the part that qualify it too end, when a "nor" cut a second rule out of its sentence:
     * "shall not provide ... nor notify ..., unless required by federal law" excepts both. -1 when there are none.
     */
    int sharedTo = -1;
    /** The rule before, whose subject a second rule cut off at "nor" shares: "Court staff shall not ..., nor tell". */
    Optional<ModalMatch> sharesSubjectOf = Optional.empty();
    final List<int[]> carveOuts = new ArrayList<>();
  }

  /** The modality of a piece of text, the rule that gave it and where its subject ends. */
  record ModalMatch(Modality modality, String rule, int at, int end, String text) {}

  private List<Part> parts(Provision p) {
    Optional<ModalMatch> leadModal = Optional.empty();
    for (int i = p.leadIns().size() - 1; i >= 0 && leadModal.isEmpty(); i--) {
      leadModal = modal(rules, p.leadIns().get(i));
    }
    boolean continuesLeadIn = !p.leadIns().isEmpty()
        && !Sentences.endsSentence(p.leadIns().get(p.leadIns().size() - 1));
    List<Part> parts = new ArrayList<>();
    Part current = null;
    List<int[]> spans = withinParticulars(clauseSpans(p.text()), p.particulars());
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      String sentence = p.text().substring(span[0], span[1]);
      // "Will they start ignoring federal drug crimes next?": a question asks, it does not rule
      Optional<ModalMatch> m = sentence.strip().endsWith("?") ? Optional.empty() : modal(rules, sentence);
      boolean fromLeadIn = false;
      // an item that forbids in its own words ("Ensure that no employee shall inquire ...") under a lead-in that
      // directs ("The departments shall:") forbids: an obligation to see that no one acts is a prohibition
      boolean forbidsItself = m.isPresent() && m.get().modality() == Modality.PROHIBITION && leadModal.isPresent()
          && leadModal.get().modality() == Modality.OBLIGATION;
      if (i == 0 && continuesLeadIn && leadModal.isPresent()
          && (m.isEmpty() || endsInModal(leadModal.get()) && !forbidsItself)) {
        m = leadModal; // "The Department shall: (1) provide ..." — the item finishes the lead-in's sentence
        fromLeadIn = true;
      }
      if (current == null) {
        current = new Part();
        current.start = span[0];
        current.end = span[1];
        current.modal = m;
        current.fromLeadIn = fromLeadIn;
        current.ruleFrom = m.isPresent() ? span[0] : -1;
        current.sharedTo = sharedTo(span);
        parts.add(current);
      } else if (current.modal.isPresent() && (isCarveOut(sentence) || m.isPresent()
          && m.get().modality() == Modality.PERMISSION && binds(current.modal.get().modality()))
          && !permitsOtherKind(p, p.text().substring(current.start, current.end), sentence)) {
        current.carveOuts.add(span);
        current.end = span[1];
      } else if (m.isPresent() && (current.modal.isPresent() ? !permitsMore(p, current, m.get(), sentence)
          // "The Board believes that every student has a right to attend school. District staff shall not ask ...":
          // a finding before a rule is a provision of its own, not the rule's lead; and so is any whole sentence
          // that states no rule ("ICE has primary responsibility to enforce immigration laws. Deputies may assist
          // ICE ..."): the rule's words start at the rule
          : leadsWithoutRule(p.text().substring(current.start, span[0])))) {
        Part before = current;
        current = new Part();
        current.start = span[0];
        current.end = span[1];
        current.modal = m;
        current.ruleFrom = span[0];
        current.sharedTo = sharedTo(span);
        if (before.sharedTo > span[0]) {
          current.sharesSubjectOf = before.sharesSubjectOf.or(() -> before.modal);
        }
        parts.add(current);
      } else if (m.isPresent() && current.modal.isPresent()) {
        // "However, a county agency ... is not prohibited from sending to ... the ... immigration status of a person.
        // Also, nothing in this section prohibits any county agency from sending to, ... or exchanging with ...
        // information regarding the immigration status of a person": what the next sentence also allows goes on the
        // permission
        if (current.detailFrom < 0) {
          current.detailFrom = span[0];
        }
        current.end = span[1];
      } else {
        current.sharedTo = -1; // the part takes in the words after it
        if (current.modal.isEmpty()) {
          current.modal = m;
          if (m.isPresent()) {
            current.ruleFrom = span[0];
          }
        } else if (current.detailFrom < 0) {
          current.detailFrom = span[0];
        }
        current.end = span[1];
      }
    }
    return parts;
  }

  /** Where the words that qualify a span too end: the end of its sentence, when a "nor" cut it short. */
  private static int sharedTo(int[] span) {
    return span.length > 2 ? span[2] : -1;
  }

  /**
   * Whether words without a modal before a rule are not the rule's lead: whole sentences (findings, a statement of
   * what is so), or findings and a purpose as the provision rules read them, confidently. The cheap test first.
   */
  private boolean leadsWithoutRule(String words) {
    return Sentences.endsSentence(words.strip()) || frames(words);
  }

  /** Whether words without a modal state findings or a purpose, as the provision rules read them, confidently. */
  private boolean frames(String words) {
    KindScores scores = KindScores.of(rules, words);
    return scores.provisionType().filter(t -> t == ProvisionType.FINDINGS).isPresent()
        && scores.provision().map(s -> s.score() > CONFIDENT).orElse(false)
        && scores.best().map(b -> b.kind() == ClauseKind.GENERAL_PROVISION).orElse(false);
  }

  /**
   * Whether a lead-in stops at its modal ("No agency or agent shall:"), so that its items are the rule's verbs.
   * A lead-in that goes on ("... shall be governed by the following requirements:") only introduces items that
   * state their own rules, and an item's own modal then says how it binds.
   */
  private static boolean endsInModal(ModalMatch lead) {
    String rest = lead.text().substring(lead.end()).replaceAll("[:—–\\s-]+$", "").strip();
    return rest.isEmpty() || rest.split("\\s+").length <= 3;
  }

  /**
   * The sentences of a text, cut before a second verb of rule ("and shall not", "nor shall", ", nor notify") and at a
   * semicolon where the words after it state a rule of their own ("will not use County funds; will not document
   * status"), so that each rule becomes its own clause.
   */
  private List<int[]> clauseSpans(String text) {
    List<int[]> out = new ArrayList<>();
    for (int[] sentence : norRules(text, conjoinedRules(text, Sentences.spans(text)))) {
      int from = sentence[0];
      int semicolon = semicolonWithin(text, from, sentence[1]);
      while (semicolon >= 0) {
        String after = text.substring(semicolon + 1, nextSemicolon(text, semicolon + 1, sentence[1]));
        // "... unless: a. ...; or b. the officer is required by law to inquire": the next alternative, not a rule
        if (modal(rules, text.substring(from, semicolon)).isPresent() && modal(rules, after).isPresent()
            && !isCarveOut(after.strip()) && !NEXT_ALTERNATIVE.matcher(after).lookingAt()) {
          out.add(new int[] {from, semicolon + 1});
          from = semicolon + 1;
          while (from < sentence[1] && Character.isWhitespace(text.charAt(from))) {
            from++;
          }
        }
        semicolon = semicolonWithin(text, semicolon + 1, sentence[1]);
      }
      out.add(sentence.length > 2 ? new int[] {from, sentence[1], sentence[2]} : new int[] {from, sentence[1]});
    }
    return out;
  }

  /** The first semicolon in {@code [from, to)}, or -1: a search that stops at the sentence's end, not the text's. */
  private static int semicolonWithin(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sentences, each cut before a second verb of rule joined to the first ("shall not undertake immigration-related
   * investigations and shall not routinely inquire into the immigration status of persons") where the two halves
   * are rules of different kinds: two rules, written as one sentence.
   */
  private List<int[]> conjoinedRules(String text, List<int[]> sentences) {
    List<int[]> out = new ArrayList<>();
    for (int[] sentence : sentences) {
      int from = sentence[0];
      Matcher and = CONJOINED_MODAL.matcher(text).region(sentence[0], sentence[1]);
      while (and.find()) {
        String before = text.substring(from, and.start());
        String after = text.substring(and.start(), sentence[1]);
        Optional<Scored> first = KindScores.of(rules, before).best();
        Optional<Scored> second = KindScores.of(rules, after).best();
        if (modal(rules, before).isPresent() && first.isPresent() && second.isPresent()
            && first.get().score() >= CONFIDENT && second.get().score() >= CONFIDENT
            && first.get().kind() != second.get().kind()) {
          out.add(new int[] {from, and.start()});
          from = and.start() + 1;
          while (from < sentence[1] && Character.isWhitespace(text.charAt(from))) {
            from++;
          }
        }
      }
      out.add(new int[] {from, sentence[1]});
    }
    return out;
  }

  /**
   * The spans, each further cut before a "nor" that starts a second rule on the first one's negation: the part after
   * it states what else is forbidden, when some kind of rule surely reads it so. A span cut short keeps, third, the
   * end of its sentence, whose last words may qualify it too.
   */
  private List<int[]> norRules(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      int from = span[0];
      Matcher nor = NOR_VERB.matcher(text).region(span[0], span[1]);
      while (nor.find()) {
        Optional<ModalMatch> before = modal(rules, text.substring(from, nor.start()));
        if (before.isPresent() && before.get().modality() == Modality.PROHIBITION
            && confidentKind(text.substring(nor.end(), span[1])).isPresent()) {
          out.add(new int[] {from, nor.start(), span[1]});
          from = nor.end();
        }
      }
      out.add(new int[] {from, span[1]});
    }
    return out;
  }

  /**
   * The spans, with those inside a list of particulars joined to the one before: the items of "... shall be
   * construed to: (1) ...; (2) ..." or "a report including: (1) ...; (2) ..." are details of one rule, whatever
   * verbs they hold.
   */
  private static List<int[]> withinParticulars(List<int[]> spans, int particulars) {
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      if (!out.isEmpty() && span[0] >= particulars) {
        out.get(out.size() - 1)[1] = span[1];
      } else {
        out.add(span);
      }
    }
    return out;
  }

  private static int nextSemicolon(String text, int from, int limit) {
    int i = semicolonWithin(text, from, limit);
    return i < 0 ? limit : i;
  }

  /**
   * Whether a carve-out permits what another kind of rule is about, which the rule before it does not touch: "shall
   * not expend any time, moneys, or other resources on ... civil immigration enforcement operations. However, a
   * county agency ... is not prohibited from sending to ... federal immigration authorities, the ... immigration
   * status of a person" lets information go, and is a rule of its own, not an exception to the spending rule.
   */
  private boolean permitsOtherKind(Provision p, String rule, String carveOut) {
    Optional<ClauseKind> permits = confidentKind(carveOut);
    if (permits.isEmpty()) {
      return false;
    }
    KindScores ruled = KindScores.of(rules, String.join(" ", p.leadIns()) + " " + rule);
    return ruled.ranked().stream().noneMatch(s -> s.kind() == permits.get());
  }

  /** Whether a permission's next sentence only allows more of what it allows: a permission of the same kind. */
  private boolean permitsMore(Provision p, Part current, ModalMatch next, String sentence) {
    if (current.modal.get().modality() != Modality.PERMISSION || next.modality() != Modality.PERMISSION
        || !current.carveOuts.isEmpty()) {
      return false;
    }
    Optional<ClauseKind> permitted = confidentKind(p.text().substring(current.start, current.end));
    return permitted.isPresent() && KindScores.of(rules, sentence).ranked().stream()
        .anyMatch(s -> s.kind() == permitted.get() && s.score() >= CONFIDENT);
  }

  /**
   * Whether a part under a definitions heading states a rule, not a definition: a sentence that binds someone it
   * names before its modal, defines nothing and that some kind of rule surely reads ("IMMIGRATION ENFORCEMENT
   * JURISDICTION: ICE has primary responsibility to ... . Sheriff's Office personnel may assist ICE ... upon its
   * specific request"), not one that says more of the term ("A hold request may be made on a federal form").
   */
  private boolean ruleAmongDefinitions(ProvisionType section, Part part, String ownSentence) {
    return section == ProvisionType.DEFINITIONS && part.modal.isPresent() && !part.fromLeadIn
        && named(part.modal.get().text().substring(0, part.modal.get().at())).roles().values().stream()
            .anyMatch(r -> !r.equals("federal"))
        && KindScores.of(rules, ownSentence).provisionType().filter(t -> t == ProvisionType.DEFINITIONS).isEmpty()
        && confidentKind(ownSentence).isPresent();
  }

  /** Where a sentence's own rule ends: before the examples it runs into, or after whom it has someone tell. */
  private static int ruleHeadEnd(String sentence) {
    int end = sentence.length();
    Matcher examples = RUN_IN_EXAMPLES.matcher(sentence);
    if (examples.find()) {
      end = examples.start();
    }
    Matcher told = TOLD.matcher(sentence);
    if (told.find() && told.end() < end) {
      end = told.end();
    }
    return end;
  }

  /** The kind of rule some words are surely about, if any: a kind's rules score them at least {@link #CONFIDENT}. */
  private Optional<ClauseKind> confidentKind(String words) {
    return KindScores.of(rules, words).best()
        .filter(b -> b.kind() != ClauseKind.GENERAL_PROVISION && b.score() >= CONFIDENT).map(Scored::kind);
  }

  /**
   * Whether a modal only says what will happen: "will" after a bare "This", "That" or "It" ("This will get the ...
   * whining"), or before an event ("Two other public readings of the ordinance will take place ..."), with no one
   * named that a rule could bind.
   */
  private boolean foretells(ModalMatch modal) {
    String word = modal.text().substring(modal.at(), modal.end()).strip().toLowerCase(Locale.ROOT);
    if (!word.equals("will")) {
      return false;
    }
    String before = modal.text().substring(0, modal.at());
    int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
    String subject = before.substring(sentence + 1);
    return named(subject).roles().isEmpty() && (BARE_PRONOUN.matcher(subject).matches()
        || EVENT.matcher(modal.text().substring(modal.end())).lookingAt());
  }

  private static boolean binds(Modality m) {
    return m == Modality.PROHIBITION || m == Modality.OBLIGATION;
  }

  private boolean isCarveOut(String sentence) {
    RuleBook.Screen screen = rules.screen(sentence);
    return rules.carveOuts.stream().anyMatch(r -> screen.find(r).isPresent());
  }

  /**
   * The modality of a piece of text: the rule whose phrase comes first in it (the main verb comes before the
   * verbs of clauses that qualify it: "designates ... as safe spaces, where residents may ..."); of rules
   * matching at the same place, the one listed first.
   */
  static Optional<ModalMatch> modal(RuleBook rules, String text) {
    String blanked = blank(rules, text);
    RuleBook.Screen screen = rules.screen(blanked);
    ModalMatch best = null;
    for (ModalRule r : rules.modality) {
      if (!screen.mayMatch(r.rule())) {
        continue;
      }
      Matcher m = r.rule().pattern().matcher(blanked);
      if (m.find() && (best == null || m.start() < best.at())) {
        best = new ModalMatch(r.modality(), r.id(), m.start(), m.end(), text);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The text with the phrases of the ignore rules blanked out, so offsets stay the same. */
  private static String blank(RuleBook rules, String text) {
    String out = RuleText.withoutStruckWords(text);
    RuleBook.Screen screen = rules.screen(out);
    for (Rule r : rules.ignore) {
      if (screen.mayMatch(r)) {
        String blanked = Blanks.of(r.pattern(), out);
        if (!blanked.equals(out)) {
          out = blanked;
          screen = rules.screen(out); // spaces put in may make a literal that has one
        }
      }
    }
    return out;
  }

  private Optional<DraftClause> classify(Provision p, Part part, List<DraftClause.Ground> sectionGrounds,
      List<String> sectionRules) {
    String text = p.text().substring(part.start, part.end);
    Map<String, List<String>> fired = new LinkedHashMap<>();
    List<String> review = new ArrayList<>();
    if (p.paraphrase()) {
      review.add("the input marks this part as a paraphrase or summary, not the law's own words");
    }

    // a carve-out ("However, ... may send ...") gives way to the rule: it does not say what the rule is about
    int ruleEnd = part.carveOuts.isEmpty() ? part.end : part.carveOuts.get(0)[0];
    // a list of particulars ("including: (1) the date ...; (2) detainers received") does not say what the rule is
    if (p.particulars() > part.start && p.particulars() < ruleEnd) {
      ruleEnd = p.particulars();
    }
    String rule = p.text().substring(part.start, ruleEnd);
    // "... does not accept ICE detainers. Please note there is a difference between ...": what follows the rule's
    // sentence explains it and does not say what the rule is about
    int detailEnd = part.detailFrom > part.start && part.detailFrom < ruleEnd ? part.detailFrom : ruleEnd;
    String ruleSentences = p.text().substring(part.start, detailEnd);
    // "The Department values diversity. The purpose of this procedure is ... Officers shall not look for violations
    // of immigration laws.": the sentences before the rule's lead into it; its own words say what it is about
    String ownSentence = part.ruleFrom > part.start && part.ruleFrom < detailEnd
        ? p.text().substring(part.ruleFrom, detailEnd) : ruleSentences;
    if (DATE_ALONE.matcher(text).matches()) {
      return Optional.empty(); // "January 17, 2025" under "Effective Date:": a policy page's record, no provision
    }
    // a heading names the part ("Definitions"), or its terms printed on lines of their own show it
    Optional<ProvisionType> framingSection = headingProvision(p.heading())
        .or(() -> p.terms().isEmpty() ? Optional.empty() : Optional.of(ProvisionType.DEFINITIONS));
    if (framingSection.isPresent() && !ruleAmongDefinitions(framingSection.get(), part, ownSentence)) {
      fired.put("kind", List.of((headingProvision(p.heading()).isPresent() ? "heading:" : "terms-on-own-lines:")
          + framingSection.get().wireName()));
      return Optional.of(new DraftClause(ClauseKind.GENERAL_PROVISION, Optional.empty(), actorsOf(p, part,
          part.modal, fired, review, ClauseKind.GENERAL_PROVISION), text, p.start() + part.start,
          p.start() + part.end, p, List.of(), Map.of(PROVISION, List.of(framingSection.get().wireName())),
          framingSection.get() == ProvisionType.DEFINITIONS ? definedTerms(p, text) : Map.of(), fired, review));
    }
    // an item's own words, read as the sentence its lead-in starts (nothing the lead-in alone says counts)
    String goesOnFrom = ownSentence.equals(ruleSentences) ? String.join(" ", p.leadIns()) : "";
    KindScores own = KindScores.of(rules, goesOnFrom, ownSentence);
    // "Staff shall receive training on immigration issues, including on responding to a request ... to have access to
    // a student": what a rule includes does not say what it is, when the words before say so surely
    // "The Superintendent shall notify parents that the District will not release student information ...": nor does
    // what someone is to be told
    int headEnd = ruleHeadEnd(ownSentence);
    if (headEnd < ownSentence.length()) {
      KindScores head = KindScores.of(rules, goesOnFrom, ownSentence.substring(0, headEnd));
      if (head.best().map(b -> b.score() >= CONFIDENT).orElse(false)) {
        own = head;
      }
    }
    if (own.best().map(b -> b.score() < CONFIDENT).orElse(true) && !ownSentence.equals(ruleSentences)
        && REFERS_BACK.matcher(ownSentence).find()) {
      // "287(g) agreements ... DPD will refrain from entering into these agreements"
      own = KindScores.of(rules, ruleSentences);
    }
    KindScores scores = own;
    boolean fromContext = false;
    if (own.best().map(b -> b.score() < CONFIDENT).orElse(true)) {
      KindScores context = KindScores.of(rules, p.leadIns().isEmpty() ? ownSentence
          : String.join(" ", p.leadIns()) + " " + ownSentence);
      if (context.best().isPresent()) {
        scores = context;
        fromContext = own.best().isEmpty() || context.best().get().score() > own.best().get().score();
      }
    }
    Optional<ModalMatch> modal = part.modal;
    ClauseKind kind;
    Optional<ProvisionType> provision = Optional.empty();
    Optional<Modality> modality;
    if (modal.isEmpty() && isBareTitle(text)) {
      return Optional.empty(); // "No private cause of action" in a list of a chapter's sections: a title, no rule
    }
    if (modal.isEmpty() && AGENDA_ACTION.matcher(text).lookingAt()) {
      return Optional.empty();
    }
    if (modal.isPresent() && !part.fromLeadIn && stopsAtModal(modal.get())) {
      return Optional.empty(); // "(a) A government unit ... shall" where a page's excerpt ends: no rule to draft
    }
    if (modal.isEmpty()) {
      // a duty to train is always said with a verb of rule: "... Standards and Training" in a chapter's title is none
      Optional<Scored> framing = scores.provisionType().filter(t -> t != ProvisionType.TRAINING).isPresent()
          ? scores.provision() : Optional.empty();
      Optional<Scored> best = scores.best();
      // without a modal, findings that mention services or detention ("residents could be ... denied access to
      // education") are still findings; but a list item may state its lead-in's rule without a verb of its own, a
      // resolved clause binds as the body's resolution, and a statement of policy ("It is the policy of the
      // Department to cooperate ... only to the extent ...") states a rule when its words say which
      boolean framingWins = framing.isPresent() && best.isPresent()
          && (best.get().kind() == ClauseKind.GENERAL_PROVISION
              || !p.listItem() && !p.resolved() && framing.get().score() >= CONFIDENT);
      // an item states its lead-in's rule without a verb of its own ("shall not: (1) Providing ...", even where the
      // page left the lead-in out); a numbered part that says what something does ("5. TRUTH ACT. The Truth Act
      // establishes ...") is read like any paragraph. A lead-in that starts in the middle of a sentence ("any City
      // monies ... for the following:") lost its start, and perhaps its modal, where a page's excerpt begins.
      boolean leadInStatesRule = p.leadIns().stream()
          .anyMatch(l -> modal(rules, l).isPresent() || STARTS_MID_SENTENCE.matcher(l).lookingAt());
      // But an item whose only kind comes from a lead-in that states no rule states none either ("we can share the
      // following information: • Every child has the right to ..."), and a whole list of items none of which states
      // a rule ("(B) Specifically. (1) To cease and desist local funding ...") is no item, whatever its words
      boolean item = p.listItem() && (leadInStatesRule || !HAS_SUBJECT.matcher(text).lookingAt())
          && (leadInStatesRule || !fromContext) && !OPENS_LIST.matcher(text).lookingAt();
      boolean statesRule = !framingWins && (item || p.resolved() || framing.isPresent()) && best.isPresent()
          && best.get().score() >= (item || p.resolved() ? CONFIDENT : CONFIDENT + 1);
      if (statesRule) {
        kind = best.get().kind();
        modality = kind.typicalModality();
        fired.put("kind", best.get().rules());
        review.add("no modal verb (shall, may, ...) here or in its lead-in: modality is the kind's usual one, "
            + modality.map(Modality::wireName).orElse("none"));
      } else if (framing.isPresent()) {
        kind = ClauseKind.GENERAL_PROVISION;
        provision = Optional.of(scores.provisionType().get());
        modality = Optional.empty();
        fired.put("kind", framing.get().rules());
      } else {
        return Optional.empty();
      }
    } else {
      modality = Optional.of(modal.get().modality());
      fired.put("modality", List.of(modal.get().rule() + (part.fromLeadIn ? " (in the lead-in)" : "")));
      Optional<Scored> best = scores.best();
      if (best.isEmpty() && FIRST_PERSON_BEFORE_MODAL.matcher(
          modal.get().text().substring(Math.max(0, modal.get().at() - 40), modal.get().at())).find()) {
        return Optional.empty(); // a memo's or a letter's writer on their own doings, of no kind: no provision
      }
      if (best.isEmpty() && !p.resolved() && foretells(modal.get())) {
        return Optional.empty(); // "Two other public readings of the ordinance will take place ...": news, no rule
      }
      if (best.isEmpty()) {
        kind = ClauseKind.GENERAL_PROVISION;
        provision = Optional.of(ProvisionType.OTHER);
        review.add("no kind rule fired: filed as a general provision (other)");
      } else if (own.best().isEmpty() && best.get().score() < CONFIDENT) {
        // a common word in the lead-in ("in providing public safety services") says nothing about this item
        kind = ClauseKind.GENERAL_PROVISION;
        provision = Optional.of(ProvisionType.OTHER);
        review.add("only a weak hint of kind " + best.get().kind().wireName() + " in the lead-in ("
            + String.join(", ", best.get().rules()) + "): filed as a general provision (other)");
      } else {
        kind = best.get().kind();
        fired.put("kind", best.get().rules());
        if (kind == ClauseKind.GENERAL_PROVISION) {
          provision = scores.provisionType();
        }
        scores.runnerUp().filter(r -> r.score() == best.get().score()).ifPresent(r -> review.add(
            "kinds " + best.get().kind().wireName() + " and " + r.kind().wireName() + " scored the same"));
      }
      if (GIVING_KINDS.contains(kind) && modality.get() == Modality.OBLIGATION
          && (kind == ClauseKind.COMMUNICATION_LIMIT || TO_ENFORCEMENT.matcher(ruleSentences).find())
          && !LIMITING.matcher(String.join(" ", p.leadIns()) + " " + ruleSentences).find()) {
        // "Districts are required to exchange data with federal immigration agencies", "provide federal immigration
        // officials with relevant safety information": a duty to give is what a limit leaves open, not a limit; nor is
        // a duty to record information ("that information shall be included in the report")
        if (ON_ENFORCEMENT_REQUEST.matcher(ruleSentences).find()) {
          review.add("a duty to give what a " + kind.wireName() + " would limit, when immigration enforcement asks:"
              + " filed as a cooperation-condition");
          kind = ClauseKind.COOPERATION_CONDITION;
        } else {
          review.add("a duty to give what a " + kind.wireName() + " would limit, with no word that limits it: filed"
              + " as a general provision (other); a cooperation-condition if it says when cooperation is allowed");
          kind = ClauseKind.GENERAL_PROVISION;
          provision = Optional.of(ProvisionType.OTHER);
        }
      }
    }
    boolean mayTakePart = modality.isPresent() && modality.get() == Modality.PERMISSION
        && kind == ClauseKind.ENFORCEMENT_NON_PARTICIPATION;
    if (modal.isPresent() && (modality.get() == Modality.OBLIGATION && TAKING_PART_KINDS.contains(kind)
        || mayTakePart)
        && !LIMITING.matcher(String.join(" ", p.leadIns()) + " " + ruleSentences).find()
        && !REQUIRES_WARRANT.matcher(ruleSentences).find()) {
      // "shall request and ... enter into a written agreement with ICE under Section 287(g)", "shall honor detainer
      // requests": a duty to take part in what the kind limits is a condition of cooperation, not a limit; and so is
      // leave to take part in enforcement ("Deputies may assist ICE ... upon its specific request")
      review.add((mayTakePart ? "leave" : "a duty") + " to take part in what a " + kind.wireName()
          + " would limit, with no word that limits it: filed as a cooperation-condition "
          + modality.get().wireName());
      fired.put("kind", List.of(mayTakePart ? "may-take-part" : "duty-to-take-part"));
      kind = ClauseKind.COOPERATION_CONDITION;
    }
    if (modal.isPresent() && modality.get() == Modality.PROHIBITION && againstLimiting(p, part, rule, modal.get())) {
      // "No county shall prohibit law enforcement officials from gathering such information": the negation's scope
      // is the limit, not the act, so the rule is a duty to allow cooperation, the opposite of a sanctuary rule
      fired.put("kind", List.of("against-limiting"));
      review.add("forbids limiting immigration enforcement or cooperation with it (not the act itself): filed as a "
          + "cooperation-condition obligation; check what it requires");
      kind = ClauseKind.COOPERATION_CONDITION;
      modality = Optional.of(Modality.OBLIGATION);
      provision = Optional.empty();
      fromContext = false;
    }
    if (fromContext && kind != ClauseKind.GENERAL_PROVISION) {
      review.add("its kind comes from the words that lead into it, not its own");
    }

    List<String> actors = actorsOf(p, part, modal, fired, review, kind);
    List<DraftClause.Ground> exceptions = new ArrayList<>();
    List<String> exceptionRules = new ArrayList<>();
    if (modality.isPresent() && kind != ClauseKind.COOPERATION_CONDITION) {
      for (String leadIn : p.leadIns()) {
        exceptions.addAll(exceptionReader.openers(leadIn, exceptionRules, review));
      }
      exceptions.addAll(exceptionReader.openers(text, exceptionRules, review));
      if (part.sharedTo > part.end) {
        // the exception that closes the sentence ("..., nor notify ..., unless required by federal law") is this
        // rule's too; its words are quoted in the next clause
        exceptions.addAll(exceptionReader.openers(p.text().substring(part.end, part.sharedTo), exceptionRules,
            review));
      }
      for (int[] carve : part.carveOuts) {
        String sentence = p.text().substring(carve[0], carve[1]);
        List<DraftClause.Ground> found = exceptionReader.grounds(sentence, exceptionRules, "carve-out");
        if (found.isEmpty()) {
          review.add("an exception whose ground the rules do not know: \"" + shorten(sentence) + "\"");
        }
        exceptions.addAll(found);
      }
      exceptions.addAll(sectionGrounds);
      exceptionRules.addAll(sectionRules);
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    Map<String, String> terms = new LinkedHashMap<>();
    values(kind, text, p, values, fired);
    if (kind == ClauseKind.COOPERATION_CONDITION) {
      cooperationGrounds(p, text, values, fired, review);
    }
    provision.ifPresent(t -> values.put(PROVISION, List.of(t.wireName())));
    if (provision.filter(t -> t == ProvisionType.DEFINITIONS).isPresent()) {
      terms.putAll(definedTerms(p, text));
    }
    if (kind == ClauseKind.SAFE_SPACE) {
      review.add("the places are not read by the rules: list them in places");
    }
    if (!exceptionRules.isEmpty()) {
      fired.put("exceptions", exceptionRules);
    }
    return Optional.of(new DraftClause(kind, modality, actors, text, p.start() + part.start, p.start() + part.end,
        p, ExceptionReader.dedupe(exceptions), values, terms, fired, review));
  }

  /**
   * Whether a prohibition forbids limiting immigration enforcement ({@link AgainstLimiting}): what its modal governs
   * runs from the modal through this part, and through the part's lead-in first when the modal is there; an item of
   * a lead-in ("No county shall do any of the following: (1) Prohibit ...") is itself what the modal governs.
   */
  private static boolean againstLimiting(Provision p, Part part, String rule, ModalMatch modal) {
    String subject = modal.text().substring(0, modal.at());
    String leadIns = String.join(" ", p.leadIns());
    String governed = modal.text().substring(modal.end());
    if (!part.fromLeadIn) {
      return AgainstLimiting.forbidsLimiting(subject, governed, leadIns + " " + governed);
    }
    return AgainstLimiting.forbidsLimiting(subject, governed + " " + rule, leadIns + " " + rule)
        || AgainstLimiting.forbidsLimiting(subject, rule, leadIns + " " + rule);
  }

  /** A cooperation condition's grounds, read from its own words ({@code text}) and {@code p}'s lead-ins. */
  private void cooperationGrounds(Provision p, String text, Map<String, List<String>> values,
      Map<String, List<String>> fired, List<String> review) {
    List<String> groundRules = new ArrayList<>();
    // the clause's own words with its lead-ins, not the whole provision: a provision may hold many rules
    String words = p.leadIns().isEmpty() ? text : String.join(" ", p.leadIns()) + " " + text;
    List<String> grounds = exceptionReader.grounds(words, groundRules, "grounds").stream()
        .map(g -> g.ground().wireName()).distinct().toList();
    if (!grounds.isEmpty()) {
      values.put(CooperationCondition.GROUNDS.name(), grounds);
      fired.put(CooperationCondition.GROUNDS.name(), groundRules);
    } else {
      review.add("no ground for cooperation found");
    }
  }

  /** The terms {@code p} defines: those printed on lines of their own, then those its words define. */
  private static Map<String, String> definedTerms(Provision p, String text) {
    Map<String, String> terms = new LinkedHashMap<>(p.terms());
    definedTerms(text).forEach(terms::putIfAbsent);
    return terms;
  }

  /** "“Agency” means ...": each defined term with the words that define it, verbatim. */
  private static Map<String, String> definedTerms(String text) {
    Map<String, String> terms = new LinkedHashMap<>();
    Matcher m = DEFINED.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.start(1), m.end(1)});
    }
    for (int i = 0; i < found.size(); i++) {
      int end = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
      String definition = text.substring(found.get(i)[0], end).strip().replaceAll("\\s*\\([a-z0-9]{1,3}\\)$", "");
      terms.putIfAbsent(text.substring(found.get(i)[1], found.get(i)[2]), definition);
    }
    return terms;
  }

  /**
   * A sentence that stops at a modal verb with no verb after it ("... personnel, shall"): the text was cut there, or
   * the rule went on in items the page lost. "... is prohibited." says all it has to.
   */
  private static boolean stopsAtModal(ModalMatch m) {
    return AUXILIARY_LAST.matcher(m.text().substring(m.at(), m.end())).find()
        && m.text().substring(m.end()).chars().noneMatch(Character::isLetter);
  }

  /** A few words without a verb of rule or a sentence's end: a title, in a table of contents or on its own. */
  private static boolean isBareTitle(String text) {
    String t = text.strip();
    return t.split("\\s+").length <= 8 && !t.matches("(?s).*[.;:!?][\"”')\\]]*$");
  }

  /** A definitions provision: one term after another ("(1) "Administrative warrant" means ...; (2) ...") is one. */
  private static boolean definitions(DraftClause c) {
    return c.values().getOrDefault(PROVISION, List.of()).equals(List.of(ProvisionType.DEFINITIONS.wireName()));
  }

  /**
   * Findings or a purpose read from a paragraph's own words, binding no one: "New Castle County is fortunate to have
   * ... . The purpose of this Order is ..." in paragraphs one after another are one framing provision, as under a
   * "Findings" heading. A list's items stay apart: each is a provision of its own.
   */
  private static boolean framingFindings(DraftClause c) {
    return c.modality().isEmpty() && !c.provision().listItem()
        && c.values().getOrDefault(PROVISION, List.of()).equals(List.of(ProvisionType.FINDINGS.wireName()));
  }

  private static boolean fromHeading(DraftClause c) {
    return c.fired().getOrDefault("kind", List.of()).stream().anyMatch(r -> r.startsWith("heading:"));
  }

  /** The type of general provision a section heading names ("Findings", "Definitions"), if it names one. */
  private Optional<ProvisionType> headingProvision(String heading) {
    if (heading.isBlank()) {
      return Optional.empty();
    }
    RuleBook.Screen screen = rules.screen(heading);
    for (Map.Entry<ProvisionType, List<Rule>> e : rules.headings.entrySet()) {
      if (e.getValue().stream().anyMatch(r -> screen.find(r).isPresent())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The words, cut to about a hundred characters for a note. */
  static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 97) + "...";
  }

  private void values(ClauseKind kind, String text, Provision p, Map<String, List<String>> values,
      Map<String, List<String>> fired) {
    Map<String, Map<String, List<Rule>>> fields = rules.values.getOrDefault(kind, Map.of());
    for (Map.Entry<String, Map<String, List<Rule>>> field : fields.entrySet()) {
      List<String> found = matchValues(field.getValue(), rules.screen(RuleText.of(text)));
      if (found.isEmpty()) {
        found = matchValues(field.getValue(), rules.screen(String.join(" ", p.leadIns())));
      }
      if (!found.isEmpty()) {
        boolean single = kind.field(field.getKey()).map(f -> !f.isList()).orElse(false);
        values.put(field.getKey(), single ? found.subList(0, 1) : found);
        fired.put(field.getKey(), found);
      }
    }
  }

  private static List<String> matchValues(Map<String, List<Rule>> byValue, RuleBook.Screen text) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Rule>> v : byValue.entrySet()) {
      if (v.getValue().stream().anyMatch(r -> text.find(r).isPresent())) {
        out.add(v.getKey());
      }
    }
    return out;
  }

  /** Whom the clause binds: roles named before its modal ("No agent or agency shall"), as standard actors. */
  private List<String> actorsOf(Provision p, Part part, Optional<ModalMatch> modal, Map<String, List<String>> fired,
      List<String> review, ClauseKind kind) {
    // the subject and the verb phrase: "No agent or agency shall" holds its actors inside the modal's match
    String subject = part.sharesSubjectOf.or(() -> modal).map(m -> m.text().substring(0, m.end())).orElse("");
    Named named = named(subject);
    if (named.roles().isEmpty() && !p.leadIns().isEmpty()
        && isSubjectLeadIn(p.leadIns().get(p.leadIns().size() - 1))) {
      // "New Jersey's police officers:" followed by "- Cannot stop ...": the lead-in is the items' subject
      named = named(p.leadIns().get(p.leadIns().size() - 1));
    }
    Set<String> actors = new LinkedHashSet<>();
    Collection<String> roles = named.roles().values();
    boolean other = roles.stream().anyMatch(r -> !r.equals("government") && !r.equals("federal"));
    for (String role : roles) {
      if (role.equals("federal") || role.equals("government") && other) {
        continue;
      }
      actors.add(actorFor(role));
    }
    if (actors.isEmpty()) {
      String fallback = self.orElseGet(() -> actorFor(kind == ClauseKind.GENERAL_PROVISION && modal.isEmpty()
          ? "council" : "government"));
      actors.add(fallback);
      review.add("no actor named before the rule's verb: actors set to " + fallback);
    } else {
      fired.put("actors", named.ids().stream().distinct().toList());
    }
    return List.copyOf(actors);
  }

  /** A lead-in that only names who the items bind: a few words and a colon, no verb of its own. */
  private boolean isSubjectLeadIn(String leadIn) {
    String t = leadIn.strip();
    return t.endsWith(":") && t.split("\\s+").length <= 8 && modal(rules, t).isEmpty();
  }

  /** The roles a subject names, by position, and the ids of the rules that found them. */
  private record Named(Map<Integer, String> roles, List<String> ids) {}

  private Named named(String subject) {
    Map<Integer, String> roles = new TreeMap<>();
    List<String> ids = new ArrayList<>();
    // "A County officer or employee, other than law enforcement officers, shall not": the excepted are not bound
    StringBuilder masked = new StringBuilder(
        EXCEPTED_ACTORS.matcher(subject).replaceAll(m -> " ".repeat(m.group().length())));
    RuleBook.Screen screen = rules.screen(masked.toString());
    for (Map.Entry<String, List<Rule>> role : rules.actors.entrySet()) {
      for (Rule r : role.getValue()) {
        if (!screen.mayMatch(r)) {
          continue;
        }
        Matcher m = r.pattern().matcher(masked);
        boolean changed = false;
        while (m.find()) {
          roles.putIfAbsent(m.start(), role.getKey());
          ids.add(r.id());
          for (int i = m.start(); i < m.end(); i++) {
            masked.setCharAt(i, ' ');
          }
          changed = true;
        }
        if (changed) {
          screen = rules.screen(masked.toString()); // spaces put in may make a literal that has one
        }
      }
    }
    return new Named(roles, ids);
  }

  private String actorFor(String role) {
    if (self.isPresent() && List.of("officials", "employees", "agencies", "government").contains(role)) {
      return self.get();
    }
    return switch (role) {
      case "police", "sheriff", "jail", "council", "schools" -> role;
      case "officials" -> level == Level.COUNTY ? "county-agencies" : level == Level.STATE ? "state-agencies"
          : "city-officials";
      case "employees" -> level == Level.COUNTY ? "county-agencies" : level == Level.STATE ? "state-agencies"
          : "city-employees";
      case "agencies" -> level == Level.COUNTY ? "county-agencies" : level == Level.STATE ? "state-agencies"
          : "city-agencies";
      default -> level == Level.COUNTY ? "county" : level == Level.STATE ? "state-agencies" : "city";
    };
  }

}
