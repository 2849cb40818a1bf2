package dev.haven.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of an ordinance into paragraphs. A blank line ends a paragraph; so does a line that ends a
 * sentence or a lead-in, unless the next line is indented deeper (a wrapped line). A line that starts with an item
 * label, a bullet, a heading or a section number always starts a paragraph. The {@code KEY: value} lines before
 * the first blank line of a text file are its header, not paragraphs.
 */
final class Paragraphs {

  /** A line that opens a unit of its own: an item's label or bullet, a banner, a section, a recital, a RESOLVED. */
  private static final Pattern STARTS_ITEM = Pattern.compile(
      "^(?:\\[|" + Openings.ITEM_LABEL + "\\s|" + Openings.BULLETS + "\\s|=+|§"
          + "|" + Openings.SECTION_WORD + "\\s+(?:\\d|[IVXL]+\\b)|" + Openings.RECITAL + "|" + Openings.RESOLVED + "|"
          + Outline.SECTION_NUMBER + "\\.?\\s)");
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?:page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|-\\s*\\d{1,4}\\s*-|\\d{1,4})", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_KEY = Pattern.compile("^(" + Openings.CAPITAL_KEY + "):\\s*(.*)$");
  /** Keys that open an enactment's own words ("RESOLVED: That ..."), never a header line. */
  private static final Pattern ENACTMENT_KEY = Pattern.compile(
      "(?:" + Openings.RECITAL + "|" + Openings.RESOLVED + "|ORDERED|ENACTED|SECTION \\d+)");
  /** "(2) “IMMIGRATION ENFORCEMENT AGREEMENT” INCLUDES AN": a line ending in such a word goes on, whatever its case. */
  private static final Pattern ENDS_IN_FUNCTION_WORD = Pattern.compile(
      "\\b(?:a|an|the|of|to|and|or|nor|in|for|with|by|on|at|from|that|which|who|any|all|its|their|shall|may|must|will"
          + "|is|are|be|not)$", Pattern.CASE_INSENSITIVE);
  /** "... “AGREEMENT” INCLUDES AN AGREEMENT MADE": a verb that says what a thing is or must do, in no title. */
  private static final Pattern STATES_SOMETHING = Pattern.compile(
      "\\b(?:means|includes|shall|must)\\b", Pattern.CASE_INSENSITIVE);
  /** Words that go on a sentence: a small letter that is not an item's label ("of this policy", not "ii. Shall"). */
  private static final Pattern SENTENCE_GOES_ON = Pattern.compile("[a-z](?![a-z]{0,4}[.)]\\s)");
  private static final Pattern ENDS_UNIT = Pattern.compile(".*(?:[.:;?!\\])]|\\.\"|\\.”|;\\s*(?:or|and))$");

  /** An item's label that a letter or a number says the place of: "b)", "(b)", "2.", "(2)". */
  private static final Pattern SEQUENCED_LABEL = Pattern.compile("^(\\(?)([a-z]|\\d{1,2})([.)])\\s");

  private Paragraphs() {}

  /**
   * Whether a line's item goes on a list that began inside the paragraph being joined: "... unless one of the
   * following apply: a) The individual has been convicted ...;" then "b) The individual ...; c) ..." on the next
   * line, where a page or a quote ran the list into its lead-in and only a line's wrap put one item first.
   */
  static boolean continuesRunInList(CharSequence paragraph, String line) {
    Matcher label = SEQUENCED_LABEL.matcher(line);
    if (!label.find()) {
      return false;
    }
    String place = label.group(2);
    String before = Character.isDigit(place.charAt(0)) ? String.valueOf(Integer.parseInt(place) - 1)
        : String.valueOf((char) (place.charAt(0) - 1));
    if (before.equals("0") || before.equals("`")) {
      return false;
    }
    String earlier = Pattern.quote(label.group(1) + before + label.group(3));
    return Pattern.compile("[:;]\\s+" + earlier + "\\s").matcher(paragraph).find()
        && !Pattern.compile("^" + earlier + "\\s").matcher(paragraph).find();
  }

  /** Whether a line ends a sentence, an item or a lead-in, so that the next line need not go on from it. */
  static boolean endsUnit(String line) {
    return ENDS_UNIT.matcher(line).matches();
  }

  /**
   * What a line is to the paragraph being joined. {@link #roleOf} decides it from the line and the words joined so
   * far, in one ordered table; {@link #of} then acts as the role says.
   */
  private enum LineRole {
    /** A blank line inside a sentence, as a PDF turned into text prints one: skipped. */
    BLANK_INSIDE_SENTENCE,
    /** A blank line: ends the paragraph. */
    BLANK,
    /** A heading line or a {@code === ... ===} banner: ends the paragraph and is one of its own. */
    HEADING,
    /** A page's number ("Page 2 of 5") between paragraphs: left out of both. */
    PAGE_NUMBER_BETWEEN,
    /** A page's number inside a sentence: kept, so that the sentence stays one span of the input. */
    PAGE_NUMBER_INSIDE,
    /** A line that goes on the paragraph: a wrapped line. */
    GOES_ON,
    /** A line that starts a paragraph: an item, a section, or words after a sentence's or a lead-in's end. */
    STARTS
  }

  /** The joining's state that a line's role depends on, besides the line itself. */
  private static final class Joining {
    /** The last line joined to the paragraph ("" after a break). */
    String previous = "";
    /** The indent of the paragraph's first line. */
    int indent;
    /** Whether the last line went on a numbered bill's sentence (so it is no title, capitals and all). */
    boolean previousWentOnInBill;
  }

  private static LineRole roleOf(SourceLine line, List<SourceLine> lines, int i, CharSequence text, Joining state) {
    boolean banner = Outline.BANNER.matcher(line.text()).matches() || line.text().startsWith("===");
    if (line.isBlank() && text.length() > 0 && goesOnAcrossBlank(state.previous, nextWithWords(lines, i))) {
      return LineRole.BLANK_INSIDE_SENTENCE; // "... provides supervision to" / "" / "clients sentenced to ..."
    }
    if (line.heading() || banner || text.length() > 0 && namesItemsAfterAnItem(line.text(), text)) {
      return LineRole.HEADING;
    }
    if (line.isBlank()) {
      return LineRole.BLANK;
    }
    if (PAGE_FURNITURE.matcher(line.text()).matches()) {
      return text.length() == 0 || ENDS_UNIT.matcher(state.previous).matches() ? LineRole.PAGE_NUMBER_BETWEEN
          : LineRole.PAGE_NUMBER_INSIDE;
    }
    return text.length() > 0 && goesOn(line, text, state) ? LineRole.GOES_ON : LineRole.STARTS;
  }

  /**
   * Whether a line goes on the paragraph: a wrapped line does; a line after a lead-in (":") or after a short title
   * line does not (a numbered bill's line that went on a sentence is no title, capitals and all: "ENFORCEMENT
   * AGREEMENT, OR A SERVICE"), nor does one that starts an item.
   */
  private static boolean goesOn(SourceLine line, CharSequence text, Joining state) {
    String previous = state.previous;
    return continuesRunInList(text, line.text())
        || !STARTS_ITEM.matcher(line.text()).find()
            && !Outline.endsWithColon(previous) && (!isTitleLine(previous) || state.previousWentOnInBill)
            && (line.indent() > state.indent || !ENDS_UNIT.matcher(previous).matches()
                || Sentences.endsInAbbreviation(previous)
                || SENTENCE_GOES_ON.matcher(line.text()).lookingAt() && !endsSentenceOrItem(previous));
  }

  static List<Paragraph> of(List<SourceLine> lines, Map<String, String> header, boolean titleLinesAreHeadings) {
    int start = readHeader(lines, header);
    Joiner joined = new Joiner(lines, titleLinesAreHeadings);
    StringBuilder text = joined.text;
    Joining state = new Joining();
    for (int i = start; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      LineRole role = roleOf(line, lines, i, text, state);
      switch (role) {
        case BLANK_INSIDE_SENTENCE -> {
          continue;
        }
        case BLANK, HEADING -> {
          joined.flush();
          if (role == LineRole.HEADING) {
            joined.heading(line);
          }
          state.previous = "";
          continue;
        }
        case PAGE_NUMBER_BETWEEN -> {
          joined.flush();
          joined.leaveOut(line);
          state.previous = "";
          continue;
        }
        case PAGE_NUMBER_INSIDE -> {
          text.append(' ').append(line.text());
          continue;
        }
        case STARTS -> {
          joined.start(line);
          state.indent = line.indent();
        }
        case GOES_ON -> {
          text.append(' ');
          if (!line.margin().isEmpty()) {
            text.append('\n').append(line.margin()).append(' '); // kept, marked: see LineNumbers
          }
        }
      }
      state.previousWentOnInBill = role == LineRole.GOES_ON && !line.margin().isEmpty();
      text.append(line.text());
      state.previous = line.text();
    }
    joined.flush();
    return joined.out;
  }

  /**
   * The paragraphs joined so far and the one being joined. What the input has between two paragraphs that neither
   * holds (a bill's line number in the margin, a page number) is kept as the next one's {@link Paragraph#before},
   * so that a clause running over both still quotes the input without a gap.
   */
  private static final class Joiner {
    final List<Paragraph> out = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    private final StringBuilder leftOut = new StringBuilder();
    private final List<SourceLine> lines;
    private final boolean titleLinesAreHeadings;
    private int first;
    private String before = "";

    Joiner(List<SourceLine> lines, boolean titleLinesAreHeadings) {
      this.lines = lines;
      this.titleLinesAreHeadings = titleLinesAreHeadings;
    }

    /** Ends the paragraph being joined, if any, and starts one with {@code line}'s words still to be appended. */
    void start(SourceLine line) {
      flush();
      first = line.number();
      before = takeBefore(line);
    }

    void heading(SourceLine line) {
      out.add(new Paragraph(line.text(), line.number(), true, line.level(), takeBefore(line)));
    }

    void leaveOut(SourceLine line) {
      leftOut.append(line.margin().isEmpty() ? "" : "\n" + line.margin() + " ").append(line.text()).append(' ');
    }

    void flush() {
      if (text.length() > 0) {
        boolean heading = titleLinesAreHeadings ? isHeadingLine(text, lines, first) : namesAPart(text);
        // runs of whitespace collapse to one space, except the line break that marks a line number
        out.add(new Paragraph(text.toString().replaceAll("[\\s&&[^\\n]]+", " ").strip(), first, heading, 0, before));
        text.setLength(0);
      }
    }

    private String takeBefore(SourceLine line) {
      String margin = line.margin().isEmpty() ? "" : "\n" + line.margin();
      String taken = margin.isEmpty() ? leftOut.toString().strip() : leftOut + margin;
      leftOut.setLength(0);
      return taken;
    }
  }

  /**
   * "Findings", "SUSTAINING A SAFE, INCLUSIVE AND WELCOMING CITY": a title line alone, without a label, is a heading
   * in a text file as an {@code <h2>} is in a web page.
   */
  private static boolean isHeadingLine(StringBuilder text, List<SourceLine> lines, int first) {
    String t = text.toString().strip();
    return !t.isEmpty() && first >= 1 && first <= lines.size() && lines.get(first - 1).text().equals(t)
        && isTitleLine(t) && !STARTS_ITEM.matcher(t).find() && !t.contains(": ");
  }

  /** "Purpose and intent", "Definitions" alone in a web page's paragraph: the name of a part, so a heading. */
  private static boolean namesAPart(StringBuilder text) {
    return Outline.NAMED_PART.matcher(text.toString().strip()).matches();
  }

  /** "Enforcement of Immigration Laws": a few capitalised words without a final stop, alone on a line. */
  static boolean isTitleLine(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length == 0 || words.length > 8 || ENDS_UNIT.matcher(line).matches() || line.endsWith(",")
        || ENDS_IN_FUNCTION_WORD.matcher(line).find() || STATES_SOMETHING.matcher(line).find()) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        capitalised++;
      }
    }
    int first = 0;
    while (first < line.length() && !Character.isLetter(line.charAt(first))) {
      first++;
    }
    return first < line.length() && Character.isUpperCase(line.charAt(first)) && capitalised * 3 >= words.length * 2;
  }

  /**
   * "- ... constitute immigration enforcement" then "Access to Schools:": a few capitalised words and a colon after an
   * item are a heading, the name of the items that follow; not the item's last words, even where the item has no
   * final stop, nor a lead-in whose words would be read as part of each item's rule.
   */
  private static boolean namesItemsAfterAnItem(String line, CharSequence paragraph) {
    String t = line.strip();
    return t.endsWith(":") && isTitleLine(t.substring(0, t.length() - 1)) && STARTS_ITEM.matcher(paragraph).find();
  }

  /**
   * Whether a blank line between {@code previous} and {@code next} falls inside a sentence, as PDFs turned into text
   * print them: the words before it stop short (on a comma, "to", "the") or the words after it go on in small letters;
   * never before an item, after a lead-in, at a sentence's end or after a list's "; or".
   */
  private static boolean goesOnAcrossBlank(String previous, Optional<SourceLine> next) {
    if (next.isEmpty() || next.get().heading() || previous.isEmpty() || Outline.endsWithColon(previous)
        || endsSentenceOrItem(previous) || STARTS_ITEM.matcher(next.get().text()).find()) {
      return false;
    }
    return previous.endsWith(",") || ENDS_IN_FUNCTION_WORD.matcher(previous).find()
        || SENTENCE_GOES_ON.matcher(next.get().text()).lookingAt();
  }

  /**
   * "... release.", "...;", "...; or": words after which the next line starts anew, whatever its case; not "...
   * section 1(a)", whose next line goes on in small letters.
   */
  private static boolean endsSentenceOrItem(String words) {
    return words.matches(".*[.;!?][\"”')\\]]*$") || Outline.endsWithAlternative(words);
  }

  private static Optional<SourceLine> nextWithWords(List<SourceLine> lines, int from) {
    for (int i = from + 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return Optional.of(lines.get(i));
      }
    }
    return Optional.empty();
  }

  /** Reads the leading {@code KEY: value} lines (with their indented continuations); returns where the body starts. */
  private static int readHeader(List<SourceLine> lines, Map<String, String> header) {
    int i = 0;
    String key = null;
    for (; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.isBlank()) {
        break;
      }
      Matcher m = HEADER_KEY.matcher(line.text());
      if (line.indent() == 0 && m.matches() && !line.heading() && !ENACTMENT_KEY.matcher(m.group(1)).matches()) {
        key = m.group(1).strip();
        header.merge(key, m.group(2).strip(), (a, b) -> a + "\n" + b);
      } else if (key != null && line.indent() > 0) {
        header.merge(key, line.text(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
      } else {
        break;
      }
    }
    return key == null ? 0 : i;
  }
}
