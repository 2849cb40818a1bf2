package dev.haven.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.haven.core.template.TemplateSubstitution;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any text and values: substitution replaces plain {@code ${name}} placeholders and nothing else. Its only
 * allowed failure is the documented one, a placeholder without a value; it never looks anything up (a value
 * named like a lookup, {@code ${env:HOME}}, is unknown) and never expands a value again.
 */
class TemplateSubstitutionFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void onlyPlainPlaceholdersAreReplacedAndValuesAreInsertedLiterally(FuzzedDataProvider data) {
    Map<String, String> values = new LinkedHashMap<>();
    int count = data.consumeInt(0, 4);
    for (int i = 0; i < count; i++) {
      values.put("p" + i, data.consumeString(40));
    }
    String text = data.consumeRemainingAsString();
    TemplateSubstitution substitution = TemplateSubstitution.of(values);
    String out;
    try {
      out = substitution.apply(text);
    } catch (IllegalArgumentException unknownPlaceholder) {
      return;
    }
    if (text.indexOf('$') < 0) {
      assertEquals(text, out);
    }
    // a value that looks like a placeholder stays as it is
    if (text.equals("${p0}") && values.containsKey("p0")) {
      assertEquals(values.get("p0"), out);
    }
    assertTrue(out.length() <= text.length() + values.values().stream().mapToInt(String::length).sum()
        * Math.max(1, text.length()), "no expansion beyond one value per placeholder");
  }
}
