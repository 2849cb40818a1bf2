package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The protection-impact rules of format haven/1, in one place. */
final class ImpactRules {

  private ImpactRules() {}

  /**
   * True for a clause that binds in the protected person's favour: a prohibition or obligation, or a
   * cooperation condition (which limits cooperation) unless it obliges cooperation. Growing such a clause's
   * reach strengthens the protection; a permission or recommendation binds no one, and a general provision
   * frames rather than protects.
   */
  static boolean isProtective(Clause c) {
    if (c.kind() == ClauseKind.GENERAL_PROVISION) {
      return false;
    }
    Optional<Modality> m = c.modality();
    if (c.kind() == ClauseKind.COOPERATION_CONDITION) {
      return m.filter(x -> x == Modality.OBLIGATION).isEmpty();
    }
    return m.filter(x -> x == Modality.PROHIBITION || x == Modality.OBLIGATION).isPresent();
  }

  /** The impact of a clause appearing; disappearing has the opposite impact. */
  static Impact ofAdding(Clause c) {
    if (isProtective(c)) {
      return Impact.STRENGTHENS;
    }
    if (compelsCooperation(c)) {
      return Impact.WEAKENS;
    }
    return Impact.NEUTRAL;
  }

  /** Why a clause appearing ({@code added}) or disappearing has its impact. */
  static String reasonFor(Clause c, boolean added) {
    String verb = added ? "added" : "removed";
    if (allowsCooperation(c)) {
      // not "a binding permission": it binds by confining cooperation to its grounds
      return added ? "a cooperation condition added: cooperation only on its grounds"
          : "a cooperation condition removed: cooperation no longer confined to its grounds";
    }
    if (isProtective(c)) {
      return "a binding " + c.modality().map(Modality::wireName).orElse("clause") + " " + verb;
    }
    if (compelsCooperation(c)) {
      return "an obligation to cooperate " + verb;
    }
    return c.kind() == ClauseKind.GENERAL_PROVISION ? "a general provision " + verb
        : "a " + c.modality().map(Modality::wireName).orElse("clause") + " binds no one; " + verb;
  }

  /** A cooperation condition that allows (rather than forbids or compels) cooperation on its grounds. */
  private static boolean allowsCooperation(Clause c) {
    return c.kind() == ClauseKind.COOPERATION_CONDITION && c.modality().filter(m -> m == Modality.PERMISSION)
        .isPresent();
  }

  private static boolean compelsCooperation(Clause c) {
    return c.kind() == ClauseKind.COOPERATION_CONDITION && c.modality().filter(m -> m == Modality.OBLIGATION)
        .isPresent();
  }

  /**
   * Binding force: prohibition and obligation above recommendation above permission. For a cooperation
   * condition, an obligation (must cooperate) is the weakest of all.
   */
  static int rank(ClauseKind kind, Modality m) {
    if (kind == ClauseKind.COOPERATION_CONDITION && m == Modality.OBLIGATION) {
      return -1;
    }
    return switch (m) {
      case PROHIBITION, OBLIGATION -> 2;
      case RECOMMENDATION -> 1;
      case PERMISSION -> 0;
    };
  }

  /**
   * Compares grounds that let something through (exceptions to a protection, or grounds for cooperation):
   * a ground gained weakens, a ground lost strengthens, a ground replaced by a narrower one strengthens and
   * by a broader one weakens. Adds one impact and one reason per part.
   */
  static void compareGrounds(List<String> removed, List<String> added, List<Impact> impacts, List<String> reasons) {
    List<String> unmatchedRemoved = new ArrayList<>(removed);
    for (String a : added) {
      Optional<ExceptionGround> newGround = Vocabularies.find(ExceptionGround.class, a);
      String pairedWith = null;
      for (String r : unmatchedRemoved) {
        Optional<ExceptionGround> oldGround = Vocabularies.find(ExceptionGround.class, r);
        if (newGround.isPresent() && oldGround.isPresent()) {
          if (newGround.get().isWithin(oldGround.get())) {
            impacts.add(Impact.STRENGTHENS);
            reasons.add(r + " narrowed to " + a);
            pairedWith = r;
            break;
          }
          if (oldGround.get().isWithin(newGround.get())) {
            impacts.add(Impact.WEAKENS);
            reasons.add(r + " broadened to " + a);
            pairedWith = r;
            break;
          }
        }
      }
      if (pairedWith != null) {
        unmatchedRemoved.remove(pairedWith);
      } else {
        impacts.add(Impact.WEAKENS);
        reasons.add(a + " added");
      }
    }
    for (String r : unmatchedRemoved) {
      impacts.add(Impact.STRENGTHENS);
      reasons.add(r + " removed");
    }
  }
}
