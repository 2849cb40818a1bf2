package dev.haven.core.diff;

import dev.haven.core.vocab.Vocabulary;
import java.util.Collection;

/** What a change does to the protection, judged from the protected person's side. */
public enum Impact implements Vocabulary {
  STRENGTHENS,
  WEAKENS,
  NEUTRAL,
  MIXED;

  /** {@return the impact of undoing the change} */
  public Impact opposite() {
    return switch (this) {
      case STRENGTHENS -> WEAKENS;
      case WEAKENS -> STRENGTHENS;
      case NEUTRAL, MIXED -> this;
    };
  }

  /** The impact of several parts together: neutral parts do not count; parts pulling both ways are mixed. */
  public static Impact combine(Collection<Impact> parts) {
    boolean strengthens = false;
    boolean weakens = false;
    for (Impact part : parts) {
      switch (part) {
        case STRENGTHENS -> strengthens = true;
        case WEAKENS -> weakens = true;
        case MIXED -> {
          return MIXED;
        }
        case NEUTRAL -> {
          // adds nothing either way
        }
      }
    }
    if (strengthens && weakens) {
      return MIXED;
    }
    return strengthens ? STRENGTHENS : weakens ? WEAKENS : NEUTRAL;
  }
}
