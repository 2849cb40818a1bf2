package dev.haven.core.lint;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Placeholder;
import dev.haven.core.vocab.Status;

/** HV006: a {@code ${placeholder}} left in a set that is not a template: an adaptation someone did not finish. */
final class LeftoverPlaceholderRule extends DescribedRule {

  LeftoverPlaceholderRule() {
    super("HV006", Severity.WARNING,
        "a placeholder is left in a set that is not a template");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    if (set.status() == Status.TEMPLATE) {
      return;
    }
    TextValues.each(set, (pointer, text) -> Placeholder.in(text).forEach(p -> reporter.report(pointer,
        "placeholder '" + p.written() + "' is left in a set with status '" + set.status().wireName()
            + "'; replace it (haven adapt fills placeholders from a template)")));
  }
}
