package dev.haven.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateSubstitutionTest {

  private final TemplateSubstitution city = TemplateSubstitution.of(Map.of("city", "City of Example Falls"));

  @Test
  void replacesPlainPlaceholdersByTheirValues() {
    assertEquals("The City of Example Falls welcomes all.", city.apply("The ${city} welcomes all."));
  }

  @Test
  void leavesTextWithoutPlaceholdersAlone() {
    assertEquals("Costs $5 {each}", city.apply("Costs $5 {each}"));
  }

  @Test
  void keepsAnEscapedPlaceholderAsLiteralText() {
    assertEquals("write ${city} for the name", city.apply("write $${city} for the name"));
  }

  /** Each of commons-text's interpolator lookups, which must never be reached from a template. */
  @ParameterizedTest
  @ValueSource(strings = {"env:HOME", "env:PATH", "sys:user.home", "sys:java.version", "script:javascript:1+1",
      "dns:address|localhost", "url:UTF-8:http://127.0.0.1:9/", "file:UTF-8:/etc/passwd", "java:version",
      "localhost:name", "properties:/etc/hosts::x", "base64Decoder:SGVsbG8=", "const:java.lang.Integer.MAX_VALUE",
      "xml:/etc/hosts:/x", "urlDecoder:a%20b"})
  void neverRunsALookup(String lookup) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> city.apply("${" + lookup + "}"));
    assertEquals("Cannot resolve variable '" + lookup + "' (enableSubstitutionInVariables=false).", e.getMessage());
  }

  @Test
  void insertsAValueThatHoldsAPlaceholderLiterally() {
    TemplateSubstitution s = TemplateSubstitution.of(Map.of("city", "${env:HOME}", "state", "${city}"));
    assertEquals("${env:HOME} in ${city}", s.apply("${city} in ${state}"));
  }

  @Test
  void doesNotReadADefaultAfterColonDash() {
    assertThrows(IllegalArgumentException.class, () -> city.apply("${town:-Springfield}"));
  }

  @Test
  void doesNotBuildANameFromAnotherPlaceholder() {
    TemplateSubstitution s = TemplateSubstitution.of(Map.of("a", "b", "b", "secret"));
    assertThrows(IllegalArgumentException.class, () -> s.apply("${${a}}"));
  }
}
