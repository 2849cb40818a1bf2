package dev.haven.importer.internal;

import dev.haven.importer.internal.OutlineNode.Style;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an ordinance's structure: a header of {@code KEY: value} lines, section headings and numbers
 * ({@code 2-173-020}, {@code § 7284.6}, {@code Sec. 12H.2.}), items labelled {@code (a)}, {@code (1)}, {@code (A)},
 * {@code (i)} nested in that order or any other, unlabelled lists after a lead-in ending in a colon, WHEREAS
 * recitals and RESOLVED clauses. An item with items under it is their lead-in; whatever full sentences it has
 * before its lead-in are a provision of their own.
 */
public final class Outline {

  /** A section number: 2-173-020, 12H.2, 7284.6, 2.15.010, 28-250, 9:471 — with any subsection labels after it. */
  static final String SECTION_NUMBER = "(?<![\\d.:-])(?!(?:19|20)\\d\\d[-–]\\d{1,2}\\b)\\d+[A-Z]?(?:[.:-]\\d+[A-Z]?)*"
      // the last part may end in a small letter ("54-192h"), but not in a word run on to it
      + "(?:[.:-]\\d+(?:[A-Z]|[a-z](?![a-z]))?)(?:\\([A-Za-z0-9]{1,4}\\))*";
  /** A "=== heading ===" banner line: a heading, here and where lines are joined into paragraphs. */
  static final Pattern BANNER = Pattern.compile("^=+\\s*(.*?)\\s*=+$");
  /** A banner with the section's first words on the same line: "=== § 7284.12 === Severability: ...". */
  private static final Pattern BANNER_THEN_TEXT = Pattern.compile("^(?>=+)\\s*(.*?)\\s*(?>=+)\\s+([^=\\s].*[^=])$");
  private static final Pattern SECTION_LINE = Pattern.compile(
      "^(?:(?:SEC(?:TION)?\\.?|§+|Section)\\s*)?(" + SECTION_NUMBER + ")\\.?(?:\\s+(.*))?$",
      Pattern.CASE_INSENSITIVE);
  /** A section heading led by the code's name: "ORS 181A.820", "RCW 10.93.160", "Oregon Statutes 181A.823". */
  private static final Pattern CODE_SECTION_HEADING = Pattern.compile(
      "^(?:[A-Z]{2,5}|(?:[A-Z][a-z]+\\s+){1,2}(?:Statutes|Code|Laws))\\s+(" + SECTION_NUMBER
          + ")\\.?(?:\\s*[-–—:]?\\s+(.*))?$");
  /** The enacting words before an enactment's sections. */
  private static final Pattern ENACTING = Pattern.compile(
      "(?:it\\s+is\\s+hereby\\s+(?:ordered|directed)(?:\\s+that)?|\\bordains?(?:\\s+as\\s+follows)?"
          + "|be\\s+it\\s+enacted[^:]*"
          + "|\\benacts?\\s+as\\s+follows"
          // "NOW, THEREFORE, I, ..., Mayor ..., do hereby ORDER as follows:", "THE COUNCIL ... HEREBY RESOLVES AS
          // FOLLOWS:"
          + "|\\b(?:(?:do|does)\\s+)?hereby\\s+(?:(?:proclaim|declare)\\s+and\\s+)?"
          + "(?:order|ordain|enact|direct|resolve)s?(?:\\s+and\\s+direct)?\\s+as\\s+follows"
          // "Title 1, Chapter 22 is hereby amended as follows:": says where the words below go, states no rule
          + "|\\b(?:is|are)\\s+(?:hereby\\s+)?(?:amended|added|created|enacted)(?:\\s+to\\s+read)?\\s+as\\s+follows"
          + "|\\b(?:is|are)\\s+(?:hereby\\s+)?amended\\b[^:]{0,100}?\\bto\\s+read\\s+as\\s+follows"
          + "|\\bthe\\s+following\\s+is\\s+substituted\\s+in\\s+lieu\\s+thereof[^:]{0,60})"
          + "\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
  /** "SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY, That ...": a bill's section opens with its enacting words. */
  private static final Pattern BE_IT_ENACTED = Pattern.compile(
      "(?:AND\\s+)?BE\\s+IT\\s+(?:FURTHER\\s+)?(?:ENACTED|ORDAINED|RESOLVED)\\b", Pattern.CASE_INSENSITIVE);
  /** A run-in heading: a few words and a full stop before the section's first sentence. */
  private static final Pattern RUN_IN_HEADING = Pattern.compile(
      "([A-Z][^.;:!?()]{2,60}?)\\.(?:\\s+(?=[A-Z\"“(])|(?=\\([a-z0-9]{1,4}\\)\\s))"); // "restrictions.(a) A unit"
  /** An enactment's long title, in capitals as printed: "AN ORDINANCE OF THE CITY OF ...", "A RESOLUTION ...". */
  private static final Pattern LONG_TITLE = Pattern.compile("AN?\\s+(?:ORDINANCE|RESOLUTION|LOCAL\\s+LAW|ACT)\\b"
      + "|(?:ORDINANCE|RESOLUTION)\\s+[A-Z]+ING\\b"); // "RESOLUTION REAFFIRMING THE PUBLIC SAFETY FUNCTION ..."
  /** "An Ordinance to Amend the Code ...", as legislative systems print it; a title only if it states no rule. */
  private static final Pattern LONG_TITLE_ANY_CASE = Pattern.compile(
      "AN?\\s+(?:ORDINANCE|RESOLUTION|LOCAL\\s+LAW|ACT)\\s+(?:to|of|relating|concerning|amending|establishing|"
          + "adding|affirming|reaffirming|regarding)\\b", Pattern.CASE_INSENSITIVE);
  /** An enactment's number line: "ORDINANCE NO. 2017-22", "Resolution No. 17-27". */
  private static final Pattern NUMBER_LINE = Pattern.compile(
      "(?:ORDINANCE|RESOLUTION|LOCAL\\s+LAW|COUNCIL\\s+BILL|EXECUTIVE\\s+ORDER|GENERAL\\s+ORDER)\\s+(?:NO\\.?|NUMBER|#)"
          + "\\s*\\d[\\w-]*",
      Pattern.CASE_INSENSITIVE);
  /** A numbered part: "Section 1.", "ARTICLE IV", "§ 12", and Minnesota's subdivisions, "Subd. 3.". */
  private static final Pattern NUMBERED_SECTION = Pattern.compile(
      "^(?:SECTION|Section|SEC\\.|Sec\\.|ARTICLE|Article|CHAPTER|Chapter|§+|Subd\\.|Subdivision)"
          + "\\s*(\\d+[A-Z]?|[IVXL]+)"
          // "Subd. 3.Government restrictions.": a PDF's text may lose the space after the number's stop
          + "[.:]?(?:(?:\\s+|(?<=[.:])(?=[A-Z]))(.*))?$");
  /** A code library's links to the sections before and after the page's own: "2.28.320 << 2.28.330 >> 2.28.340". */
  private static final Pattern PAGER = Pattern.compile(
      "(?:" + SECTION_NUMBER + ")?\\s*(?:<<|«)\\s*(" + SECTION_NUMBER + ")\\s*(?:>>|»)\\s*(?:" + SECTION_NUMBER + ")?");
  private static final Pattern TABLE_OF_CONTENTS = Pattern.compile(
      "(?:^|[.;]\\s+)(?:Sec\\.\\s*|§\\s*)?" + SECTION_NUMBER + "\\.?\\s+[A-Z\\[]");
  private static final Pattern SECTION_IN_TEXT = Pattern.compile(SECTION_NUMBER);
  private static final Pattern ANNOTATION = Pattern.compile("^" + Openings.CAPITAL_KEY + ":(?:\\s|$)");
  private static final Pattern NOT_ANNOTATION = Pattern.compile(
      "^(SECTION|SEC|ARTICLE|CHAPTER|PART|WHEREAS|RESOLVED|NOW|BE IT|THEREFORE|ORDAINED)\\b");
  private static final Pattern EDITORIAL = Pattern.compile("^\\[.*\\]\\.?$");
  /** A note in parentheses, the clerk's or the editor's: "(CLERK'S NOTE: ... the Resolution failed.)". */
  private static final Pattern PARENTHESISED_NOTE = Pattern.compile(
      "^\\((?i:(?:[\\w'’]+\\s+){0,2}notes?)\\s*:.*\\)\\.?$", Pattern.DOTALL);
  /** A definitions part's heading: "2.0 DEFINITIONS", "Sec. 2. Definitions.". */
  private static final Pattern DEFINITIONS_HEADING = Pattern.compile("\\bdefinitions?\\b", Pattern.CASE_INSENSITIVE);
  /** A heading's number or letter, before its words: "2. ", "(b) ", "IV. ". */
  private static final Pattern HEADING_LABEL = Pattern.compile("\\s*\\(?(?:\\d{1,3}|[A-Za-z]|[IVXL]{1,5})[.)]\\s+");
  /** A heading that numbers a part: "3.0 MANDATES", "Sec. 4", "§ 12", "IV.". */
  private static final Pattern NUMBERED_HEADING = Pattern.compile(
      "\\s*(?:\\d|[IVX]+\\.|(?i:sec(?:tion)?\\.?\\s)|§|(?i:article|chapter|part)\\s)");
  /**
   * A field of a legislative system's record of the file, before the text: "File #: 25-1393", "Name: Resolution
   * prohibiting ...", "In control: Lake County Board"; a page may print the value in the next cell of a table.
   */
  private static final Pattern RECORD_FIELD = Pattern.compile("(?:File\\s*#|Version|Name|Type|Status|File\\s+created"
      + "|In\\s+control|On\\s+agenda|Final\\s+action|Enactment\\s+(?:date|#|number)|Introduced|Sponsors?|Indexes"
      + "|Code\\s+sections|Attachments|Title):(?:\\s|$)");
  /** An editors' block as a code library heads it, in small letters: "Notes:", "History:". */
  private static final Pattern NOTES_KEY = Pattern.compile("^(Notes?|History|Annotations?|Editor'?s\\s+notes?)\\s*:");
  /**
   * A field of a staff report on an agenda item, run into its words: "Background Information: On January 25, 2017,
   * the President issued ...", "Financial Impact: There is no cost ...". Staff's account, not the law's words.
   */
  private static final Pattern STAFF_FIELD = Pattern.compile("^(?i:background(?:\\s+information)?"
      + "|fiscal\\s+(?:impact|note)|financial\\s+impact|staff\\s+recommendation|recommended\\s+action)\\s*:");
  /** A site's disclaimer about its copy: "Disclaimer: This Code of Ordinances ... may not reflect the most current". */
  private static final Pattern DISCLAIMER = Pattern.compile("^(?i:disclaimers?)\\s*:");
  private static final Pattern PARAPHRASE = Pattern.compile(
      "paraphrase|summary|not verbatim|summari[sz]ed", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHEREAS =
      Pattern.compile("^" + Openings.RECITAL + "[,:]?\\s*", Pattern.CASE_INSENSITIVE);
  /** Words in capitals run into a sentence that starts with a capitalised word: "PURPOSE One Fairfax ...". */
  private static final Pattern RUN_IN_CAPITAL_HEADING = Pattern.compile(
      "((?:[A-Z][A-Z'’&-]+\\s+){0,5}[A-Z][A-Z'’&-]+)\\s+(?=[A-Z][a-z])");
  /** Enacting words that run on into the provisions they enact, up to their colon. */
  private static final Pattern ENACTING_RUN_IN = Pattern.compile(
      "^(?:NOW,?\\s+THEREFORE\\b[^:]{0,300}?\\b|(?=(?i:be\\s+it\\s)))(?:hereby\\s+(?:order|direct|ordain|enact)s?"
          + "(?:\\s+and\\s+(?:order|direct)s?)?"
          + "(?:\\s+(?:that|as\\s+follows))?|ordered|ordained|enacted"
          + "|(?i:(?:do|does)\\s+(?:hereby\\s+)?(?:ordain|enact|order|resolve)(?:\\s+as\\s+follows)?)"
          + "|(?i:(?:be\\s+it\\s+)?(?:ordained|enacted|resolved)\\s+by\\s+[^:]{1,150}?,?\\s+as\\s+follows))\\s*:\\s*");
  /** Where a recital or the enacting words begin inside a paragraph, in the capitals they are printed in. */
  private static final Pattern RUN_IN_PREAMBLE = Pattern.compile(
      "(?<=\\s)(?:WHEREAS,|NOW,?\\s+THEREFORE\\b)"
          // after a sentence, not after "NOW, THEREFORE," or "SECTION 2. AND", which are part of the same words
          + "|(?<=[.;]\\s{1,3})BE\\s+IT\\s+(?:FURTHER\\s+)?(?:ENACTED|ORDAINED|RESOLVED)\\b"
          // printed as words, after a sentence or a title: "(Waiver of Board Rule 72) Whereas, June marks ...", "...
          // safe; Now, Therefore, Be It Resolved, that ..."
          + "|(?<=[.;:)]\\s{1,3})Whereas,"
          + "|(?<=[.;]\\s{1,3})(?i:now,?\\s+therefore\\b|be\\s+it\\s+(?:further\\s+)?(?:enacted|ordained|resolved)\\b)");
  private static final Pattern RESOLVED = Pattern.compile(
      "^" + Openings.RESOLVED
          + "(?:\\s+BY\\s+[^,:]{1,120}?(?=\\s*[,:]|\\s+that\\b))?[,:]?\\s*(?:that[,:]?\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /**
   * The sections of a legislative system's page that hold staff's commentary, and a code library's notes: not law.
   * Not "Overview", under which a directive may state its rules ("OVERVIEW: ... An ICE detainer shall only be ...").
   */
  private static final Pattern EDITORIAL_SECTION = Pattern.compile(
      "(?:explanation|background|fiscal\\s+(?:impact|note|implications?)|summary|staff\\s+recommendation"
          + "|recommended\\s+action|prior\\s+(?:board|council)\\s+action|analysis|discussion|memorandum"
          + "|submitted\\s+by|reviewed\\s+by"
          // a code library's notes under the law: "Notes of Decisions", "Source", "History", "Cross-references"
          + "|notes\\s+of\\s+decisions?|case\\s+notes|annotations?|source|history|cross[\\s-]references?)[.:]?",
      Pattern.CASE_INSENSITIVE);
  /** The words a title leaves in small letters. */
  private static final Pattern SMALL_WORD = Pattern.compile("a|an|and|as|at|by|for|from|in|of|on|or|the|to|with");
  /** The name of a part of an ordinance, alone after a label: "1. Definitions", "(c) Severability." */
  static final Pattern NAMED_PART = Pattern.compile(
      "(?:definitions?|findings(?:\\s+and\\s+(?:purpose|intent))?|purpose(?:\\s+and\\s+intent)?|intent|policy"
          + "|severability|effective\\s+date|(?:short\\s+)?title|scope|applicability"
          // a directive's parts: "OVERVIEW:", "PROCEDURES:"
          + "|overview|procedures?|guidelines|responsibilities)[.:]?", Pattern.CASE_INSENSITIVE);
  /** A capital letter label inside a paragraph: "A. The", after a space, before a capitalised word. */
  private static final Pattern CAPITAL_LABEL = Pattern.compile("(?<=\\s|^)([A-Z])\\.\\s+(?=[A-Z\"“(])");
  /**
   * The second of a paragraph's capital labels, after a sentence's end and any one word in capitals (a manual's
   * "NEW" or "REVISED"): in a paragraph that starts with "A.", two labels are enough.
   */
  private static final Pattern SECOND_LABEL =
      Pattern.compile("(?<=[.;:]\\s{1,3}(?:[A-Z]{2,10}\\s{1,3})?)B\\.\\s+(?=[A-Z])");
  /** A number label inside a paragraph, after a sentence's end: "... circumstances. 1. Officers are ...". */
  private static final Pattern NUMBER_LABEL = Pattern.compile("(?<=[.:;]\\s{1,3})(\\d)\\.\\s+(?=[A-Z\"“(])");
  /** A colon and the first item's label after it: "Definitions: a. Status means ...", words that lead into items. */
  private static final Pattern LEADS_INTO_ITEMS = Pattern.compile(":\\s+\\(?(?:a|1|A|i)[.)]\\s");
  /** A small letter label inside a paragraph, after a sentence's end or a colon: "... Act. b. Federal ...". */
  private static final Pattern SMALL_LABEL = Pattern.compile("(?<=[.:;]\\s{1,3})([a-z])\\.\\s+(?=[A-Z\"“(])");
  /** A numbered section run into the paragraph before it, after a sentence's end: ". Section 2. No county ...". */
  private static final Pattern RUN_IN_SECTION = Pattern.compile(
      "(?<=[.;]\\s{1,3})(?=(?:SECTION|Section|SEC\\.|Sec\\.)\\s+\\d+[A-Z]?[.:]\\s+[A-Z])");
  /**
   * A policy's part named in capitals after a sentence's end (where more than a label, "I. PURPOSE The ...", is
   * before it), its words or first label after it.
   */
  private static final Pattern RUN_IN_PART = Pattern.compile("(?<=[.;:]\\s{1,3})(?:[IVX]{1,4}\\.\\s+)?(?:POLICY"
      + "|PURPOSE|DEFINITIONS|PROCEDURES?|GENERAL\\s+INFORMATION|SCOPE|APPLICABILITY|RESPONSIBILITIES)\\s+"
      + "(?=[A-Z]\\.\\s|[A-Z][a-z])");
  /**
   * A policy manual's numbered part, its name in capitals, run into a paragraph by a text that lost its line breaks:
   * "... regardless of their immigration status. 428.3 VICTIMS AND WITNESSES To encourage ...".
   */
  private static final Pattern RUN_IN_NUMBERED_PART = Pattern.compile("(?<![\\w.§-])(\\d{1,4}(?:\\.\\d{1,3}){1,3})\\s+"
      + "([A-Z][A-Z'’&/-]{3,}(?:,?\\s+[A-Z][A-Z'’&/-]*){0,9})\\s+(?=[A-Z][a-z])");
  /** A label at the start of an item: (a) (1) (A) (iv) or a) 1. A. — and the space after it. */
  private static final Pattern LABEL = Pattern.compile("^" + Openings.ITEM_LABEL + "\\s*");
  /** A label an amendment strikes, printed in brackets before the label that replaces it: "[(1)] (2)". */
  private static final Pattern DELETED_LABEL =
      Pattern.compile("\\[\\(?[A-Za-z0-9]{1,4}[.)]?\\]\\s*(?=\\(?[A-Za-z0-9])");
  private static final Pattern BULLET = Pattern.compile("^" + Openings.BULLETS + "\\s+");
  /** Words that introduce a list: "the following", "as follows", "these", "below". */
  private static final Pattern INTRODUCES_ITEMS = Pattern.compile(
      "\\b(?:the\\s+following|as\\s+follows|these|below|listed)\\b", Pattern.CASE_INSENSITIVE);
  /** Where one paragraph holds several items: "...meanings:(a) ..." or "... . (b) The ...". */
  private static final Pattern INLINE_LABEL = Pattern.compile(
      // "... arrest:(i) Sending ...;(ii) Maintaining ...; or(d) Permitting ...": a copy that lost the spaces too
      "(?<=[:;.])(?:\\s*(?:or|and)\\b)?\\s*(?=\\((?:[a-z]|[ivx]{2,4}|\\d{1,2})\\)\\s*[A-Z\"“])"
      // and in a text that lost its line breaks: "... alien. II. A County officer ..." and "unless: a. such ...; or b."
      + "|(?<=[.:]\\s{1,3})(?=(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\\.\\s+[A-Z])"
      + "|(?<=[:;]\\s{1,3}(?:(?:or|and)\\s{1,3})?)(?=[a-z]\\.\\s+\\S)");
  private static final Pattern SUBSECTION_LABEL = Pattern.compile("\\(([A-Za-z0-9]{1,4})\\)");
  private static final Pattern LAST_ALTERNATIVE_FOLLOWS =
      Pattern.compile("(?s).*[;,]\\s*(?:or|and)$", Pattern.CASE_INSENSITIVE);
  /** "The Town of Example is a sanctuary for all its residents.": a sentence, not a section's heading. */
  private static final Pattern STATEMENT = Pattern.compile("(?s).*\\b(?:is|are)\\s+(?:an?|the|not)\\b.*[.!]$");
  /**
   * "As used in this article, the following terms shall have the meanings indicated:": a lead-in whose items are
   * defined terms, which code libraries may print as a term on a line of its own and its definition under it.
   */
  private static final Pattern TERMS_FOLLOW = Pattern.compile(ProvisionEmitter.DEFINITIONS_OPENING
      + ".*\\b(?:terms?|words?|phrases?|definitions?|mean(?:s|ings?)?)\\b[^:]*:\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LIST_GOES_ON =
      Pattern.compile("(?s).*(?:;|;\\s*(?:or|and)|,\\s*(?:or|and))$", Pattern.CASE_INSENSITIVE);

  private final Predicate<String> operative;
  private final Predicate<String> editorial;
  private final StringBuilder text = new StringBuilder();
  private final List<Provision> provisions = new ArrayList<>();
  private final List<String> recitals = new ArrayList<>();
  /** Whether the enacting words resolved what follows them ("does hereby resolve as follows:"). */
  private boolean resolving;
  private final List<String> titles = new ArrayList<>();
  private final Map<String, String> header = new LinkedHashMap<>();
  private final List<OutlineNode> roots = new ArrayList<>();
  private int skipped;

  private String section = "";
  private String heading = "";
  /** The level the input gives the current part's heading ({@link SourceLine#level}), 0 when it gives none. */
  private int partLevel;
  /** Whether the current section is staff's commentary ("Explanation", "Fiscal Impact"), whose words are skipped. */
  private boolean inEditorialSection;
  /** The label of the numbered heading the current part opened with ("1." of "1. Definitions"), if any. */
  private Label headingLabel;
  private String outerSection = "";
  private String outerHeading = "";
  private Optional<String> firstHeading = Optional.empty();
  private boolean paraphrase;
  private int paragraphsInSection;
  private int resolvedCount;
  /** Labels printed alone on their line, waiting for the words of the next paragraph. */
  private final List<Label> pendingLabels = new ArrayList<>();
  /** The open labelled items, outermost first. */
  private final List<OutlineNode> stack = new ArrayList<>();
  /** The paragraph or item ending in a colon whose unlabelled items are being read, if any. */
  private OutlineNode openList;
  /** Whether the open list's last item was a bullet, so that the next bullet continues the list. */
  private boolean bulletsOpen;
  /** The bullet character of the line being read, or 0 when it has none. */
  private char bulletNow;
  /** A bulleted paragraph that ends with a colon and opened {@link #openList}, and its bullet character. */
  private OutlineNode bulletLeadIn;
  private char bulletLeadInMark;
  /** The unlabelled paragraph ending in a colon that the next labelled items belong to, if any. */
  private OutlineNode listParent;
  /** Whether the paragraph before was a record field's key alone, so that this one is its value. */
  private boolean fieldValueNext;
  /** Whether the paragraph after the one being read is a heading. */
  private boolean nextIsHeading;
  /** A term printed alone on its line under a definitions lead-in, waiting for the definition under it. */
  private OutlineNode pendingTerm;
  /** The definitions lead-in whose items are terms printed alone on their lines, while they go on. */
  private OutlineNode termList;
  /** A heading that states a rule, while no paragraph under it has stated one ({@link #ruleOfHeading}). */
  private OutlineNode ruleHeading;
  /** Where in {@link #roots} the rule-stating heading goes, before the paragraphs under it. */
  private int ruleHeadingAt;

  private Outline(Predicate<String> operative, Predicate<String> editorial) {
    this.operative = operative;
    this.editorial = editorial;
  }

  /**
   * Reads the structure of {@code document}.
   *
   * @param operative whether a piece of text states a rule (has a modal such as "shall"): a short line that does
   *     not is a heading
   * @param editorial whether a capitalised key before a colon ("NOTE", "SOURCE") marks an editor's note
   */
  public static Outline of(SourceDocument document, Predicate<String> operative, Predicate<String> editorial) {
    Outline outline = new Outline(operative, editorial);
    List<Paragraph> paragraphs = Paragraphs.of(document.lines(), outline.header, !document.headingsMarked());
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      outline.nextIsHeading = i + 1 < paragraphs.size() && paragraphs.get(i + 1).heading();
      if (outline.text.length() > 0) {
        outline.text.append(' ');
      }
      if (!p.before().isEmpty()) {
        outline.text.append(p.before()).append(' ');
      }
      int offset = outline.text.length();
      outline.text.append(p.text());
      outline.read(p, offset);
    }
    outline.ruleOfHeading();
    outline.provisions.addAll(new ProvisionEmitter(outline.text, outline.operative).emit(outline.roots));
    return outline;
  }

  /**
   * The document's words: its paragraphs with runs of whitespace collapsed, one space between paragraphs, and what
   * the input has between two paragraphs that neither holds ({@link Paragraph#before}).
   */
  public String text() {
    return text.toString();
  }

  public List<Provision> provisions() {
    return provisions;
  }

  /** The WHEREAS clauses, verbatim, in order. */
  public List<String> recitals() {
    return recitals;
  }

  /** The {@code KEY: value} lines at the top of a text file (TITLE, JURISDICTION, SOURCES, ...), by key. */
  public Map<String, String> header() {
    return header;
  }

  /**
   * The enactment's own title, when it states one: its long title ("AN ORDINANCE OF THE CITY OF ... ESTABLISHING
   * ..."), else its number line ("ORDINANCE NO. 2017-22").
   */
  public Optional<String> title() {
    return titles.stream()
        .filter(t -> LONG_TITLE_ANY_CASE.matcher(t).lookingAt() || LONG_TITLE.matcher(t).lookingAt())
        .findFirst()
        .or(() -> titles.stream().findFirst());
  }

  /** The heading that opens the document, before any provision or recital: a text file's title line. */
  public Optional<String> firstHeading() {
    return firstHeading;
  }

  /** Paragraphs left out as editorial annotations or bracketed notes. */
  public int skipped() {
    return skipped;
  }

  /**
   * What a paragraph is to the document's structure. {@link #roleOf} decides it from the paragraph and what has been
   * read so far, in one ordered table; {@link #read} then moves the outline on as the role says. Every structural
   * pattern is tested in one place.
   */
  private enum LineRole {
    /** A record's field ("File #:", "Name:") before anything else: the legislative system's, not the law's. */
    RECORD_FIELD,
    /** The enactment's title ("AN ORDINANCE ...", "No. 17-23"). */
    TITLE,
    /** The value under a record field alone on its line. */
    FIELD_VALUE,
    /** A term of a definitions list that the input prints like a heading. */
    TERM_LINE,
    /** A "== heading ==" banner with text after it on the same line. */
    BANNER_THEN_TEXT,
    /** A term printed as a small heading under a definitions heading. */
    TERM_HEADING,
    /** A heading (or a banner) that starts a section. */
    HEADING,
    /** A page's own number between its neighbours' ("2.28.320 << 2.28.330 >> 2.28.340"). */
    PAGER,
    /** A list of section titles. */
    TABLE_OF_CONTENTS,
    /** An editor's bracketed note, a parenthesised note, a disclaimer or a staff report's field. */
    EDITORIAL,
    /** A code library's notes key ("Notes:", "History:"), which runs to the next section. */
    NOTES,
    /** A capitalised key before a colon that says how to read what follows ("CONTENT (PARAPHRASE):"). */
    ANNOTATION,
    /** A section's number and heading alone on a line ("Section 1. Definitions."). */
    NUMBERED_SECTION,
    /** A section's number followed by its first words ("Section 1. No City employee shall ..."). */
    NUMBERED_SECTION_WITH_TEXT,
    /** A code section's citation as a heading ("ORS 181A.820"). */
    CODE_SECTION,
    /** A section line ("Sec. 2-173-020"), alone or with a heading. */
    SECTION_LINE,
    /** A section line followed by its first words. */
    SECTION_LINE_WITH_TEXT,
    /** Anything else: the body of a section. */
    BODY
  }

  /**
   * A role from one of the tables below, with the match that found it where the reading needs its groups (null where
   * it does not).
   *
   * @param <R> the table's roles
   */
  private record Found<R extends Enum<R>>(R role, MatchResult match) {
    static <R extends Enum<R>> Found<R> of(R role) {
      return new Found<>(role, null);
    }
  }

  /** The role table: the first row that fits decides, so the order is part of the grammar. */
  private Found<LineRole> roleOf(Paragraph p, String s, boolean valueOfField) {
    Matcher field = RECORD_FIELD.matcher(s);
    if (field.lookingAt() && recitals.isEmpty() && section.isEmpty() && stack.isEmpty()) {
      return new Found<>(LineRole.RECORD_FIELD, field.toMatchResult());
    }
    if ((LONG_TITLE.matcher(s).lookingAt() || LONG_TITLE_ANY_CASE.matcher(s).lookingAt() && !operative.test(s))
        && s.split("\\s+").length <= 80
        || NUMBER_LINE.matcher(s).lookingAt() && s.split("\\s+").length <= 12) {
      return Found.of(LineRole.TITLE);
    }
    if (valueOfField) {
      return Found.of(LineRole.FIELD_VALUE);
    }
    if (p.heading() && p.level() == 0 && leadsIntoTerms(openList) && isTermLine(s)) {
      return Found.of(LineRole.TERM_LINE);
    }
    Matcher bannerThenText = BANNER_THEN_TEXT.matcher(s);
    if (bannerThenText.matches()) {
      return new Found<>(LineRole.BANNER_THEN_TEXT, bannerThenText.toMatchResult());
    }
    Matcher banner = BANNER.matcher(s);
    boolean isBanner = banner.matches();
    if (p.heading() && !isBanner && DEFINITIONS_HEADING.matcher(heading).find() && !isCapitalHeading(s)
        && !NUMBERED_HEADING.matcher(s).lookingAt() && s.split("\\s+").length <= 6
        && !(p.level() > 0 && p.level() <= partLevel) && !nextIsHeading) {
      // "2.0 DEFINITIONS" then "ICE Immigration Detainer/Hold" as a smaller heading: a term, with its definition in
      // the paragraph under it, not a part of its own; a heading as large as "Definitions" is the next part, and so
      // is one with a heading under it ("Policy Procedures", then "Enforcement Actions"): a term is defined in words
      return Found.of(LineRole.TERM_HEADING);
    }
    if (p.heading() || isBanner) {
      return new Found<>(LineRole.HEADING, isBanner ? banner.toMatchResult() : null);
    }
    Matcher pager = PAGER.matcher(s);
    if (pager.matches()) {
      return new Found<>(LineRole.PAGER, pager.toMatchResult());
    }
    if (isTableOfContents(s)) {
      return Found.of(LineRole.TABLE_OF_CONTENTS);
    }
    if (EDITORIAL.matcher(s).matches() || PARENTHESISED_NOTE.matcher(s).matches() || DISCLAIMER.matcher(s).lookingAt()
        || STAFF_FIELD.matcher(s).lookingAt()) {
      return Found.of(LineRole.EDITORIAL);
    }
    Matcher notes = NOTES_KEY.matcher(s);
    if (notes.lookingAt() && editorial.test(notes.group(1).toUpperCase(Locale.ROOT))) {
      return Found.of(LineRole.NOTES);
    }
    Matcher annotation = ANNOTATION.matcher(s);
    if (annotation.find() && !NOT_ANNOTATION.matcher(s).find()) {
      return new Found<>(LineRole.ANNOTATION, annotation.toMatchResult());
    }
    Matcher numbered = NUMBERED_SECTION.matcher(LineNumbers.blank(s)); // offsets kept, a bill's line numbers out
    if (numbered.matches()) {
      boolean headingOnly = numbered.group(2) == null
          || isHeadingText(numbered.group(2)) && runInHeading(numbered.group(2)).isEmpty();
      return new Found<>(headingOnly ? LineRole.NUMBERED_SECTION : LineRole.NUMBERED_SECTION_WITH_TEXT,
          numbered.toMatchResult());
    }
    Matcher codeHeading = CODE_SECTION_HEADING.matcher(s);
    if (codeHeading.matches() && (codeHeading.group(2) == null || isHeadingText(codeHeading.group(2)))) {
      return Found.of(LineRole.CODE_SECTION);
    }
    Matcher sectionLine = SECTION_LINE.matcher(s);
    if (sectionLine.matches()) {
      String rest = sectionLine.group(2) == null ? "" : sectionLine.group(2);
      boolean headingOnly = rest.isEmpty()
          || isHeadingText(rest) && !LABEL.matcher(rest).find() && runInHeading(rest).isEmpty();
      return new Found<>(headingOnly ? LineRole.SECTION_LINE : LineRole.SECTION_LINE_WITH_TEXT,
          sectionLine.toMatchResult());
    }
    return Found.of(LineRole.BODY);
  }

  /** Reads one paragraph: its role from the table, then what that role does to the outline. */
  private void read(Paragraph p, int offset) {
    String s = p.text();
    if (ruleHeading != null && !p.heading() && operative.test(s)) {
      ruleHeading = null; // the paragraphs under the heading state its rule
    }
    boolean valueOfField = fieldValueNext;
    fieldValueNext = false;
    Found<LineRole> line = roleOf(p, s, valueOfField);
    MatchResult m = line.match();
    switch (line.role()) {
      case RECORD_FIELD -> {
        fieldValueNext = m.end() >= s.strip().length(); // "Name:" alone: its value is the next paragraph
        skipped++;
      }
      case TITLE -> {
        closeLists();
        Matcher runIn = RUN_IN_PREAMBLE.matcher(s);
        if (runIn.find() && runIn.start() > 0) {
          // "AN ACT regarding .... BE IT ENACTED by the County Board as follows: Section 1. ...": a text that lost
          // its line breaks runs the title into the enactment
          titles.add(s.substring(0, runIn.start()).strip());
          read(new Paragraph(s.substring(runIn.start()), p.line(), false), offset + runIn.start());
        } else {
          titles.add(s); // the enactment names itself; a title is not a provision
        }
      }
      case FIELD_VALUE -> skipped++; // "25-1393" or "Resolution prohibiting ..." after "Name:": not a provision
      case TERM_LINE -> unlabelled(s, p.line(), offset, false); // a text file's term line looks like a heading
      case BANNER_THEN_TEXT -> {
        startSection(m.group(1));
        read(new Paragraph(m.group(2), p.line(), false), offset + m.start(2));
      }
      case TERM_HEADING -> skipped++;
      case HEADING -> heading(p, s, m, offset);
      case PAGER -> startSection(m.group(1)); // the page's own section, between its neighbours
      case TABLE_OF_CONTENTS, EDITORIAL -> skipped++; // section titles, or words about the law, not provisions
      case NOTES -> {
        // "Notes: Findings — Construction — ...: See notes following RCW 43.17.425": a code library's notes, written
        // in small letters, run to the next section
        inEditorialSection = true;
        skipped++;
      }
      case ANNOTATION -> annotated(p, s, m, offset);
      case NUMBERED_SECTION, CODE_SECTION, SECTION_LINE -> {
        // "Section 54-192h - Civil immigration detainers." opening a code's page: the best title it has, if no other
        if (opensDocument()) {
          firstHeading = Optional.of(s);
        }
        startSection(s);
      }
      // "Section 1. No City employee shall ...": the section's number, then its first words
      case NUMBERED_SECTION_WITH_TEXT, SECTION_LINE_WITH_TEXT -> sectionWithText(s, m.start(2), p.line(), offset);
      case BODY -> body(s, p.line(), offset);
    }
  }

  /** Whether nothing of the document has been read yet: a heading or a section line here may name it. */
  private boolean opensDocument() {
    return firstHeading.isEmpty() && roots.isEmpty() && recitals.isEmpty();
  }

  /** A heading, or a banner: a new section; a policy whose statements are its headings states a rule in one. */
  private void heading(Paragraph p, String s, MatchResult banner, int offset) {
    boolean opensDocument = p.heading() && opensDocument();
    if (opensDocument) {
      firstHeading = Optional.of(s);
    }
    startSection(banner != null ? banner.group(1) : s);
    partLevel = p.level();
    if (p.heading() && !opensDocument && operative.test(s) && !s.strip().endsWith("?")) {
      // "2. Employees Shall Not Collect Information about Immigration Status Unless Required by Law" over "No
      // additional description for this statement.": a policy whose statements are its headings (not a question,
      // nor the title a bill tracker's page opens with: "Prohibits law enforcement agencies ... from inquiring")
      Matcher label = HEADING_LABEL.matcher(s);
      int words = label.lookingAt() ? label.end() : 0;
      ruleHeading = node(section, s.substring(words), offset + words, p.line(), false);
      ruleHeadingAt = roots.size();
    }
  }

  /** A key such as "CONTENT (PARAPHRASED SUMMARY ...):" says how to read what follows it. */
  private void annotated(Paragraph p, String s, MatchResult annotation, int offset) {
    String key = annotation.group();
    if (PARAPHRASE.matcher(key).find()) {
      paraphrase = true;
    } else if (key.toUpperCase(Locale.ROOT).contains("VERBATIM")) {
      paraphrase = false;
    }
    closeLists();
    String rest = s.substring(annotation.end()).strip();
    if (editorial.test(key) || rest.isEmpty()) {
      skipped++;
      return;
    }
    int restStart = s.indexOf(rest, annotation.end());
    body(rest, p.line(), offset + restStart);
  }

  /**
   * A section number with text after it on one line: "Sec. 2. Inquiries. City employees shall not ...". A short
   * run-in heading ("Inquiries.") belongs to the section, not to its first clause.
   */
  private void sectionWithText(String s, int restStart, int line, int offset) {
    String number = s.substring(0, restStart).strip();
    Optional<MatchResult> runIn = runInHeading(s.substring(restStart));
    startSection(runIn.map(h -> number + " " + h.group(1)).orElse(number), locatorOf(number));
    restStart += runIn.map(MatchResult::end).orElse(0);
    body(s.substring(restStart), line, offset + restStart);
  }

  /** "Inquiries." before "City employees shall ...": a short heading that states no rule, with text after it. */
  private Optional<MatchResult> runInHeading(String text) {
    Matcher m = RUN_IN_HEADING.matcher(text);
    return m.lookingAt() && m.group(1).split("\\s+").length <= 8 && !operative.test(m.group(1))
        ? Optional.of(m.toMatchResult()) : Optional.empty();
  }

  /**
   * What a section's paragraph holds: most often words to cut into pieces at their labels, but a text that lost its
   * line breaks (a scan, a PDF run together) runs recitals, enacting words and the next section into one paragraph.
   * {@link #bodyRoleOf} decides, in one ordered table; {@link #body} acts on it.
   */
  private enum BodyRole {
    /** Under a legislative system's "Explanation" or "Fiscal Impact": staff's words about the law. */
    IN_EDITORIAL_SECTION,
    /** Recitals and enacting words run into what comes before them. */
    RUN_IN_PREAMBLE,
    /** Enacting words with the enactment's first words after them ("do hereby order that: I. ..."). */
    ENACTING_RUN_IN,
    /** A recital ("WHEREAS, ..."). */
    RECITAL,
    /** A RESOLVED clause. */
    RESOLVED,
    /** Enacting words alone ("it is hereby ordered:"). */
    ENACTING,
    /** The next section, run into this one's paragraph ("... Section 2. No county officer shall ..."). */
    RUN_IN_SECTION,
    /** A policy manual's numbered part run in ("... 428.1 PURPOSE AND SCOPE The purpose ..."). */
    RUN_IN_NUMBERED_PART,
    /** A policy's part, its name in capitals, run in ("... III. DEFINITIONS For the purpose of ..."). */
    RUN_IN_PART,
    /** Words to cut at their labels into pieces. */
    PIECES
  }

  /** The table of what a body paragraph holds: the first row that fits decides. */
  private Found<BodyRole> bodyRoleOf(String s) {
    if (inEditorialSection) {
      return new Found<>(BodyRole.IN_EDITORIAL_SECTION, null);
    }
    // "... life; and WHEREAS, ...; NOW, THEREFORE, ... do hereby order that: ..."
    Matcher runIn = RUN_IN_PREAMBLE.matcher(s);
    if (runIn.find() && runIn.start() > 0) {
      return new Found<>(BodyRole.RUN_IN_PREAMBLE, runIn.toMatchResult());
    }
    Matcher enacting = ENACTING_RUN_IN.matcher(s);
    if (enacting.find() && enacting.end() < s.length()) {
      return new Found<>(BodyRole.ENACTING_RUN_IN, enacting.toMatchResult());
    }
    Matcher whereas = WHEREAS.matcher(s);
    if (whereas.find() && whereas.end() < s.length()) {
      return new Found<>(BodyRole.RECITAL, whereas.toMatchResult());
    }
    Matcher resolved = RESOLVED.matcher(s);
    if (resolved.find() && resolved.end() < s.length()) {
      return new Found<>(BodyRole.RESOLVED, resolved.toMatchResult());
    }
    Matcher enactingWords = ENACTING.matcher(LineNumbers.blank(s));
    if (enactingWords.find()) {
      return new Found<>(BodyRole.ENACTING, enactingWords.toMatchResult());
    }
    Matcher runInSection = RUN_IN_SECTION.matcher(s);
    if (runInSection.find()) {
      return new Found<>(BodyRole.RUN_IN_SECTION, runInSection.toMatchResult());
    }
    Matcher numberedPart = RUN_IN_NUMBERED_PART.matcher(s);
    while (numberedPart.find()) {
      String before = s.substring(0, numberedPart.start()).strip();
      // after a sentence's end, or after the manual's running title ("Policy Santa Cruz County Sheriff's Office 428
      // Policy Manual Immigration Violations 428.1 PURPOSE AND SCOPE The purpose ...")
      if (before.isEmpty() || before.matches("(?s).*[.;:)]") || !before.matches("(?s).*[.;:].*")
          && before.split("\\s+").length <= 20) {
        return new Found<>(BodyRole.RUN_IN_NUMBERED_PART, numberedPart.toMatchResult());
      }
    }
    Matcher runInPart = RUN_IN_PART.matcher(s);
    if (runInPart.find() && !LABEL.matcher(s.substring(0, runInPart.start()).strip()).matches()) {
      return new Found<>(BodyRole.RUN_IN_PART, runInPart.toMatchResult());
    }
    return new Found<>(BodyRole.PIECES, null);
  }

  private void body(String s, int line, int offset) {
    Found<BodyRole> body = bodyRoleOf(s);
    MatchResult m = body.match();
    switch (body.role()) {
      case IN_EDITORIAL_SECTION -> skipped++;
      case RUN_IN_PREAMBLE -> {
        body(s.substring(0, m.start()), line, offset);
        body(s.substring(m.start()), line, offset + m.start());
      }
      case ENACTING_RUN_IN -> {
        resolving |= m.group().toLowerCase(Locale.ROOT).contains("resolve");
        // "NOW, THEREFORE, I, ..., do hereby order that: I. As used herein, ...": the words after the enacting ones,
        // read as a paragraph of their own ("... DO ORDAIN as follows: Section 1. Recitals Adopted. That ...")
        read(new Paragraph(s.substring(m.end()), line, false), offset + m.end());
      }
      case RECITAL -> {
        recitals.add(s);
        closeLists();
      }
      case RESOLVED -> resolvedClause(s, m, line, offset);
      case ENACTING -> {
        // "By the authority vested in me ..., it is hereby ordered:": the enacting words, not a provision
        closeLists();
        listParent = null;
        // "... does hereby resolve as follows:" then "Section 1: The City is a sanctuary ...": what follows is resolved
        resolving |= m.group().toLowerCase(Locale.ROOT).contains("resolve");
      }
      case RUN_IN_SECTION -> {
        body(s.substring(0, m.start()).stripTrailing(), line, offset);
        read(new Paragraph(s.substring(m.start()), line, false), offset + m.start());
      }
      case RUN_IN_NUMBERED_PART -> {
        String before = s.substring(0, m.start()).strip();
        if (!before.isEmpty()) {
          body(before, line, offset);
        }
        startSection(m.group(1) + " " + m.group(2));
        body(s.substring(m.end()), line, offset + m.end());
      }
      case RUN_IN_PART -> {
        body(s.substring(0, m.start()).stripTrailing(), line, offset);
        startSection(s.substring(m.start(), m.end()).strip());
        body(s.substring(m.end()), line, offset + m.end());
      }
      case PIECES -> pieces(s, line, offset);
    }
  }

  /** A RESOLVED clause: a provision of its own, read as the body's resolution. */
  private void resolvedClause(String s, MatchResult resolved, int line, int offset) {
    closeLists();
    listParent = null;
    resolvedCount++;
    String locator = (section.isEmpty() ? "" : section + ", ") + "resolved clause " + resolvedCount;
    OutlineNode node = node(locator, s.substring(resolved.end()), offset + resolved.end(), line, false);
    node.resolvedClause = true;
    roots.add(node);
    if (endsWithColon(node.text)) {
      openList = node;
    }
  }

  /** Words cut at their labels ("A. ... B. ...", "1. ... 2. ...", "(a) ...") into pieces, each read on its own. */
  private void pieces(String s, int line, int offset) {
    TreeSet<Integer> cuts = new TreeSet<>(labelRun(s, CAPITAL_LABEL, 'A', 3));
    Matcher second = SECOND_LABEL.matcher(s);
    if (s.startsWith("A. ") && second.find()) {
      cuts.add(second.start()); // "A. Officers ... further information. NEW B. Officers shall not ...": two parts
    }
    cuts.addAll(labelRun(s, NUMBER_LABEL, '1', 2));
    cuts.addAll(labelRun(s, SMALL_LABEL, 'a', 2));
    Matcher split = INLINE_LABEL.matcher(s);
    while (split.find()) {
      cuts.add(split.end());
    }
    int from = 0;
    for (int cut : cuts) {
      if (cut > from) {
        piece(s.substring(from, cut), line, offset + from);
        from = cut;
      }
    }
    piece(s.substring(from), line, offset + from);
  }

  /**
   * "... GENERAL INFORMATION A. The Department shall ... B. Officers will not ... C. The enforcement ...": a policy
   * manual run together from a PDF keeps its labels inside one paragraph. A letter or number and a full stop is a
   * label only in a run that starts at "A." or "1." and goes on one by one, to "C." for letters and "2." for
   * numbers after a sentence's end, so that an initial ("John B. Smith") or a number is not taken for one.
   */
  private static List<Integer> labelRun(String s, Pattern label, char first, int least) {
    List<Integer> run = new ArrayList<>();
    Matcher m = label.matcher(s);
    char next = first;
    while (m.find()) {
      if (m.group(1).length() == 1 && m.group(1).charAt(0) == next) {
        run.add(m.start(1));
        next++;
      }
    }
    if (run.size() < least) {
      return List.of();
    }
    return run.get(0) == 0 ? run.subList(1, run.size()) : run;
  }

  private void piece(String s, int line, int offset) {
    int lead = 0;
    while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
      lead++;
    }
    s = s.substring(lead).stripTrailing();
    Matcher bullet = BULLET.matcher(s);
    boolean bulleted = bullet.find();
    bulletNow = bulleted ? s.charAt(bullet.start()) : 0;
    int cut = bulleted ? bullet.end() : 0;
    Matcher deleted = DELETED_LABEL.matcher(s.substring(cut));
    if (deleted.lookingAt()) {
      cut += deleted.end(); // "[(1)] (2) ...": an amendment's old label, struck, before the new one
    }
    List<Label> labels = new ArrayList<>();
    Matcher label = LABEL.matcher(s.substring(cut));
    while (labels.size() < 3 && label.find()) {
      int group = label.group(1) != null ? 1 : label.group(2) != null ? 2 : 3;
      labels.add(new Label(label.group(group), group == 1 ? '(' : group == 2 ? ')' : '.'));
      cut += label.end();
      label = LABEL.matcher(s.substring(cut));
    }
    Matcher key = ANNOTATION.matcher(s.substring(cut));
    if (key.find() && !NOT_ANNOTATION.matcher(s.substring(cut)).find() && key.end() < s.length() - cut) {
      if (PARAPHRASE.matcher(key.group()).find()) {
        paraphrase = true;
      }
      cut += key.end(); // "- DETAINER LIMIT: Dane County does not ...": the key is an editor's label
    }
    String words = s.substring(cut);
    if (words.isEmpty()) {
      // code libraries often print a label alone ("A.") with its words in the next paragraph
      pendingLabels.addAll(labels);
      return;
    }
    labels.addAll(0, pendingLabels);
    pendingLabels.clear();
    Found<PieceRole> piece = pieceRoleOf(labels, words);
    if (piece.role() != PieceRole.NUMBERED_HEADING && headingLabel != null && !labels.isEmpty()
        && labels.get(0).format() == headingLabel.format()
        && Style.of(labels.get(0).text(), List.of()) == Style.of(headingLabel.text(), List.of())) {
      // "1. Definitions ... 2. No officer shall ...": the next item at the heading's level ends its part
      startSection(outerHeading, outerSection);
      headingLabel = null;
    }
    switch (piece.role()) {
      case NUMBERED_HEADING -> numberedHeading(labels, words);
      case RUN_IN_HEADING -> {
        // "I. PURPOSE One Fairfax recognizes ...": the same heading run into its section's first sentence
        startSection(piece.match().group(1), labels.get(labels.size() - 1).text());
        body(words.substring(piece.match().end()), line, offset + lead + cut + piece.match().end());
      }
      case UNLABELLED -> unlabelled(words, line, offset + lead + cut, bulleted);
      case LABELLED -> labelled(labels, words, line, offset + lead + cut);
    }
  }

  /** What a piece of a paragraph is, once its bullet and labels are read. */
  private enum PieceRole {
    /** A numbered heading in capitals or title case ("1.  ENFORCEMENT OF IMMIGRATION LAWS"): a section. */
    NUMBERED_HEADING,
    /** A labelled heading run into its section's first sentence ("I. PURPOSE One Fairfax recognizes ..."). */
    RUN_IN_HEADING,
    /** Words without a label: an item of the open list, or a paragraph of its own. */
    UNLABELLED,
    /** Labelled words: an item at its labels' level. */
    LABELLED
  }

  /** The table of what a labelled or unlabelled piece is: the first row that fits decides. */
  private Found<PieceRole> pieceRoleOf(List<Label> labels, String words) {
    if (!labels.isEmpty() && (isCapitalHeading(words) || NAMED_PART.matcher(words).matches()
        || isTitleCaseHeading(words)) && !continuesList()) {
      return new Found<>(PieceRole.NUMBERED_HEADING, null);
    }
    Matcher runIn = RUN_IN_CAPITAL_HEADING.matcher(words);
    if (!labels.isEmpty() && runIn.lookingAt() && isCapitalHeading(runIn.group(1))) {
      return new Found<>(PieceRole.RUN_IN_HEADING, runIn.toMatchResult());
    }
    return new Found<>(labels.isEmpty() ? PieceRole.UNLABELLED : PieceRole.LABELLED, null);
  }

  /** "1.  ENFORCEMENT OF IMMIGRATION LAWS": a numbered heading, over the paragraphs that follow. */
  private void numberedHeading(List<Label> labels, String words) {
    Label numbered = labels.get(labels.size() - 1);
    String outerSection = headingLabel == null ? section : this.outerSection;
    String outerHeading = headingLabel == null ? heading : this.outerHeading;
    // "(b) Definitions." under "§ 28-253": the subsection of a numbered section is "28-253(b)"
    boolean subsection = numbered.format() == '(' && SECTION_IN_TEXT.matcher(outerSection).matches();
    startSection(words, subsection ? outerSection + "(" + numbered.text() + ")" : numbered.text());
    headingLabel = numbered;
    this.outerSection = outerSection;
    this.outerHeading = outerHeading;
  }

  /** Labelled words: the labels' items pushed on the stack, the last holding the words. */
  private void labelled(List<Label> labels, String words, int line, int start) {
    endTerms(); // "A. It is the policy ...": a labelled paragraph after the terms is no term's
    labels.forEach(this::push);
    for (OutlineNode outer : stack.subList(Math.max(0, stack.size() - labels.size()), stack.size())) {
      if (outer.line == 0 && outer.text.isEmpty()) {
        // "(A) (1) IN THIS SECTION, ...": each new label of the line starts where the line's words do
        outer.start = start;
        outer.line = line;
      }
    }
    OutlineNode node = stack.get(stack.size() - 1);
    node.text = words;
    openList = endsWithColon(words) ? node : null;
    bulletsOpen = false;
  }

  /** An unlabelled paragraph: an item of the open list, or a paragraph of its own. */
  private void unlabelled(String words, int line, int start, boolean bulleted) {
    if (readsTerm(words, line, start, bulleted)) {
      return;
    }
    closeListsBefore(words, bulleted);
    switch (unlabelledRoleOf(words)) {
      // "Section 1. Definitions: a. ...": the part's name, run in; "PURPOSE OF THIS CHAPTER.": a heading in capitals
      case NAMED_PART, CAPITAL_HEADING -> startSection(words.replaceAll("[.:]$", ""));
      case LIST_ITEM -> listItem(words, line, start, bulleted);
      case PARAGRAPH -> paragraph(words, line, start, bulleted);
    }
  }

  /** What unlabelled words are once the lists they cannot belong to are closed. */
  private enum UnlabelledRole {
    /** A part's name run in before its items ("Section 1. Definitions:"). */
    NAMED_PART,
    /** A heading printed in capitals. */
    CAPITAL_HEADING,
    /** An item of the open list. */
    LIST_ITEM,
    /** A paragraph of its own. */
    PARAGRAPH
  }

  /** The table of what unlabelled words are: the first row that fits decides. */
  private UnlabelledRole unlabelledRoleOf(String words) {
    if (openList == null && words.endsWith(":") && NAMED_PART.matcher(words).matches()) {
      return UnlabelledRole.NAMED_PART;
    }
    if (openList == null && isCapitalHeading(words) && !words.contains(":")
        && words.matches("^[A-Z][A-Za-z]{3}.*")
        && !NOT_ANNOTATION.matcher(words).find()) {
      return UnlabelledRole.CAPITAL_HEADING;
    }
    return openList != null ? UnlabelledRole.LIST_ITEM : UnlabelledRole.PARAGRAPH;
  }

  /** The open list ends where the words cannot be its item. */
  private void closeListsBefore(String words, boolean bulleted) {
    if (openList != null && bulletsOpen && !bulleted) {
      // a paragraph after bullets ends them: "Correctional officers:" after the bullets under "Police officers:"
      // is the next lead-in of the list above them, if there is one
      openList = openList.parent != null && endsWithColon(openList.parent.text) ? openList.parent : null;
    }
    bulletsOpen = false;
    if (openList != null && bulleted && openList == bulletLeadIn && bulletNow == bulletLeadInMark
        && bulletNow != Verbatim.LIST_MARK && openList.children.isEmpty() && statesOwnRule(openList.text)
        && !INTRODUCES_ITEMS.matcher(openList.text).find() && statesOwnRule(words)) {
      // "* The department does not enforce civil immigration law:" then "* Officers shall not share ...": a bullet
      // that states its own rule and the next bullet like it are siblings, even where the first ends with a colon
      openList = null;
      listParent = null;
    }
    if (openList != null && !bulleted && openList.children.isEmpty() && !openList.listItem
        && statesOwnRule(openList.text) && statesOwnRule(words)) {
      // "All staff shall follow a protocol ...:" then "The district shall provide annual training ...": a page that
      // left out the items under the first rule; the second states a rule of its own, beside it, not under it
      openList = null;
      listParent = null;
    }
  }

  /** An item of the open list; a bullet or a lead-in of its own may change which list is open. */
  private void listItem(String words, int line, int start, boolean bulleted) {
    OutlineNode item = node(openList.locator + (openList.locator.isEmpty() ? "" : ", ") + "item "
        + (openList.children.size() + 1), words, start, line, true);
    item.parent = openList;
    openList.children.add(item);
    if (bulleted && !endsWithColon(words)) {
      bulletsOpen = true; // each bullet is an item, full stop or not, until a paragraph that is not one
      if (closesAlternatives(openList, words)) {
        // "■ ... request to:" "■ Interview them;" "■ Be notified ...; or" "■ Continue detaining them ...." then
        // "■ Agencies are required ...": bullets printed flat; the item after "; or" ended the sub-list
        openList = openList.parent;
      }
    } else if (endsWithColon(words)) {
      openList = item;
      if (stack.isEmpty()) {
        // "... do hereby order and direct:" / "All departments and agencies to:" / "1. Ensure ...": the numbered
        // items that follow hang from the nearer lead-in
        listParent = item;
      }
    } else if (!LIST_GOES_ON.matcher(words).matches()) {
      openList = null; // an item that ends a sentence ends the list
    }
  }

  /** A free paragraph, bulleted or not: it states its rule in its own words (unlike "(d) Providing ..."). */
  private void paragraph(String words, int line, int start, boolean bulleted) {
    stack.clear();
    paragraphsInSection++;
    String locator = section.isEmpty() ? "paragraph " + paragraphsInSection
        : paragraphsInSection == 1 ? section : section + ", paragraph " + paragraphsInSection;
    OutlineNode node = node(locator, words, start, line, false);
    roots.add(node);
    // "MPD will cooperate ... only when an individual" followed by "(1) ...": an open sentence leads into items too
    listParent = endsWithColon(words) || !words.matches("(?s).*[.!?)\\]\"”']$") ? node : null;
    openList = endsWithColon(words) ? node : null;
    bulletLeadIn = bulleted && openList != null ? node : null;
    bulletLeadInMark = bulletNow;
  }

  /**
   * "ELIGIBLE FOR RELEASE FROM CUSTODY" then "There is no judicial warrant ...": under a lead-in into defined terms, a
   * term on a line of its own and the paragraph under it are one item, the term's definition, whose words start with
   * the term. The first paragraph that is neither a term nor a term's definition ends the definitions.
   */
  private boolean readsTerm(String words, int line, int start, boolean bulleted) {
    OutlineNode term = pendingTerm;
    pendingTerm = null;
    if (term != null && !isTermLine(words)) {
      term.text = text.substring(term.start, start + words.length());
      return true;
    }
    if (bulleted || !leadsIntoTerms(openList)) {
      return false;
    }
    if (isTermLine(words)) {
      OutlineNode item = node(openList.locator + (openList.locator.isEmpty() ? "" : ", ") + "item "
          + (openList.children.size() + 1), words, start, line, true);
      item.parent = openList;
      openList.children.add(item);
      item.term = words;
      termList = openList;
      pendingTerm = item;
      return true;
    }
    if (openList == termList) {
      endTerms();
    }
    return false;
  }

  private static boolean leadsIntoTerms(OutlineNode list) {
    return list != null && TERMS_FOLLOW.matcher(list.text).matches();
  }

  /** Ends the terms printed on lines of their own, and the list they were items of. */
  private void endTerms() {
    if (termList != null && openList == termList) {
      openList = null;
      listParent = null;
    }
    termList = null;
    pendingTerm = null;
  }

  /**
   * A defined term on a line of its own: "IMMIGRATION DETAINERS or ICE DETAINERS", "Administrative Warrant", "CIVIL
   * IMMIGRATION DETAINER (also called a "CIVIL IMMIGRATION WARRANT")": what a parenthesis adds is not the term.
   */
  private boolean isTermLine(String words) {
    String w = words.strip();
    String term = w.replaceAll("\\s*\\([^)]*\\)", "").strip();
    return !term.isEmpty() && w.split("\\s+").length <= 12 && !w.matches("(?s).*[.;:,!?]$") && !operative.test(w)
        && !LABEL.matcher(w).lookingAt() && (isCapitalHeading(term) || Paragraphs.isTitleLine(term));
  }

  /**
   * "2.25.010 Findings. 2.25.020 Equal protection. ...": section numbers each followed by a few words of title. A
   * policy manual whose line breaks were lost ("... 428.2 POLICY It is the policy of ... 428.3 VICTIMS ...") has
   * its sentences between the numbers.
   */
  private static boolean isTableOfContents(String s) {
    long entries = TABLE_OF_CONTENTS.matcher(s).results().count();
    return entries >= 2 && s.strip().split("\\s+").length <= entries * 12;
  }

  /** Whether an item that ends a sentence is the last of a bulleted item's alternatives ("...; or" before it). */
  private static boolean closesAlternatives(OutlineNode list, String words) {
    List<OutlineNode> items = list.children;
    return list.listItem && list.parent != null && endsWithColon(list.parent.text) && items.size() >= 2
        && endsWithAlternative(items.get(items.size() - 2).text)
        && Sentences.endsSentence(words);
  }

  /**
   * Places a labelled item in the nesting: a new style of label goes one level down, a known style back up. The
   * way a label is written is part of its style: codes that use "(a)" for subsections and "a." for the items
   * under "(2)" mean two levels by them.
   */
  private void push(Label item) {
    String label = item.text();
    char format = item.format();
    List<OutlineNode> sameFormat = stack.stream().filter(n -> n.format == format).toList();
    Style style = Style.of(label, sameFormat);
    if (style == Style.UPPER && (label.matches("[IVXL]{2,}") || label.equals("A"))) {
      // "II." after "I." says that "I." was a roman numeral, and so does "A." after it, which starts a list under it
      // rather than going on from it; then "A." after "II." goes a level down too
      stack.stream().filter(n -> n.style == Style.UPPER && n.format == format && n.label.matches("[IVXL]"))
          .forEach(n -> n.style = Style.UPPER_ROMAN);
      if (!label.equals("A")) {
        style = Style.UPPER_ROMAN;
      }
    }
    boolean known = false;
    // "1. Notification ...  a. ... officers:  i. Shall attempt to verify ... by:  1. Asking ...": a list's first label
    // under a lead-in starts a list there, even in a style a level above uses
    boolean newListUnderLeadIn = style.opens(label) && !stack.isEmpty()
        && endsWithColon(stack.get(stack.size() - 1).text);
    int level = -1;
    for (int i = 0; i < stack.size(); i++) {
      OutlineNode n = stack.get(i);
      if (n.style == style && n.format == format && !newListUnderLeadIn) {
        // the level whose last label this one follows ("2." after the "1." of a list under "i."), else the outermost
        if (level < 0 || follows(n.label, label)) {
          level = i;
        }
      }
    }
    if (level >= 0) {
      while (stack.size() > level) {
        stack.remove(stack.size() - 1);
      }
      known = true;
    }
    OutlineNode top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    if (!known && top != null && !style.opens(label) && !endsWithColon(top.text) && !printsLabelBefore(top, label)) {
      // a list starts at its first label: "(3)" after "(d)." goes on a list above (d), whose first items the page
      // left out, not one under it (under a lead-in, "(a) ... shall not: (2) ..." is an excerpt of its items); nor
      // is it an item of the lead-in above (a)
      stack.clear();
      listParent = null;
    }
    OutlineNode parent = stack.isEmpty() ? listParent : stack.get(stack.size() - 1);
    String base = stack.isEmpty() ? sectionBase(style) : parent.locator;
    OutlineNode node = node(base + "(" + label + ")", "", 0, 0, true);
    node.style = style;
    node.format = format;
    node.label = label;
    node.parent = parent;
    if (parent == null) {
      roots.add(node);
    } else {
      parent.children.add(node);
    }
    stack.add(node);
  }

  /** Whether {@code label} comes right after {@code previous}: "2" after "1", "b" after "a", "ii" after "i". */
  private static boolean follows(String previous, String label) {
    if (previous == null) {
      return false;
    }
    if (previous.matches("\\d+") && label.matches("\\d+")) {
      return Integer.parseInt(label) == Integer.parseInt(previous) + 1;
    }
    if (previous.matches("(?i)[ivxl]+") && label.matches("(?i)[ivxl]+") && !(previous.length() == 1
        && label.length() == 1 && label.charAt(0) == previous.charAt(0) + 1)) {
      return roman(label) == roman(previous) + 1;
    }
    return previous.length() == 1 && label.length() == 1 && label.charAt(0) == previous.charAt(0) + 1;
  }

  private static int roman(String numeral) {
    int total = 0;
    int last = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int v = switch (Character.toLowerCase(numeral.charAt(i))) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        default -> 50;
      };
      total += v < last ? -v : v;
      last = Math.max(last, v);
    }
    return total;
  }

