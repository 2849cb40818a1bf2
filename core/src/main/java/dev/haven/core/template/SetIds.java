package dev.haven.core.template;

import dev.haven.core.model.Jurisdiction;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes set ids in the style of the seeds: {@code us-wi-madison/res-2017-safe-haven}. */
public final class SetIds {

  // "City of Madison" is filed as madison, as the seeds do; a county keeps its word ("dane-county").
  private static final Pattern MUNICIPAL_PREFIX =
      Pattern.compile("^(city|village|town|township|borough|municipality|city and county) of\\s+",
          Pattern.CASE_INSENSITIVE);

  private SetIds() {}

  /** {@code COUNTRY-STATE-PLACE/NAME}, where NAME is the last part of the template's id. */
  static String forAdaptation(Jurisdiction jurisdiction, String templateId) {
    return of(jurisdiction, templateId.substring(templateId.lastIndexOf('/') + 1));
  }

  /**
   * {@code COUNTRY-STATE-PLACE/NAME}, e.g. {@code us-wi-madison/res-2017} for the City of Madison in WI.
   *
   * @param jurisdiction the set's jurisdiction
   * @param name the instrument's short name
   * @return the id
   */
  public static String of(Jurisdiction jurisdiction, String name) {
    String place = slug(MUNICIPAL_PREFIX.matcher(jurisdiction.name().strip()).replaceFirst(""));
    String prefix = jurisdiction.country().toLowerCase(Locale.ROOT)
        + jurisdiction.state().map(s -> "-" + slug(s)).orElse("");
    return prefix + (place.isEmpty() ? "" : "-" + place) + "/" + name;
  }

  /**
   * Lowercase ASCII letters and digits joined by single hyphens.
   *
   * @param text any text
   * @return the text as a slug (accents dropped)
   */
  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
