package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.Clause;
import dev.haven.core.model.DefinedTerm;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.GeneralProvision;
import org.jsoup.Jsoup;

/**
 * The promise that a draft invents no text, checked as a reader outside the project would check it: every quoted
 * piece of a draft is found in the input's visible text, runs of whitespace read as one space.
 */
final class VerbatimSpans {

  private VerbatimSpans() {}

  /** The input as a reader sees it: a page's text as jsoup gives it (no list bullets), whitespace as one space. */
  static String visibleText(String input, boolean html) {
    String text = html ? Jsoup.parse(input).body().text() : input;
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  /**
   * Fails, naming {@code where}, if a clause's text, an exception's or a definition's words, or a recital is not a
   * span of {@code visible}.
   */
  static void assertQuoted(ImportResult result, String visible, String where) {
    for (Clause c : result.set().clauses()) {
      assertSpan(visible, c.text(), where + ": clause " + c.id());
      // the notes quote the input too ("read with its lead-in: ..."): nothing of the importer's own marks in them
      String notes = c.core().notes().orElse("");
      assertFalse(notes.codePoints().anyMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE),
          where + ": clause " + c.id() + " has a private-use character in its notes: " + notes);
      for (Exemption e : c.core().exceptions()) {
        String text = e.text().orElseThrow(() -> new AssertionError(where + ": an exception of " + c.id()
            + " quotes no words"));
        assertSpan(visible, text, where + ": an exception of " + c.id());
      }
      if (c instanceof GeneralProvision g) {
        for (DefinedTerm t : g.terms()) {
          assertSpan(visible, t.text(), where + ": the definition of " + t.term());
        }
      }
    }
    result.set().recitals().forEach(r -> assertSpan(visible, r, where + ": a recital"));
  }

  private static void assertSpan(String visible, String quoted, String what) {
    assertTrue(visible.contains(quoted), what + " is not a span of the input: " + quoted);
  }
}