  /**
   * Whether {@code node}'s own words hold the label before {@code label} ("I. As used herein, a. ... ; b. ..."):
   * the list then started inside them.
   */
  private static boolean printsLabelBefore(OutlineNode node, String label) {
    if (label.length() != 1 || label.equals("a") || label.equals("A") || label.equals("1")) {
      return false;
    }
    String before = Pattern.quote(String.valueOf((char) (label.charAt(0) - 1)));
    return Pattern.compile("(?:^|\\s)(?:\\(" + before + "\\)|" + before + "[.)])\\s").matcher(node.text).find();
  }

  /**
   * A heading may name a subsection ("§ 7284.6(a) remaining items") whose items restart the labels ("d)"): the
   * items then hang from the section number, not from the subsection named.
   */
  private String sectionBase(Style style) {
    Matcher labels = SUBSECTION_LABEL.matcher(section);
    while (labels.find()) {
      if (Style.of(labels.group(1), List.of()) == style) {
        return section.substring(0, labels.start());
      }
    }
    return section;
  }

  private void startSection(String title) {
    startSection(title, locatorOf(title));
    // a legislative system's "Background" or "Fiscal Impact", unnumbered, is staff's; a policy's own numbered part
    // ("III. BACKGROUND ... it is the policy of the Department that officers shall not ...") is the policy's
    inEditorialSection = EDITORIAL_SECTION.matcher(title.strip()).matches();
  }

