package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.Modality;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HV002: the text says one thing and the modality another ("shall not" filed as a permission, "urges" filed as
 * an obligation).
 *
 * <p>Deliberately conservative: it fires only when the text has a word of a conflicting force and none of the
 * modality's own, because legal drafting says the same thing in many ways ("limits", "is not contingent upon").
 */
final class ModalityWordingRule extends DescribedRule {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Pattern NEGATED_MODAL = Pattern.compile(
      "\\b(shall|must|may|will|should|can|are|is)\\s+(not|never)\\b|\\bcannot\\b|\\bnor\\b|\\bno\\s+\\w+(\\s+\\w+)?\\s+"
          + "(shall|may|will)\\b|\\b(is|are)\\s+(prohibited|forbidden|barred)\\b|\\bprohibit|\\bforbid|\\brefrain",
      FLAGS);
  private static final Pattern NEGATION = Pattern.compile(
      "\\b(not|no|never|nor|neither|none|without|unless|only|solely|except|limit\\w*|restrict\\w*|prohibit\\w*|"
          + "forbid\\w*|refrain\\w*|bar|bars|barred|ban\\w*|den(y|ies|ied)|decline\\w*)\\b", FLAGS);
  private static final Pattern BINDING = Pattern.compile(
      "\\b(shall|must|will|is required|are required|is directed|are directed)\\b", FLAGS);
  private static final Pattern PERMISSIVE = Pattern.compile(
      "\\b(may|can|is permitted|are permitted|is authorized|are authorized|is allowed|are allowed|discretion)\\b"
          // A double negation grants leave: "is not prohibited from", "nothing in this section prohibits",
          // "this section does not prevent" (California Gov. Code § 7284.6(b)).
          + "|\\b(is|are)\\s+not\\s+(prohibited|forbidden|barred)\\b|\\bnothing\\s+in\\s+(\\w+\\s+){1,4}?"
          + "(prohibits|forbids|bars|prevents)\\b|\\bdoes\\s+not\\s+(prohibit|forbid|bar|prevent)\\b", FLAGS);
  private static final Pattern URGING = Pattern.compile(
      "\\b(urge\\w*|request\\w*|encourage\\w*|recommend\\w*|call\\w* (up)?on|should|ask\\w*|invite\\w*|"
          + "support\\w*|hope\\w*)\\b", FLAGS);

  ModalityWordingRule() {
    super("HV002", Severity.WARNING,
        "the text's wording contradicts the clause's modality");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    for (Clause clause : set.clauses()) {
      if (clause instanceof GeneralProvision || clause.modality().isEmpty()) {
        continue;
      }
      Modality modality = clause.modality().get();
      contradiction(modality, clause.text()).ifPresent(says -> reporter.report(clause, "modality",
          "clause '" + clause.id() + "' has modality '" + modality.wireName() + "' but its text " + says));
    }
  }

  /** What the text says that the modality contradicts, if anything. */
  static Optional<String> contradiction(Modality modality, String text) {
    boolean negated = NEGATED_MODAL.matcher(text).find();
    boolean negation = negated || NEGATION.matcher(text).find();
    boolean binding = BINDING.matcher(text).find();
    boolean permissive = PERMISSIVE.matcher(text).find();
    boolean urging = URGING.matcher(text).find();
    return switch (modality) {
      case PROHIBITION -> !negation && (binding || permissive)
          ? Optional.of("has no negation (no 'shall not', 'may not', 'no … shall'); is it an obligation or a "
              + "permission?")
          : Optional.empty();
      case OBLIGATION -> negated && !positive(text, BINDING)
          ? Optional.of("says what must not be done ('shall not', 'may not'); is it a prohibition?")
          : !binding && !negation && urging
              ? Optional.of("only urges or requests; is it a recommendation?")
              : Optional.empty();
      case PERMISSION -> negated && !positive(text, PERMISSIVE)
          ? Optional.of("says what must not be done ('shall not', 'may not'); is it a prohibition?")
          : Optional.empty();
      case RECOMMENDATION -> (binding || negated) && !urging
          ? Optional.of("binds ('shall', 'must', 'shall not') and neither urges nor requests; is it an "
              + (negated ? "prohibition" : "obligation") + "?")
          : Optional.empty();
    };
  }

  /** Whether the text has one of {@code modals} that is not negated right after it. */
  private static boolean positive(String text, Pattern modals) {
    var m = modals.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end()).stripLeading().toLowerCase(java.util.Locale.ROOT);
      if (!after.startsWith("not") && !after.startsWith("never")) {
        return true;
      }
    }
    return false;
  }
}
