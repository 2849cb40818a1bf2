package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an outline's nodes into provisions: a node's own sentences before any lead-in, then its items read with
 * the lead-in; or, where the items only finish one rule (its conditions, what a definition covers, what a report
 * holds), the lead-in and its items as one provision.
 */
final class ProvisionEmitter {

  /** The words that open a list of definitions: "As used in this article", "For purposes of this chapter". */
  static final String DEFINITIONS_OPENING = "\\s*(?:(?:as|when)\\s+used\\s+in|for\\s+(?:the\\s+)?purposes?\\s+of)\\b";
  private static final Pattern DEFINITIONS_INTRO = Pattern.compile(DEFINITIONS_OPENING, Pattern.CASE_INSENSITIVE);
  /**
   * A lead-in whose items are conditions of its rule, not rules of their own: "... only when an individual:", "No
   * person is subject to civil arrest ..., except:".
   */
  private static final Pattern CONDITIONS_FOLLOW = Pattern.compile(
      "\\b(?:when|if|where|whenever|unless|except|provided\\s+that|who|whose|in\\s+which|(?:that|which)\\s+(?:is|are)"
          + "|in\\s+order\\s+to)\\b[^,;.]{0,60}:?\\s*$"
          // a longer condition, up to its colon: "... only when that person meets at least one of the conditions set
          // forth in subsections (a) through (d):"
          + "|\\b(?:only\\s+(?:when|if)|unless|provided\\s+that)\\b"
          + "(?:(?!\\b(?:shall|may|must|will|cannot)\\b)[^;.]){0,160}:\\s*$"
          // what the rule cannot be done without: "ICE agents cannot enter non-public areas ... without: • A valid
          // judicial warrant; • Consent from school officials; or ..."
          + "|\\bwithout\\b[^,;.:]{0,40}:\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A lead-in whose items are the purposes its rule serves: "... may exchange information with ICE in order to:". */
  private static final Pattern PURPOSES_FOLLOW = Pattern.compile(
      "\\b(?:in\\s+order\\s+to|for\\s+(?:the\\s+)?purposes?\\s+of|so\\s+as\\s+to)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
  /**
   * A lead-in whose items are what a person must be told, modals and all: "the individual must be advised that: •
   * The interview is ...; • Anything the individual says may be used ...".
   */
  private static final Pattern TOLD_FOLLOWS = Pattern.compile(
      "\\b(?:advised|informed|told|notified|advise|inform|tell|notify|explain|explained)\\b[^:;.]{0,40}?"
          + "(?:\\b(?:that|of)|\\bin\\s+writing|\\borally)\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A lead-in whose items are the ways of doing its rule: "Shall attempt to verify the client's status by:". */
  private static final Pattern MEANS_FOLLOW = Pattern.compile("\\b(?:by|through|via)\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A savings clause whose items are the acts it leaves alone: "... do not limit or prohibit any agency from:". */
  private static final Pattern SAVED_ACTS_FOLLOW = Pattern.compile(
      "\\b(?:not|nothing)\\b[^:]{0,120}\\b(?:limit|prohibit|restrict|prevent|preclude)\\w*\\b"
          + "(?:[^:]{0,120}\\bfrom)?\\s*:\\s*$"
          // "No provision in this chapter shall be construed to: A. Prevent ...; B. Authorize ..."
          + "|\\b(?:no\\s+provision|nothing)\\s+(?:in|of|herein)\\b[^:]{0,80}?\\bshall\\s+be\\s+construed"
          + "\\s+(?:to|as)\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  /**
   * A lead-in whose items are the particulars a rule asks for ("including the following information:"), or name who
   * it binds ("The following state agencies shall begin implementation ...:").
   */
  private static final Pattern CONTENTS_FOLLOW = Pattern.compile(
      "\\bthe\\s+following\\s+(?:information|data|details|particulars|elements|contents)\\b[^:;.]{0,80}:\\s*$"
          + "|^\\s*the\\s+following\\s+(?:[\\w-]+\\s+){0,3}?(?:shall|must|may|will)\\b[^:;]{0,200}:\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A definition that lists what its term covers: "'ICE access' means ... all of the following:", "Means, ...:". */
  private static final Pattern DEFINES = Pattern.compile(
      "(?:^|[\"”’]\\s{1,3})(?:means|shall\\s+mean|includes)\\b[^:]*:\\s*$", Pattern.CASE_INSENSITIVE);
  /** Where a rule's own words end and the particulars it lists begin: ", including: (1) ...". */
  private static final Pattern PARTICULARS_START = Pattern.compile(
      ",?\\s*\\b(?:including|which\\s+shall\\s+include|that\\s+includes?)\\b[^:;.]{0,60}:", Pattern.CASE_INSENSITIVE);
  /** Particulars listed inside the rule's own paragraph: ", including: (1) ...", "that includes: a) ...". */
  private static final Pattern RUN_IN_PARTICULARS = Pattern.compile(
      PARTICULARS_START.pattern() + "\\s*\\(?(?:1|a|i)[.)]\\s", Pattern.CASE_INSENSITIVE);
  /** A lead-in that asks for a report, whose items are what the report holds. */
  private static final Pattern REPORT = Pattern.compile(
      "\\b(?:submit|provide|make|file|prepare|issue|deliver|publish)\\w*\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}"
          + "reports?\\b", Pattern.CASE_INSENSITIVE);
  /** A lead-in that states a rule and then lists examples of it. */
  private static final Pattern INCLUDING = Pattern.compile(
      ",?\\s*(?:including|such\\s+as)(?:,?\\s*but\\s+not\\s+limited\\s+to,?)?(?:\\s+any\\s+of)?"
          + "(?:\\s+the\\s+following)?\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
  /**
   * A lead-in that names the rule above it, whose items are each a case of that rule: "The prohibition set forth in
   * this Section shall include: ...", "This includes prohibitions or restrictions on: (a) Inquiries into ...".
   */
  private static final Pattern NAMES_RULE_ABOVE = Pattern.compile(
      "(?:the|this|these|such|said)\\s+(?:prohibitions?|restrictions?|limitations?)\\b"
          + "|^\\s*(?:this|these|such|that)\\s+(?:(?:also|shall|shall\\s+also)\\s+)?includes?\\s+(?:(?:any|all)\\s+)?"
          + "(?:prohibitions?|restrictions?|limitations?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");

  private final CharSequence text;
  private final Predicate<String> operative;
  private final List<Provision> provisions = new ArrayList<>();

  /**
   * @param text the document's text, which the nodes' offsets point into
   * @param operative whether a piece of text states a rule
   */
  ProvisionEmitter(CharSequence text, Predicate<String> operative) {
    this.text = text;
    this.operative = operative;
  }

  /** The provisions of {@code roots} and everything under them, in the document's order. */
  List<Provision> emit(List<OutlineNode> roots) {
    for (OutlineNode root : roots) {
      emit(root, List.of());
    }
    return provisions;
  }

  /** Emits a node's provisions: its own sentences before any lead-in, then its items with the lead-in. */
  private void emit(OutlineNode node, List<String> leadIns) {
    if (node.children.isEmpty()) {
      if (!node.text.isEmpty()) {
        provisions.add(provision(node, leadIns, node.text, node.start));
      }
      return;
    }
    String leadIn = node.text;
    int leadInStart = 0;
    List<int[]> sentences = Sentences.spans(node.text);
    if (sentences.size() > 1) {
      int[] last = sentences.get(sentences.size() - 1);
      String lastText = node.text.substring(last[0], last[1]);
      if (Outline.endsWithColon(lastText) || !Sentences.endsSentence(lastText)) {
        leadIn = lastText;
        leadInStart = last[0];
      }
    }
    if (leadIn.equals(node.text) && Sentences.endsSentence(node.text)) {
      // "B. ... the Library does not permit access to user records ... . a. Agents must observe ...": words that end
      // in a full stop lead into nothing; they are a provision, and the items under it are provisions of their own
      leadIn = "";
      leadInStart = node.text.length();
    }
    boolean leaves = node.children.stream().allMatch(c -> c.children.isEmpty());
    boolean itemsStateNoRule = leaves && node.children.stream().noneMatch(c -> operative.test(c.text));
    String before = node.text.substring(0, leadInStart).strip();
    // "... until the person has been advised of certain rights in writing, including: (1) The interview is sought
    // by ...; (2) The person has the right to ...": what the rule requires, item by item, not acts it forbids
    long itemsWithRules = node.children.stream().filter(c -> operative.test(c.text)).count();
    boolean contentsListed = leaves && operative.test(leadIn) && INCLUDING.matcher(leadIn).find()
        && !namesActs(node.children) && itemsWithRules * 2 < node.children.size();
    // what a report holds may have items of its own: "2. With regard to detainers received: • The date ...; • ..."
    boolean reportListed = noRuleBelow(node) && operative.test(leadIn)
        && (CONTENTS_FOLLOW.matcher(leadIn).find() || REPORT.matcher(leadIn).find());
    if (contentsListed || reportListed || itemsStateNoRule && operative.test(before) && !operative.test(leadIn)
        && !namesActs(node.children) && !NAMES_RULE_ABOVE.matcher(leadIn).find()) {
      // "... shall not request documents. Documents include: a. Passports; ..." and "... shall submit a quarterly
      // report ..., including: (1) ...": the items are details of one rule, not rules of their own
      OutlineNode lastChild = lastDescendant(node);
      String words = text.subSequence(node.start, lastChild.start + lastChild.text.length()).toString();
      // "Documents include:" after a rule lists that rule's particulars; "To obtain consent, the release shall
      // include the following information:" after one states a rule of its own, whose particulars are its items
      int itemsStart = node.children.get(0).start - node.start;
      int particulars = operative.test(before) && !operative.test(leadIn) ? leadInStart : itemsStart;
      Matcher including = PARTICULARS_START.matcher(leadIn);
      if (!operative.test(before) && including.find()) {
        particulars = leadInStart + including.start();
      }
      provisions.add(new Provision(node.locator, node.heading, leadIns, words, node.start,
          node.start + words.length(), node.line, node.listItem, node.paraphrase, particulars, node.resolved(),
          Map.of()));
      return;
    }
    // "As used in this article, ... indicated:" then "ELIGIBLE FOR RELEASE" and its definition, and so on: one list
    // of definitions, whatever the definitions say
    boolean termsListed = node.children.stream().allMatch(c -> c.term != null);
    if (!before.isEmpty()) {
      provisions.add(provision(node, leadIns, before, node.start));
    } else if (DEFINITIONS_INTRO.matcher(leadIn).lookingAt() && !operative.test(leadIn) && !termsListed) {
      // "As used in this article, unless the context otherwise requires:" opens the definitions it leads into
      provisions.add(provision(node, leadIns, leadIn, node.start + leadInStart));
    }
    // a lead-in that only names the rule before it ("The prohibition ... shall include:") states no rule of its own
    boolean ruleBefore = operative.test(before)
        && (!operative.test(leadIn) || NAMES_RULE_ABOVE.matcher(leadIn).lookingAt());
    boolean ruleAbove = ruleBefore || leadIns.stream().anyMatch(operative);
    boolean finishesOneRule = DEFINES.matcher(leadIn).find() || termsListed
        || (CONDITIONS_FOLLOW.matcher(leadIn).find() || SAVED_ACTS_FOLLOW.matcher(leadIn).find()
            || MEANS_FOLLOW.matcher(leadIn).find() || TOLD_FOLLOWS.matcher(leadIn).find())
        && (operative.test(leadIn) || ruleAbove);
    if (finishesOneRule || leaves && !ruleAbove && !operative.test(leadIn) && itemsStateNoRule) {
      // "MPD will cooperate ... only when an individual: (1) ...; (2) ...": the items finish one rule, and so do
      // their own items ("(a) ... as follows: (1) ..."); what a defined term covers is one definition, whatever verbs
      // its items hold; and a list with no rule in it (findings, definitions, examples of a rule above) is one
      // provision
      OutlineNode lastChild = lastDescendant(node);
      int start = node.start + leadInStart;
      String words = text.subSequence(start, lastChild.start + lastChild.text.length()).toString();
      Matcher examples = INCLUDING.matcher(leadIn);
      // the acts a savings clause leaves alone ("... shall be construed to: A. Prevent ... B. Authorize ...") are
      // what it saves, not what it is about, and nor are the purposes a rule serves ("may exchange information with
      // ICE in order to: (a) Verify the immigration status of ...") or what a person must be told ("must explain in
      // writing: (i) The individual's right to refuse to disclose ..."): its kind is read from its lead-in
      int particulars = examples.find() ? examples.start()
          : SAVED_ACTS_FOLLOW.matcher(leadIn).find() || PURPOSES_FOLLOW.matcher(leadIn).find()
              || TOLD_FOLLOWS.matcher(leadIn).find() ? leadIn.length()
          : words.length();
      provisions.add(new Provision(node.locator, node.heading, leadIns, words, start, start + words.length(),
          node.line, node.listItem, node.paraphrase, particulars, node.resolved(),
          termsListed ? termsOf(node.children) : Map.of()));
      return;
    }
    Matcher including = INCLUDING.matcher(leadIn);
    if (including.find() && (ruleAbove || operative.test(leadIn.substring(0, including.start())))) {
      // "(1) Use agency moneys to ..., including any of the following:" is a rule before its examples
      provisions.add(provision(node, leadIns, leadIn.substring(0, including.start()).strip(),
          node.start + leadInStart));
    }
    List<String> inner = new ArrayList<>(leadIns);
    if (ruleBefore && !leadIn.isEmpty()) {
      inner.add(before); // "No department shall use city funds ... . The prohibition shall include: (1) Assisting ..."
    }
    if (!leadIn.isEmpty()) {
      inner.add(leadIn);
    }
    for (OutlineNode child : node.children) {
      emit(child, inner);
    }
  }

  /** Whether no item under the node, at any depth, states a rule of its own. */
  private boolean noRuleBelow(OutlineNode node) {
    for (OutlineNode child : node.children) {
      if (operative.test(child.text) || !noRuleBelow(child)) {
        return false;
      }
    }
    return true;
  }

  private static OutlineNode lastDescendant(OutlineNode node) {
    OutlineNode last = node;
    while (!last.children.isEmpty()) {
      last = last.children.get(last.children.size() - 1);
    }
    return last;
  }

  /**
   * Whether every item names an act ("Assisting ...", "Requesting ..."): examples of the conduct a rule forbids,
   * each a rule of its own, unlike items that name things ("Passports;").
   */
  private static boolean namesActs(List<OutlineNode> items) {
    return items.stream().allMatch(item -> {
      Matcher word = FIRST_WORD.matcher(item.text);
      return word.find() && word.group().length() > 4 && word.group().toLowerCase(Locale.ROOT).endsWith("ing");
    });
  }

  /** A provision of {@code node}'s: {@code words} start at {@code start} in the document's text. */
  private Provision provision(OutlineNode node, List<String> leadIns, String words, int start) {
    // "... shall submit a quarterly report ..., including: (1) a list of ...; (2) for immigration detainers ...":
    // the particulars run into the rule's paragraph, and are no more what it is about than when listed below it
    Matcher runIn = RUN_IN_PARTICULARS.matcher(words);
    int particulars = runIn.find() && operative.test(words.substring(0, runIn.start())) ? runIn.start()
        : words.length();
    return new Provision(node.locator, node.heading, leadIns, words, start, start + words.length(), node.line,
        node.listItem, node.paraphrase, particulars, node.resolved(), Map.of());
  }

  /** Each term printed on a line of its own, with the words under it that define it. */
  private static Map<String, String> termsOf(List<OutlineNode> items) {
    Map<String, String> terms = new LinkedHashMap<>();
    for (OutlineNode item : items) {
      String definition = item.text.substring(item.term.length()).strip();
      if (!definition.isEmpty()) {
        terms.putIfAbsent(item.term, definition);
      }
    }
    return terms;
  }
}
