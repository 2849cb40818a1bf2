package dev.haven.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document the set's text is drawn from; clauses cite it by {@link #id()}.
 *
 * @param id the id clauses cite the source by
 * @param title the document's title
 * @param publisher who published it, when known
 * @param url where to read it, when it is online
 * @param date when it was published, when known
 * @param notes what an editor should know of the source: why it has no URL, which parts are verbatim
 * @param extensions the source's {@code x-} fields, kept as written
 */
public record Source(
    String id,
    String title,
    Optional<String> publisher,
    Optional<String> url,
    Optional<LocalDate> date,
    Optional<String> notes,
    Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param id the id clauses cite the source by
   * @param title the document's title
   * @param publisher who published it, when known
   * @param url where to read it, when it is online
   * @param date when it was published, when known
   * @param notes what an editor should know of the source: why it has no URL, which parts are verbatim
   * @param extensions the source's {@code x-} fields, kept as written
   */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(extensions, "extensions");
  }
}
