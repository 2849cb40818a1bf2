package dev.haven.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeysTest {

  /** The schema's pattern for keys, which the loop replaces. */
  private static final Pattern SCHEMA_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

  @Test
  void lowercaseLettersDigitsAndInnerHyphensAreKeys() {
    assertTrue(Keys.isKey("police"));
    assertTrue(Keys.isKey("c-12"));
    assertTrue(Keys.isKey("x-"));
    assertFalse(Keys.isKey("-x"));
    assertFalse(Keys.isKey(""));
    assertFalse(Keys.isKey(null));
    assertFalse(Keys.isKey("Police"));
    assertFalse(Keys.isKey("c_1"));
    assertFalse(Keys.isKey("é"));
  }

  @Test
  void agreesWithTheSchemasPatternOnRandomTexts() {
    Random random = new Random(7);
    String alphabet = "az09-_A Z.é\n";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(6);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertEquals(SCHEMA_KEY.matcher(text).matches(), Keys.isKey(text), "'" + text + "'");
    }
  }
}
