package dev.haven.core.diff;

import dev.haven.core.vocab.Vocabulary;
import java.util.Collection;

/** What a change does to the protection, judged from the protected person's side. */
public enum Impact implements Vocabulary {
  /** The change protects people more: a wider prohibition, a narrower exception, a new protective clause. */
  STRENGTHENS,
  /** The change protects people less: a narrower prohibition, a wider exception, a dropped protective clause. */
  WEAKENS,
  /** The change neither strengthens nor weakens: wording, titles, notes, sources. */
  NEUTRAL,
  /** Parts of the change pull both ways. */
  MIXED;

  /** {@return the impact of undoing the change} */
  public Impact opposite() {
    return switch (this) {
      case STRENGTHENS -> WEAKENS;
      case WEAKENS -> STRENGTHENS;
      case NEUTRAL, MIXED -> this;
    };
  }

  /**
   * The impact of several parts together: neutral parts do not count; parts pulling both ways are mixed.
   *
   * @param parts the impacts of the parts
   * @return the impact of the parts together: neutral parts do not count; parts pulling both ways are mixed
   */
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
