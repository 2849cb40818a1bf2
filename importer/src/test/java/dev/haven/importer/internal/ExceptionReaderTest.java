package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.vocab.ExceptionGround;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionReaderTest {

  private static List<ExceptionGround> grounds(String words) {
    return new ExceptionReader(RuleBook.defaults()).grounds(words, new ArrayList<>(), "test").stream()
        .map(DraftClause.Ground::ground).toList();
  }

  @Test
  void theNarrowestGroundTheWordsNameIsTheOneTheyGive() {
    assertEquals(List.of(ExceptionGround.VIOLENT_FELONY), grounds("unless convicted of a violent felony"));
    assertEquals(List.of(ExceptionGround.FELONY), grounds("unless the person has been charged with a felony"));
    assertEquals(List.of(ExceptionGround.JUDICIAL_WARRANT), grounds("except on a judicial warrant"));
  }

  @Test
  void aBroaderGroundNamedInWordsOfItsOwnIsKept() {
    assertEquals(List.of(ExceptionGround.FELONY, ExceptionGround.SERIOUS_CRIME),
        grounds("unless the person committed a felony or another serious crime"));
    assertEquals(List.of(ExceptionGround.COURT_ORDER, ExceptionGround.JUDICIAL_WARRANT),
        grounds("except on a judicial warrant or a court order"));
  }

  @Test
  void groundsNamedByWhatAnInvestigationIsOfOrByTheLawThatAllowsThem() {
    // the investigation is the ground, and what it is of a second one
    assertEquals(List.of(ExceptionGround.SERIOUS_CRIME, ExceptionGround.CRIMINAL_INVESTIGATION),
        grounds("unless doing so is necessary to the ongoing investigation of a serious offense"));
    assertEquals(List.of(ExceptionGround.CRIMINAL_INVESTIGATION),
        grounds("unless doing so is necessary to the investigation of an offense"));
    assertEquals(List.of(ExceptionGround.CRIMINAL_INVESTIGATION), grounds("unless a criminal violation was reported"));
    assertEquals(List.of(ExceptionGround.REQUIRED_BY_LAW),
        grounds("unless authorized by the Family Educational Rights and Privacy Act"));
  }
}
