package dev.haven.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a clause comes from.
 *
 * @param document the id of one of the set's {@link Source}s
 * @param locator where in that document, e.g. {@code "Resolved clause 3"} or {@code "§ 2(a)"}
 * @param quote the words quoted from the source, when the clause text is not itself a quote
 * @param extensions the reference's {@code x-} fields, kept as written
 */
public record SourceRef(String document, Optional<String> locator, Optional<String> quote, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param document the id of one of the set's {@link Source}s
   * @param locator where in that document, e.g. {@code "Resolved clause 3"} or {@code "§ 2(a)"}
   * @param quote the words quoted from the source, when the clause text is not itself a quote
   * @param extensions the reference's {@code x-} fields, kept as written
   */
  public SourceRef {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(extensions, "extensions");
  }
}
