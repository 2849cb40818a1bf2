package dev.haven.importer.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of an ordinance the importer reads as one provision: a numbered item, a paragraph, a RESOLVED clause.
 * Its words are the span {@code [start, end)} of the document's text, so whatever the importer writes of it is
 * verbatim by construction.
 *
 * @param locator where it is: the section number and the item labels, e.g. {@code 2-173-020(a)(1)(A)}
 * @param heading the heading of the section it is in ("" when none)
 * @param leadIns the words that lead into it, outermost first: the parents of a list item ("no agency shall:")
 * @param text its own words, without its label
 * @param start where its words start in {@link Outline#text()}
 * @param end where its words end
 * @param line the input line it starts on
 * @param listItem whether it is an item of a list (numbered or following a lead-in), not a free paragraph
 * @param paraphrase whether the input marks its section as a paraphrase or summary, not the law's words
 * @param particulars where, in {@code text}, a list of the rule's particulars starts (the documents it names, what
 *     a report holds): what the rule is about is read before it; {@code text.length()} when there is none
 * @param resolved whether it is a RESOLVED clause (or an item of one), which binds as the body's resolution even
 *     without a modal verb
 * @param terms the terms it defines that the input prints on lines of their own, each with its definition
 */
public record Provision(String locator, String heading, List<String> leadIns, String text, int start, int end,
    int line, boolean listItem, boolean paraphrase, int particulars, boolean resolved, Map<String, String> terms) {

  public Provision {
    // the rules read the words without a bill's line numbers; the offsets still point into the verbatim text
    leadIns = leadIns.stream().map(LineNumbers::blank).toList();
    text = LineNumbers.blank(text);
    terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms)); // in the input's order
  }

  /** A provision with no list of particulars. */
  public Provision(String locator, String heading, List<String> leadIns, String text, int start, int end, int line,
      boolean listItem, boolean paraphrase) {
    this(locator, heading, leadIns, text, start, end, line, listItem, paraphrase, text.length(), false, Map.of());
  }

  /** The lead-ins and the text, as one reads the provision. */
  public String inContext() {
    return leadIns.isEmpty() ? text : String.join(" ", leadIns) + " " + text;
  }
}
