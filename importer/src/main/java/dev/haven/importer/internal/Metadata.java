package dev.haven.importer.internal;

import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/**
 * What an ordinance says about itself: its title, jurisdiction, type, enacting body and sources, from a text
 * file's header lines ({@code TITLE:}, {@code JURISDICTION:}, {@code SOURCES:}), a web page's title, or the
 * words of its first heading.
 */
public final class Metadata {

  /** A jurisdiction as named in the input. */
  public record Place(String name, Level level, Optional<String> state, Optional<String> body) {}

  /** A source address found in the header, with the words that describe it. */
  public record Link(String url, String title) {}

  /** A word of a proper name: "Riverton", "St.", never a sentence's last word ("Detainers.") nor "The". */
  private static final String NAME_WORD = "(?!The\\b|THE\\b)[A-Z](?:[\\w'-]*|\\w{0,2}\\.)";
  private static final Pattern PLACE = Pattern.compile("\\b([Cc]ity and [Cc]ounty of [A-Z][\\w.]*(?: [A-Z][\\w.]*)*"
      // "City of Fort Collins Amending Chapter 2": a name ends before a verb
      + "|(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Tt]ownship|County) of [A-Z][\\w.]*(?: (?![A-Z]\\w*ing\\b)[A-Z][\\w.]*)*"
      // a title in capitals: "AN ORDINANCE OF THE CITY OF RIVERTON, OREGON"
      + "|(?:CITY AND COUNTY|CITY|TOWN|VILLAGE|BOROUGH|TOWNSHIP|COUNTY) OF [A-Z][A-Z.'-]*"
      + "(?: (?![A-Z]*ING\\b)[A-Z][A-Z.'-]*){0,2}"
      + "|[A-Z][\\w.]*(?: [A-Z][\\w.]*)? County|State of [A-Z][\\w]*(?: [A-Z][\\w]*)?|STATE OF [A-Z]+(?: [A-Z]+)?"
      + "|" + NAME_WORD + "(?: " + NAME_WORD + "){0,3}"
      + " (?:Police Department|Police Bureau|Sheriff's Office|Sheriff's Department"
      + "|(?:Unified |Independent |Public |Community |Union |Consolidated )?School District(?: No\\.? ?\\d+)?"
      + "|Public Schools|Board of Education)"
      // a policy manual's running header: "PHOENIX POLICE DEPARTMENT"
      + "|[A-Z][A-Z.]*(?: [A-Z][A-Z.]*){0,3}"
      + " (?:POLICE DEPARTMENT|POLICE BUREAU|SHERIFF'S OFFICE|SHERIFF'S DEPARTMENT|SCHOOL DISTRICT|PUBLIC SCHOOLS))");
  /** A state's name (one to three words) before the name of its compiled statutes. */
  private static final Pattern STATUTES = Pattern.compile("\\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?)\\s+(?:Revised\\s+"
      + "Statutes|General\\s+Statutes|Compiled\\s+Statutes|Statutes|Code\\s+Annotated|Consolidated\\s+Laws)\\b");
  /** An indefinite article just before a name: the words describe a kind of thing, not a place. */
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?:^|\\s)(?:a|an|A|An)\\s+$");
  /** How code libraries title their pages: "Columbus, OH", "East Chicago, IN Code of Ordinances". */
  private static final Pattern TITLE_PLACE = Pattern.compile(
      "(?:^|[|:•·–—-]\\s*)([A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3}), ([A-Z]{2})\\b");
  private static final Pattern URL = Pattern.compile("https?://[^\\s;,)\\]]+");
  private static final Map<String, String> STATES = states();
  /** Each state's name as a whole-word pattern, compiled once. */
  private static final Map<String, Pattern> STATE_NAMES = stateNames();
  private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^)]*)\\)\\s*$");
  private static final Pattern LEADING_PARENS = Pattern.compile("^\\(([^)]*)\\)");

  private Metadata() {}

  /** The names of code libraries and document systems, whose pages are titled by the site, not the law. */
  private static final Pattern SITE = Pattern.compile(
      "online\\s+library|code\\s+of\\s+ordinances|municode|american\\s+legal|ecode\\s*360|laserfiche|weblink"
          + "|code\\s*library|county\\.codes|legistar|general\\s+code", Pattern.CASE_INSENSITIVE);

  /**
   * Tells whether a page title is a code library's or a document system's own name ("American Legal Publishing -
   * Online Library | Berwyn, IL"), which says where the law is published, not what it is.
   *
   * @param pageTitle a web page's title
   * @return true when it names the site
   */
  public static boolean namesASite(String pageTitle) {
    return SITE.matcher(pageTitle).find();
  }

  /** The title: the header's TITLE, else the page's title, else the first heading, else the file's name. */
  public static String title(Map<String, String> header, Optional<String> pageTitle, Optional<String> heading,
      String fileName) {
    String title = Optional.ofNullable(header.get("TITLE")).map(t -> t.replace('\n', ' '))
        .or(() -> pageTitle).or(() -> heading).orElse(fileName);
    title = title.replaceAll("\\s+", " ").strip();
    return title.isEmpty() ? fileName : title;
  }

  /**
   * The jurisdiction: the one named on the command line, else the header's JURISDICTION, else the first place
   * named in the title or the text ("City of Chicago", "King County", "State of California").
   */
  public static Optional<Place> place(Optional<String> named, Map<String, String> header, String title,
      String text) {
    if (named.isPresent()) {
      return Optional.of(parse(named.get()));
    }
    String stated = header.get("JURISDICTION");
    if (stated != null && !stated.isBlank()) {
      return Optional.of(parse(stated.lines().findFirst().orElse(stated)));
    }
    Optional<Place> titled = titlePlace(title);
    for (String where : List.of(title, text.length() > 20_000 ? text.substring(0, 20_000) : text)) {
      Optional<Place> compiled = statuteCompilation(where);
      if (compiled.isPresent()) {
        return compiled;
      }
      Matcher m = PLACE.matcher(where);
      boolean found = m.find();
      // "Recognition of a Safe Haven School District": after "a" or "an", words describe; they name no one
      while (found && INDEFINITE_BEFORE.matcher(where.substring(Math.max(0, m.start() - 4), m.start())).find()) {
        found = m.find();
      }
      if (found) {
        String name = m.group(1);
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
          // "PHOENIX POLICE DEPARTMENT", "STATE OF NEW YORK" as names: "Phoenix Police Department", "State of New York"
          name = WordUtils.capitalizeFully(name).replace(" Of ", " of ").replace(" And ", " and ")
              .replace(" The ", " the ").replace(" For ", " for ");
        }
        Place p = parse(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        Optional<String> state = p.state().or(() -> titled.flatMap(Place::state))
            .or(() -> stateNamedIn(where.substring(m.end(), Math.min(where.length(), m.end() + 40))))
            .or(() -> mostNamedState(where));
        return Optional.of(new Place(p.name(), p.level(), state, p.body()));
      }
    }
    return titled;
  }

  /**
   * A state's compiled statutes named as such: "Missouri Revised Statutes", "North Carolina General Statutes",
   * "Florida Statutes chapter 908", "Tennessee Code Annotated": the state is the jurisdiction.
   */
  private static Optional<Place> statuteCompilation(String where) {
    Matcher m = STATUTES.matcher(where);
    while (m.find()) {
      Optional<String> state = stateCode(m.group(1));
      if (state.isPresent()) {
        String name = WordUtils.capitalizeFully(m.group(1).toLowerCase(Locale.ROOT));
        return Optional.of(new Place("State of " + name, Level.STATE, state, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** "Columbus, OH" in a page's title, when the two letters are a state's. */
  private static Optional<Place> titlePlace(String title) {
    Matcher m = TITLE_PLACE.matcher(title);
    while (m.find()) {
      Optional<String> state = stateCode(m.group(2));
      if (state.isPresent()) {
        Place p = parse(m.group(1));
        return Optional.of(new Place(p.name(), p.level(), state, Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** "City of Madison, Wisconsin (Common Council)": name, level, two-letter state, enacting body. */
  static Place parse(String stated) {
    String s = stated.strip();
    Optional<String> body = Optional.empty();
    Matcher paren = TRAILING_PARENS.matcher(s);
    if (paren.find()) {
      body = Optional.of(paren.group(1).strip()).filter(b -> !b.isEmpty());
      s = s.substring(0, paren.start()).strip();
    }
    String name = s;
    Optional<String> state = Optional.empty();
    int comma = s.lastIndexOf(',');
    if (comma > 0) {
      Optional<String> code = stateCode(s.substring(comma + 1).strip());
      if (code.isPresent()) {
        state = code;
        name = s.substring(0, comma).strip();
      }
    }
    Level level = levelOf(name);
    if (level == Level.STATE && state.isEmpty()) {
      state = stateCode(name.replaceFirst("(?i)^(the\\s+)?state\\s+of\\s+", ""));
    }
    return new Place(name, level, state, body);
  }

  /** The standard actor an agency is, when the jurisdiction is one: a police department is {@code police}. */
  public static Optional<String> agencyActor(Place place) {
    if (place.level() != Level.AGENCY) {
      return Optional.empty();
    }
    String n = place.name().toLowerCase(Locale.ROOT);
    return n.contains("sheriff") ? Optional.of("sheriff") : n.contains("police") ? Optional.of("police")
        : n.matches(".*\\b(jail|corrections?|detention)\\b.*") ? Optional.of("jail")
        : n.matches(".*\\b(schools?|school\\s+district|board\\s+of\\s+education)\\b.*") ? Optional.of("schools")
        : Optional.empty();
  }

  static Level levelOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    // a school district is a government of its own, but for whom its rules bind it is one agency: its schools
    // ("Montgomery County Public Schools" is no county)
    if (n.matches(".*\\b(public\\s+schools|school\\s+district|board\\s+of\\s+education)\\b.*")) {
      return Level.AGENCY;
    }
    if (n.startsWith("city and county") || n.matches(".*\\b(city|town|village|borough|township)\\b.*")) {
      return Level.CITY;
    }
    if (n.matches(".*\\b(county|parish)\\b.*")) {
      return Level.COUNTY;
    }
    if (n.startsWith("state of") || n.startsWith("commonwealth of") || STATES.containsKey(n)) {
      return Level.STATE;
    }
    if (n.matches(".*\\b(department|office|sheriff|police|agency|board)\\b.*")) {
      return Level.AGENCY;
    }
    return Level.CITY;
  }

  /** The state named first in the text (a longer name first: "West Virginia" before "Virginia"). */
  private static Optional<String> stateNamedIn(String text) {
    int at = Integer.MAX_VALUE;
    String found = null;
    for (Map.Entry<String, Pattern> e : STATE_NAMES.entrySet()) {
      Matcher m = e.getValue().matcher(text);
      if (m.find() && (m.start() < at || m.start() == at && e.getKey().length() > found.length())) {
        at = m.start();
        found = e.getKey();
      }
    }
    return Optional.ofNullable(found).map(STATES::get);
  }

  /** The state the text names most often, if any. */
  private static Optional<String> mostNamedState(String text) {
    String best = null;
    long bestCount = 0;
    for (Map.Entry<String, Pattern> e : STATE_NAMES.entrySet()) {
      long count = e.getValue().matcher(text).results().count();
      if (count > bestCount) {
        best = STATES.get(e.getKey());
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  static Optional<String> stateCode(String name) {
    String n = name.toLowerCase(Locale.ROOT).strip();
    if (n.matches("[a-z]{2}") && STATES.containsValue(n.toUpperCase(Locale.ROOT))) {
      return Optional.of(n.toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(STATES.get(n));
  }

  /** The type a title suggests: "Resolution ..." is a resolution, "... Code, Chapter ..." an ordinance. */
  public static Optional<LegislationType> type(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("executive order")) {
      return Optional.of(LegislationType.EXECUTIVE_ORDER);
    }
    if (t.contains("resolution")) {
      return Optional.of(LegislationType.RESOLUTION);
    }
    if (t.matches(".*\\b(government code|penal code|statutes?|act|§§)\\b.*") && !t.contains("municipal")) {
      return Optional.of(LegislationType.STATUTE);
    }
    if (t.matches(".*\\b(ordinance|municipal code|administrative code|county code|code|chapter)\\b.*")) {
      return Optional.of(LegislationType.ORDINANCE);
    }
    if (t.matches(".*\\b(policy|procedure|general order|directive|sop)\\b.*")) {
      return Optional.of(LegislationType.POLICY);
    }
    return Optional.empty();
  }

  /** Every http(s) address in the header's SOURCE... lines, with the words around it as its title. */
  public static List<Link> links(Map<String, String> header) {
    List<Link> out = new ArrayList<>();
    for (Map.Entry<String, String> e : header.entrySet()) {
      if (!e.getKey().startsWith("SOURCE")) {
        continue;
      }
      for (String line : e.getValue().split("\n")) {
        Matcher m = URL.matcher(line);
        while (m.find()) {
          String url = m.group();
          String rest = line.substring(m.end()).replaceAll("^[\\s.;,]+", "");
          Matcher paren = LEADING_PARENS.matcher(rest);
          String title = paren.find() ? paren.group(1).strip() : host(url);
          if (out.stream().noneMatch(l -> l.url().equals(url))) {
            out.add(new Link(url, title.isEmpty() ? host(url) : title));
          }
        }
      }
    }
    return out;
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static Map<String, Pattern> stateNames() {
    Map<String, Pattern> names = new java.util.LinkedHashMap<>();
    STATES.keySet().forEach(name -> names.put(name,
        Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)));
    return names;
  }

  private static Map<String, String> states() {
    String[] pairs = ("alabama AL alaska AK arizona AZ arkansas AR california CA colorado CO connecticut CT "
        + "delaware DE florida FL georgia GA hawaii HI idaho ID illinois IL indiana IN iowa IA kansas KS "
        + "kentucky KY louisiana LA maine ME maryland MD massachusetts MA michigan MI minnesota MN mississippi MS "
        + "missouri MO montana MT nebraska NE nevada NV new_hampshire NH new_jersey NJ new_mexico NM new_york NY "
        + "north_carolina NC north_dakota ND ohio OH oklahoma OK oregon OR pennsylvania PA rhode_island RI "
        + "south_carolina SC south_dakota SD tennessee TN texas TX utah UT vermont VT virginia VA washington WA "
        + "west_virginia WV wisconsin WI wyoming WY district_of_columbia DC").split(" ");
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].replace('_', ' '), pairs[i + 1]);
    }
    return map;
  }
}
