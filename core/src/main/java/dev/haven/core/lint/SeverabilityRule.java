package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.ProvisionType;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HV008: an ordinance or statute without a severability provision: if a court strikes one part, the rest may
 * fall with it. A savings clause that keeps the remainder in force when a part is held invalid counts too, since
 * many codes call severability a "savings clause".
 *
 * <p>A set may encode only an excerpt of its law. When its notes say the source has a severability section that
 * is not encoded, the finding says so; when the set is an excerpt and says nothing of severability, the rule
 * cannot know and stays silent.
 */
final class SeverabilityRule extends DescribedRule {

  private static final Pattern KEEPS_THE_REST = Pattern.compile(
      "invalid|unconstitutional|unenforceable|sever|held .{0,40}void", Pattern.CASE_INSENSITIVE);

  private static final Pattern SEVERABILITY_WORD = Pattern.compile("severab", Pattern.CASE_INSENSITIVE);

  SeverabilityRule() {
    super("HV008", Severity.INFO,
        "an ordinance or statute has no severability provision");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    Optional<LegislationType> type = set.type();
    boolean law = type.equals(Optional.of(LegislationType.ORDINANCE)) || type.equals(Optional.of(LegislationType.STATUTE));
    if (!law || ClauseFacts.hasProvision(set, ProvisionType.SEVERABILITY, null)
        || ClauseFacts.hasProvision(set, ProvisionType.SAVINGS, KEEPS_THE_REST)) {
      return;
    }
    String what = type.get().wireName();
    if (notesNameSeverability(set)) {
      reporter.report("/type", "this " + what + "'s notes say its source has a severability section that the set "
          + "does not encode; encode it (a general-provision with provision: severability, its heading as text "
          + "when that is all the source gives) so that readers see it");
    } else if (!isExcerpt(set)) {
      reporter.report("/type", "this " + what + " has no severability provision "
          + "(a general-provision with provision: severability); if a court strikes one part, the rest may fall "
          + "with it");
    }
    // An excerpt ('[...]' in a text) that says nothing of severability cannot tell whether the law has any.
  }

  private static boolean notesNameSeverability(ClauseSet set) {
    return set.notes().filter(n -> SEVERABILITY_WORD.matcher(n).find()).isPresent()
        || set.clauses().stream().map(c -> c.core().notes()).flatMap(Optional::stream)
            .anyMatch(n -> SEVERABILITY_WORD.matcher(n).find());
  }

  /** Whether the set encodes only part of its law: some clause text or quote marks words left out. */
  private static boolean isExcerpt(ClauseSet set) {
    return set.clauses().stream().anyMatch(c -> c.text().contains("[...]")
        || c.core().source().flatMap(r -> r.quote()).filter(q -> q.contains("[...]")).isPresent());
  }
}
