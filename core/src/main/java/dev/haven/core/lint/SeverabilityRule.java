package dev.haven.core.lint;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.ProvisionType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HV008: an ordinance or statute without a severability provision: if a court strikes one part, the rest may
 * fall with it. A savings clause that keeps the remainder in force when a part is held invalid counts too, since
 * many codes call severability a "savings clause".
 */
final class SeverabilityRule extends DescribedRule {

  private static final Pattern KEEPS_THE_REST = Pattern.compile(
      "invalid|unconstitutional|unenforceable|sever|held .{0,40}void", Pattern.CASE_INSENSITIVE);

  SeverabilityRule() {
    super("HV008", Severity.INFO,
        "an ordinance or statute has no severability provision");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    Optional<LegislationType> type = set.type();
    boolean law = type.equals(Optional.of(LegislationType.ORDINANCE)) || type.equals(Optional.of(LegislationType.STATUTE));
    if (law && !ClauseFacts.hasProvision(set, ProvisionType.SEVERABILITY, null)
        && !ClauseFacts.hasProvision(set, ProvisionType.SAVINGS, KEEPS_THE_REST)) {
      reporter.report("/type", "this " + type.get().wireName() + " has no severability provision "
          + "(a general-provision with provision: severability); if a court strikes one part, the rest may fall "
          + "with it");
    }
  }
}