  /** A section's locator: its number ("28-250", "12H.2"), else its heading's first words. */
  private static String locatorOf(String title) {
    Matcher number = SECTION_IN_TEXT.matcher(title);
    return number.find() ? number.group() : headingLocator(title);
  }

  private void startSection(String title, String locator) {
    ruleOfHeading();
    inEditorialSection = false;
    partLevel = 0;
    headingLabel = null;
    closeLists();
    pendingLabels.clear();
    listParent = null;
    paragraphsInSection = 0;
    heading = title;
    paraphrase = PARAPHRASE.matcher(title).find();
    section = locator;
  }

  /** A heading that states a rule no paragraph under it states is a provision of its section, before them. */
  private void ruleOfHeading() {
    if (ruleHeading != null) {
      roots.add(ruleHeadingAt, ruleHeading);
      ruleHeading = null;
    }
  }

  /** A section without a number is located by its heading's first words. */
  private static String headingLocator(String title) {
    String words = title.replaceAll("\\(.*?\\)", " ").replaceAll("[^\\p{L}\\p{N}' -]", " ").strip()
        .replaceAll("\\s+", " ");
    String[] parts = words.split(" ");
    return String.join(" ", Arrays.copyOf(parts, Math.min(parts.length, 6)));
  }

  private void closeLists() {
    stack.clear();
    openList = null;
    bulletsOpen = false;
    termList = null;
    pendingTerm = null;
  }

