package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.NotificationLimit;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.ProvisionType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HV001: a clause that forbids sending or disclosing immigration or citizenship status to federal immigration
 * authorities, with no {@code required-by-law} exception, may conflict with 8 U.S.C. § 1373(a)–(b) and § 1644.
 *
 * <p>Only immigration and citizenship status: those statutes say nothing of release dates, custody status,
 * detainers or access to facilities, so limits on those never fire. A set-wide savings provision that defers to
 * federal law counts as the exception for every clause.
 */
final class FederalStatusSharingRule extends DescribedRule {

  private static final List<String> STATUS = List.of("immigration-status", "citizenship");
  private static final Pattern STATUS_WORDS = Pattern.compile("immigration status|citizenship",
      Pattern.CASE_INSENSITIVE);
  /** A savings clause about federal law, or about sharing status itself (King County's "is not prohibited from"). */
  private static final Pattern SAVES_STATUS_SHARING = Pattern.compile(
      "federal law|U\\.\\s?S\\.\\s?C|1373|1644|required by (state or federal |federal |applicable )?law"
          + "|applicable law|federal statute|immigration status|citizenship", Pattern.CASE_INSENSITIVE);

  FederalStatusSharingRule() {
    super("HV001", Severity.WARNING,
        "forbids sharing immigration or citizenship status with federal authorities, without a "
        + "'required-by-law' exception (8 U.S.C. § 1373, § 1644)");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    if (ClauseFacts.hasProvision(set, ProvisionType.SAVINGS, SAVES_STATUS_SHARING) || permitsSharing(set)) {
      return;
    }
    for (Clause clause : set.clauses()) {
      if (clause.modality().equals(Optional.of(Modality.PROHIBITION))
          && !ClauseFacts.exceptionGrounds(clause).contains(ExceptionGround.REQUIRED_BY_LAW.wireName())) {
        what(clause).ifPresent(w -> reporter.report(clause, w.field(), "clause '" + clause.id() + "' forbids "
            + w.act() + " with no 'required-by-law' exception: this may conflict with 8 U.S.C. § 1373(a)-(b) "
            + "and § 1644, which bar limits on sharing that status with federal immigration authorities (courts "
            + "have split on § 1373's force); add an exception or a savings clause"));
      }
    }
  }

  /** A clause that expressly allows sending status to federal authorities qualifies every limit in the set. */
  private static boolean permitsSharing(ClauseSet set) {
    return set.clauses().stream().anyMatch(c -> c.modality().equals(Optional.of(Modality.PERMISSION))
        && (c instanceof CommunicationLimit || c instanceof NotificationLimit) && what(c).isPresent());
  }

  private record Sharing(String field, String act) {}

  /** What the clause forbids that §§ 1373 and 1644 protect, and the field that says so. */
  private static Optional<Sharing> what(Clause clause) {
    if (clause instanceof CommunicationLimit c) {
      // 'anyone' includes federal immigration authorities; an x- counterparty is someone else.
      boolean federal = c.counterparty().known().isPresent();
      return federal ? sending(clause, "communicating") : Optional.empty();
    }
    if (clause instanceof NotificationLimit) {
      return sending(clause, "notifying federal immigration authorities of");
    }
    if (clause instanceof StatusNonInquiry) {
      List<String> subjects = ClauseFacts.effective(clause, "subjects");
      List<String> acts = ClauseFacts.effective(clause, "acts");
      if (acts.contains("disclose")) {
        return STATUS.stream().filter(subjects::contains).findFirst()
            .map(s -> new Sharing("acts", "disclosing " + s.replace('-', ' ')));
      }
      // § 1373(b)(2) also protects "maintaining" immigration status (not citizenship).
      if (acts.contains("record") && subjects.contains("immigration-status")) {
        return Optional.of(new Sharing("acts", "recording (maintaining) immigration status"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Sharing> sending(Clause clause, String verb) {
    List<String> information = ClauseFacts.effective(clause, "information");
    if (information.isEmpty()) {
      return STATUS_WORDS.matcher(clause.text()).find()
          ? Optional.of(new Sharing("", verb + " immigration or citizenship status (its text names it)"))
          : Optional.empty();
    }
    return STATUS.stream().filter(information::contains).findFirst()
        .map(s -> new Sharing("information", verb + " " + s.replace('-', ' ')));
  }
}
