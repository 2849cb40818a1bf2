package dev.haven.core.model;

import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Vocabularies;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The name by which a clause refers to whom it binds: a standard actor ({@code police}) or the key of a
 * party the set declares ({@code mpd}).
 *
 * @param value the key as written in files: lowercase letters, digits and {@code -}
 */
public record ActorKey(String value) implements Comparable<ActorKey> {

  private static final Map<String, ActorKey> STANDARD = Arrays.stream(StandardActor.values())
      .collect(Collectors.toUnmodifiableMap(StandardActor::wireName, a -> new ActorKey(a.wireName())));

  /**
   * Checks the key's shape: lowercase letters, digits and {@code -}.
   *
   * @param value the key as written in files: lowercase letters, digits and {@code -}
   */
  public ActorKey {
    if (!Keys.isKey(value)) {
      throw new IllegalArgumentException("not an actor key (lowercase letters, digits and '-'): " + value);
    }
  }

  /**
   * True when {@code text} has the shape of an actor key.
   *
   * @param text a candidate key
   * @return true when {@code text} has the shape of an actor key
   */
  public static boolean isWellFormed(String text) {
    return Keys.isKey(text);
  }

  /** {@return the standard actor with this name, if it is one} */
  public Optional<StandardActor> standard() {
    return Vocabularies.find(StandardActor.class, value);
  }

  /**
   * The key of a standard actor.
   *
   * @param actor a standard actor
   * @return the key naming it
   */
  public static ActorKey of(StandardActor actor) {
    return STANDARD.get(actor.wireName());
  }

  /**
   * The key with this value: for a standard actor, one shared instance, so that the many clauses naming
   * {@code police} hold one key rather than one each.
   *
   * @param value the key as written in files
   * @return the key
   * @throws IllegalArgumentException when {@code value} is not lowercase letters, digits and {@code -}
   */
  public static ActorKey of(String value) {
    ActorKey shared = value == null ? null : STANDARD.get(value);
    return shared != null ? shared : new ActorKey(value);
  }

  @Override
  public int compareTo(ActorKey other) {
    return value.compareTo(other.value);
  }

  // Written out: a record's generated equals and hashCode are bootstrapped through method handles on first use,
  // which costs a short command milliseconds of start-up, and keys are hashed in every file read.
  @Override
  public boolean equals(Object o) {
    return o instanceof ActorKey other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