  /**
   * "A. Incident-Based Communication": a few words in title case, every word capitalised but the small ones, that
   * end no sentence or list item and state no rule: a heading over the paragraphs that follow, not an item.
   */
  private boolean isTitleCaseHeading(String words) {
    String w = words.strip();
    String[] tokens = w.split("\\s+");
    return tokens.length >= 2 && tokens.length <= 8 && !w.matches("(?s).*[.;:,!?]$") && !operative.test(w)
        && Arrays.stream(tokens).allMatch(t -> SMALL_WORD.matcher(t).matches()
            || Arrays.stream(t.split("[-/]")).allMatch(part -> part.isEmpty() || Character.isUpperCase(part.charAt(0))
                || !Character.isLetter(part.charAt(0))));
  }

  /**
   * A sentence with its own subject and verb of rule that ends in a full stop or a colon ("The district shall
   * provide ...:"), not a lead-in's verb alone ("shall:") nor an item to be run on (";").
   */
  private boolean statesOwnRule(String words) {
    String w = words.strip();
    return w.matches("^[A-Z].*[.:]$") && operative.test(w)
        && !w.matches("(?is).*\\b(?:shall|must|will|may)(?:\\s+not)?\\s*:$");
  }

  /** A few words in capitals that end no sentence or list item and state no rule: a heading as printed. */
  /**
   * Whether the item before a label left its list open ("(II) 8 U.S.C. § 1357; OR"): the next labelled words are
   * its list's item, even in the capitals a bill prints new law in ("(III) ANY OTHER FEDERAL LAW."), not a heading.
   */
  private boolean continuesList() {
    if (stack.isEmpty()) {
      return false;
    }
    String last = stack.get(stack.size() - 1).text;
    return endsWithColon(last) || LIST_GOES_ON.matcher(last.stripTrailing()).matches();
  }

