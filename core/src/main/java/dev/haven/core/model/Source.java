package dev.haven.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A document the set's text is drawn from; clauses cite it by {@link #id()}. */
public record Source(
    String id,
    String title,
    Optional<String> publisher,
    Optional<String> url,
    Optional<LocalDate> date,
    Extensions extensions) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(extensions, "extensions");
  }
}
