package dev.haven.core.model;

import dev.haven.core.vocab.StandardActor;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor that a clause set defines and its clauses name by {@link #key()}.
 *
 * @param key the key clauses name the party by
 * @param name the party's name as the document gives it, e.g. {@code Madison Police Department}
 * @param kind the standard actor this party is, if any; a party keyed by a standard actor's name is that actor
 * @param extensions the party's {@code x-} fields, kept as written
 */
public record Party(ActorKey key, String name, Optional<StandardActor> kind, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param key the key clauses name the party by
   * @param name the party's name as the document gives it, e.g. {@code Madison Police Department}
   * @param kind the standard actor this party is, if any; a party keyed by a standard actor's name is that actor
   * @param extensions the party's {@code x-} fields, kept as written
   */
  public Party {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(extensions, "extensions");
  }

  /** {@return the standard actor this party stands for: its declared kind, or its key when that is a standard name} */
  public Optional<StandardActor> standardActor() {
    return kind.or(key::standard);
  }
}
