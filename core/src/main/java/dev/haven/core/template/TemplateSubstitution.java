package dev.haven.core.template;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * Replaces {@code ${name}} placeholders by parameter values, and does nothing else.
 *
 * <p>Why so restricted: templates come from other people. commons-text's default interpolator can read
 * environment variables, system properties, files and URLs, run scripts and resolve DNS names, and a value that
 * itself holds {@code ${…}} would be expanded again. Here the only lookup is a plain map, values are inserted
 * literally, names cannot be built from other placeholders, and {@code ${a:-b}} is not a default but an unknown
 * name. {@code $${name}} stays as the literal text {@code ${name}}.
 */
public final class TemplateSubstitution {

  private final StringSubstitutor substitutor;

  private TemplateSubstitution(Map<String, String> values) {
    substitutor = new StringSubstitutor(StringLookupFactory.INSTANCE.mapStringLookup(Map.copyOf(values)));
    substitutor.setDisableSubstitutionInValues(true);
    substitutor.setEnableSubstitutionInVariables(false);
    substitutor.setValueDelimiterMatcher(null);
    substitutor.setEnableUndefinedVariableException(true);
  }

  /**
   * A substitution of exactly these values.
   *
   * @param values the values by parameter name
   * @return the substitution
   */
  public static TemplateSubstitution of(Map<String, String> values) {
    return new TemplateSubstitution(values);
  }

  /**
   * The text with every placeholder replaced.
   *
   * @param text a template text
   * @return the text with every placeholder replaced
   * @throws IllegalArgumentException when the text names a placeholder that has no value; a template that
   *     validated and an adaptation that checked its parameters never meet this
   */
  public String apply(String text) {
    return text.indexOf('$') < 0 ? text : substitutor.replace(text);
  }
}
