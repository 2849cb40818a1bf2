package dev.haven.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ${name}} in a template's text, to be replaced by a parameter's value when the template is adapted.
 * {@code $${name}} is an escaped, literal {@code ${name}}.
 *
 * @param name what is between the braces, as written (it may not be a valid name; see {@link #isPlain()})
 * @param start where the {@code $} is in the text
 */
public record Placeholder(String name, int start) {

  /** Parameter names: plain words, never expressions or lookups such as {@code env:HOME}. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  // As commons-text's StringSubstitutor reads them: a '$' right before "${" escapes it.
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");

  /** {@return whether the name is a plain parameter name rather than an expression or lookup} */
  public boolean isPlain() {
    return NAME.matcher(name).matches();
  }

  /** {@return how the placeholder is written} */
  public String written() {
    return "${" + name + "}";
  }

  /**
   * The placeholders in {@code text}, in order; escaped ones ({@code $${x}}) are text, not placeholders.
   *
   * @param text a template text
   * @return the placeholders in the text, in order
   */
  public static List<Placeholder> in(String text) {
    if (text.indexOf("${") < 0) {
      return List.of();
    }
    List<Placeholder> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(new Placeholder(m.group(1), m.start()));
    }
    return List.copyOf(found);
  }
}
