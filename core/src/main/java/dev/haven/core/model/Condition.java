package dev.haven.core.model;

import dev.haven.core.vocab.ConditionType;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that must hold before the actor may act (all of a clause's conditions add up, unlike its
 * exceptions, which are alternatives).
 *
 * @param type what kind of condition: approval, judicial warrant, …
 * @param by who must approve; present for {@link ConditionType#APPROVAL}
 * @param text the words of the condition, verbatim where the source has them
 * @param extensions the condition's {@code x-} fields, kept as written
 */
public record Condition(ConditionType type, Optional<ActorKey> by, Optional<String> text, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param type what kind of condition: approval, judicial warrant, …
   * @param by who must approve; present for {@link ConditionType#APPROVAL}
   * @param text the words of the condition, verbatim where the source has them
   * @param extensions the condition's {@code x-} fields, kept as written
   */
  public Condition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(extensions, "extensions");
  }
}
