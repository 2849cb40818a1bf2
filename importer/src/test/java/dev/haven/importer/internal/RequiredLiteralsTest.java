package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

  private static Optional<Set<String>> of(String regex) {
    return RequiredLiterals.of(regex);
  }

  @Test
  void alternativesOfWordsRequireOneOfThem() {
    // "moneys" holds "money": finding the shorter is enough
    assertEquals(Optional.of(Set.of("funds", "monies", "money")),
        of("(?:city\\s+)?(?:funds|moneys|monies|money(?!\\s+launder))"));
  }

  @Test
  void anOptionalLetterGivesBothSpellings() {
    assertEquals(Optional.of(Set.of("mean")), of("means?"));
    // "uses" and "used" hold "use"
    assertEquals(Optional.of(Set.of("use", "using")), of("us(?:e|es|ed|ing)\\w*"));
  }

  @Test
  void aSequenceRequiresItsMostSelectivePart() {
    // "detainer" is longer than any alternative of the first part, so it is the one to look for
    assertEquals(Optional.of(Set.of("detainer")), of("(?:ice|dhs)\\s+detainer\\w*"));
  }

  @Test
  void classesOfAFewLettersAreSpelledOut() {
    assertEquals(Optional.of(Set.of("authorise", "authorize")), of("authori[sz]e"));
  }

  @Test
  void caseIsFoldedAsThePatternsCompareIt() {
    assertEquals(Optional.of(Set.of("ice")), of("ICE"));
  }

  @Test
  void lookAroundsAndBoundariesTakeNoText() {
    assertEquals(Optional.of(Set.of("shall")),
        of("(?<![\\p{L}\\p{N}])(?:(?<=\\bmeans?\\b[^.;]{0,200})shall)(?![\\p{L}\\p{N}])"));
  }

  @Test
  void aBranchThatRequiresNothingMakesTheWholeRequireNothing() {
    assertEquals(Optional.empty(), of("funds|\\w+"));
    assertEquals(Optional.of(Set.of("funds", "ing")), of("funds|\\w+ing"));
    assertEquals(Optional.empty(), of("(?:shall)?\\s*\\w+"));
  }

  @Test
  void whatCannotBeFollowedRequiresNothing() {
    assertEquals(Optional.empty(), of("(?i)funds"));
    assertEquals(Optional.empty(), of("\\Qfunds\\E"));
    assertEquals(Optional.empty(), of("[^a-z]+"));
  }

  @Test
  void literalsTooShortToScreenAreNotRequired() {
    assertEquals(Optional.empty(), of("no|to"));
  }

  @Test
  void repetitionsRequireTheirPartAtLeastOnce() {
    assertEquals(Optional.of(Set.of("raid")), of("(?:raid)+s?"));
    assertEquals(Optional.of(Set.of("hahaha")), of("(?:ha){3}"));
    assertTrue(of("(?:raid){0,3}x").isEmpty());
  }
}
