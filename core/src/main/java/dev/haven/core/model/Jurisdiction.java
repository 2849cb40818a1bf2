package dev.haven.core.model;

import dev.haven.core.vocab.Level;
import java.util.Objects;
import java.util.Optional;

/**
 * The government whose instrument a clause set is.
 *
 * @param name the formal name, e.g. {@code City of Madison}
 * @param level city, county, state…
 * @param state a two-letter US state or another region code
 * @param country an ISO 3166-1 alpha-2 code; {@code US} when a file does not say
 * @param extensions the jurisdiction's {@code x-} fields, kept as written
 */
public record Jurisdiction(String name, Level level, Optional<String> state, String country, Extensions extensions) {

  /** The country a file means when it names none. */
  public static final String DEFAULT_COUNTRY = "US";

  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param name the formal name, e.g. {@code City of Madison}
   * @param level city, county, state…
   * @param state a two-letter US state or another region code
   * @param country an ISO 3166-1 alpha-2 code; {@code US} when a file does not say
   * @param extensions the jurisdiction's {@code x-} fields, kept as written
   */
  public Jurisdiction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(extensions, "extensions");
  }
}
