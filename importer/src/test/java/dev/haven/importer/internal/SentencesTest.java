package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void theModelEndsSentencesAtTheirStops() {
    assertEquals(List.of("Officers shall not ask about status.", "The jail shall not hold anyone on a detainer."),
        Sentences.split("Officers shall not ask about status. The jail shall not hold anyone on a detainer."));
  }

  @Test
  void citationsAndItemLettersEndNoSentence() {
    assertEquals(1, Sentences.split("Nothing prohibits sending information under 8 U.S.C. Sec. 1373 to ICE.").size());
    assertEquals(1, Sentences.split("A warrant is required prior to a. Detaining a person or b. Transporting them.")
        .size());
  }

  @Test
  void aStopBeforeASmallLetterEndsNoSentence() {
    assertEquals(1, Sentences.split("?Resident? means a person who lives in the County.").size());
  }

  @Test
  void everySpanIsVerbatimAndTrimmed() {
    String text = "  First rule applies.   Second rule applies too.  ";
    for (int[] span : Sentences.spans(text)) {
      String s = text.substring(span[0], span[1]);
      assertEquals(s.strip(), s);
    }
  }
}