  private boolean isCapitalHeading(String words) {
    String w = words.strip();
    return w.chars().anyMatch(Character::isUpperCase) && w.chars().noneMatch(Character::isLowerCase)
        && w.split("\\s+").length <= 10 && !w.matches("(?s).*[;,:]$") && !operative.test(w);
  }

  private boolean isHeadingText(String rest) {
    String trimmed = rest.strip();
    return trimmed.split("\\s+").length <= 14 && !operative.test(trimmed) && !STATEMENT.matcher(trimmed).matches()
        && !LEADS_INTO_ITEMS.matcher(trimmed).find() && !BE_IT_ENACTED.matcher(trimmed).lookingAt();
  }

  /** A new node, in the section, paraphrase and resolving state the reading is in. */
  private OutlineNode node(String locator, String words, int start, int line, boolean listItem) {
    return new OutlineNode(locator, words, start, line, listItem, heading, paraphrase, resolving);
  }

  /** "...; or", "..., and", "...; OR" (a bill's new law is in capitals): an item with one more after it. */
  static boolean endsWithAlternative(String text) {
    return LAST_ALTERNATIVE_FOLLOWS.matcher(text.stripTrailing()).matches();
  }

  static boolean endsWithColon(String text) {
    String t = text.stripTrailing();
    return t.endsWith(":") || t.endsWith(":—") || t.endsWith(": —");
  }


  /** An item's label as printed: its text ("a", "12", "iv") and how it is written ('(' "(a)", ')' "a)", '.' "a."). */
  private record Label(String text, char format) {}
}
