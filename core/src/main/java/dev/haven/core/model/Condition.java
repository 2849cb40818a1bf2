package dev.haven.core.model;

import dev.haven.core.vocab.ConditionType;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that must hold before the actor may act (all of a clause's conditions add up, unlike its
 * exceptions, which are alternatives).
 *
 * @param by who must approve; present for {@link ConditionType#APPROVAL}
 */
public record Condition(ConditionType type, Optional<ActorKey> by, Optional<String> text, Extensions extensions) {
  public Condition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(extensions, "extensions");
  }
}
