package dev.haven.core.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void wireNamesAreKebabCaseOfTheConstant() {
    assertEquals("federal-immigration-authorities", StandardActor.FEDERAL_IMMIGRATION_AUTHORITIES.wireName());
    assertEquals("287g-agreement", Activity.AGREEMENT_287G.wireName());
    assertEquals(Optional.of(Activity.AGREEMENT_287G), Vocabularies.find(Activity.class, "287g-agreement"));
  }

  @Test
  void lookupKnowsOnlyTheNamesFilesUse() {
    for (Class<? extends Enum<?>> type : java.util.List.of(Activity.class, ExceptionGround.class, Modality.class,
        StandardActor.class, Information.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String name = ((Vocabulary) constant).wireName();
        assertEquals(Optional.of(constant), find(type, name), name);
      }
    }
    assertEquals(Optional.empty(), Vocabularies.find(Activity.class, "agreement-287g"), "the derived name");
    assertEquals(Optional.empty(), Vocabularies.find(Activity.class, "RAIDS"));
    assertEquals(Optional.empty(), Vocabularies.find(Activity.class, null));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<?> find(Class type, String name) {
    return Vocabularies.find(type, name);
  }

  @Test
  void groundBreadthFollowsTheFormat() {
    assertTrue(ExceptionGround.VIOLENT_FELONY.isWithin(ExceptionGround.FELONY));
    assertTrue(ExceptionGround.VIOLENT_FELONY.isWithin(ExceptionGround.SERIOUS_CRIME));
    assertTrue(ExceptionGround.PREVIOUSLY_DEPORTED_FELON.isWithin(ExceptionGround.PREVIOUSLY_DEPORTED));
    assertTrue(ExceptionGround.JUDICIAL_WARRANT.isWithin(ExceptionGround.COURT_ORDER));
    assertFalse(ExceptionGround.FELONY.isWithin(ExceptionGround.VIOLENT_FELONY));
    assertFalse(ExceptionGround.TERRORISM.isWithin(ExceptionGround.SERIOUS_CRIME));
  }

  @Test
  void extensionsStartWithXDash() {
    assertTrue(Vocabularies.isExtension("x-biometrics"));
    assertFalse(Vocabularies.isExtension("x-"));
    assertFalse(Vocabularies.isExtension("biometrics"));
    assertFalse(Vocabularies.isExtension("x-Bad Value"));
  }

  @Test
  void suggestionsCatchTyposButNotUnrelatedWords() {
    assertEquals(Optional.of("modality"), Suggestions.closest("modalty", java.util.List.of("modality", "actors")));
    assertEquals(Optional.of("federal-immigration-authorities"), Suggestions.closest("federal-immigration",
        Vocabularies.wireNames(StandardActor.class)));
    assertEquals(Optional.empty(), Suggestions.closest("banana", Vocabularies.wireNames(StandardActor.class)));
  }
}
