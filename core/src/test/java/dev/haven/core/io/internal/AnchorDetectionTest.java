package dev.haven.core.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchorDetectionTest {

  /** The rule as a regular expression, as it was first written: the loop must agree with it everywhere. */
  private static final Pattern RULE = Pattern.compile("(?m)(?:^|[\\s\\[{,:-])[&*][^\\s,\\[\\]{}]");

  @Test
  void anchorsAndAliasesWhereANodeMayStartAreFound() {
    assertTrue(TreeReader.mayUseAnchors("base: &defaults\n  a: 1\nother: *defaults\n"));
    assertTrue(TreeReader.mayUseAnchors("&top\nid: x"));
    assertTrue(TreeReader.mayUseAnchors("list: [*a, *b]"));
    assertTrue(TreeReader.mayUseAnchors("- *item"));
  }

  @Test
  void ampersandsAndAsterisksInsideTextAreNot() {
    assertFalse(TreeReader.mayUseAnchors("text: Officers & deputies will not ask.\n"));
    assertFalse(TreeReader.mayUseAnchors("text: see note*\n"));
    assertFalse(TreeReader.mayUseAnchors("text: AT&T and 5*3\n"));
    assertFalse(TreeReader.mayUseAnchors("text: a lone & \n"));
    assertFalse(TreeReader.mayUseAnchors(""));
  }

  @Test
  void theLoopAgreesWithTheRegularExpressionOnRandomText() {
    char[] alphabet = {'&', '*', ' ', '\t', '\n', '\r', '\f', '\u000B', '[', ']', '{', '}', ',', ':', '-', 'a', 'b',
        '\u0085', '\u2028', '\u2029'};
    Random random = new Random(20261121);
    for (int n = 0; n < 200_000; n++) {
      char[] text = new char[random.nextInt(8)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(RULE.matcher(s).find(), TreeReader.mayUseAnchors(s), () -> "text: " + s.replace("\n", "\\n"));
    }
  }
}
