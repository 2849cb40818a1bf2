package dev.haven.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.Syntax;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.StandardActor;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

  @Test
  void aVocabularyValueIsOneTermWhereverItIsUsed() {
    assertSame(Term.of(ExceptionGround.FELONY), Term.of(ExceptionGround.FELONY));
    assertEquals(new Term.Known<>(ExceptionGround.FELONY), Term.of(ExceptionGround.FELONY));
  }

  @Test
  void aStandardActorIsOneKeyAndAPartyKeyIsItsOwn() {
    assertSame(ActorKey.of(StandardActor.POLICE), ActorKey.of("police"));
    assertEquals(new ActorKey("mpd"), ActorKey.of("mpd"));
    assertNotSame(ActorKey.of("mpd"), ActorKey.of("mpd"));
    assertThrows(IllegalArgumentException.class, () -> ActorKey.of("Not A Key"));
  }

  @Test
  void twoSetsReadFromTextShareTheirTermsAndStandardActors() {
    String text = """
        format: haven/1
        id: us-zz-test/res-1
        title: Test
        jurisdiction: {name: Town of Test, level: city}
        status: adopted
        clauses:
          - id: ask
            kind: status-non-inquiry
            modality: prohibition
            actors: [police]
            acts: [inquire]
            text: Officers will not ask about immigration status.
        """;
    Clause a = new ClauseSetReader().read("a.yaml", text, Syntax.YAML).clauseSet().clauses().get(0);
    Clause b = new ClauseSetReader().read("b.yaml", text, Syntax.YAML).clauseSet().clauses().get(0);
    assertEquals(a, b);
    assertSame(a.actors().get(0), b.actors().get(0));
    assertSame(((StatusNonInquiry) a).acts().get(0), ((StatusNonInquiry) b).acts().get(0));
  }
}
