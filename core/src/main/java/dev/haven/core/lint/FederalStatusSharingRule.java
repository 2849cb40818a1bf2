package dev.haven.core.lint;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.model.KindField;
import dev.haven.core.model.NotificationLimit;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.InquirySubject;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HV001: a limit on sending, receiving or maintaining a person's citizenship or immigration status that has no
 * § 1373 savings provision may conflict with 8 U.S.C. § 1373(a)-(b) and § 1644.
 *
 * <p>Those statutes forbid a government to <em>restrict</em> the exchange of status information; they compel no
 * disclosure. So an exception for what "the law requires" does not avoid them: no law requires the sending. What
 * avoids the conflict is a savings provision, in the clause's exceptions or anywhere in the set, that names
 * § 1373 or § 1644 or says that sending status information to, or receiving it from, federal immigration
 * authorities is not restricted (California Gov. Code § 7284.6(e); King County Code 2.15.020.A). Release dates,
 * addresses and custody status are not status information (United States v. California, 921 F.3d 865, 891 (9th
 * Cir. 2019); 314 F. Supp. 3d 1077 (E.D. Cal. 2018)), so limits on those never fire.
 */
final class FederalStatusSharingRule extends DescribedRule {

  /** Status as §§ 1373 and 1644 mean it: immigration status and citizenship, as a clause's words name them. */
  private static final List<Information> STATUS_INFORMATION = List.of(Information.IMMIGRATION_STATUS,
      Information.CITIZENSHIP);
  private static final List<InquirySubject> STATUS_SUBJECTS = List.of(InquirySubject.IMMIGRATION_STATUS,
      InquirySubject.CITIZENSHIP);
  private static final Pattern STATUS_WORDS = Pattern.compile("immigration status|citizenship",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMES_THE_STATUTES = Pattern.compile(
      "\\b1373\\b|\\b1644\\b", Pattern.CASE_INSENSITIVE);
  /** Words that leave the exchange of status with federal authorities unrestricted, as § 1373 asks. */
  private static final Pattern LEAVES_EXCHANGE_FREE = Pattern.compile(
      "(not|nothing)\\b[^.;]{0,80}\\b(prohibit|restrict|prevent|bar|limit)\\w*\\b[^.;]{0,120}"
          + "\\b(send|sending|receiv\\w*|exchang\\w*|shar\\w*)\\b[^.;]{0,160}(citizenship|immigration status)",
      Pattern.CASE_INSENSITIVE);

  FederalStatusSharingRule() {
    super("HV001", Severity.WARNING,
        "limits sharing or keeping immigration or citizenship status with no savings provision for 8 U.S.C. "
        + "§ 1373 and § 1644 (a 'required by law' exception is not one)");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    if (setSavesExchange(set)) {
      return;
    }
    for (Clause clause : set.clauses()) {
      if (!clause.modality().equals(Optional.of(Modality.PROHIBITION)) || clauseSavesExchange(clause)) {
        continue;
      }
      what(clause).ifPresent(w -> reporter.report(clause, w.field(), message(clause, w)));
    }
  }

  private static String message(Clause clause, Sharing what) {
    boolean requiredByLaw = clause.exceptions().stream()
        .anyMatch(e -> e.ground().known().equals(Optional.of(ExceptionGround.REQUIRED_BY_LAW)));
    return "clause '" + clause.id() + "' limits " + what.act() + " and neither it nor the set has a savings "
        + "provision for 8 U.S.C. § 1373 and § 1644, which forbid restricting the sending, receiving or keeping of "
        + "that information; "
        + (requiredByLaw
            ? "its 'required-by-law' exception does not avoid the conflict, because those statutes require no "
                + "disclosure: they bar the restriction itself; "
            : "an exception for what the law requires would not avoid it, because those statutes require no "
                + "disclosure; ")
        + "what does is a provision that the limit does not restrict sending status information to, or receiving "
        + "it from, federal immigration authorities (as California Gov. Code § 7284.6(e) says); courts are divided "
        + "on whether § 1373 binds states and cities";
  }

  /** A general provision, or a permission, that leaves the exchange of status with federal authorities free. */
  private static boolean setSavesExchange(ClauseSet set) {
    for (Clause c : set.clauses()) {
      if (c instanceof GeneralProvision p && savesExchange(p.text())) {
        return true;
      }
      if (c.modality().equals(Optional.of(Modality.PERMISSION))
          && (c instanceof CommunicationLimit || c instanceof NotificationLimit) && what(c).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseSavesExchange(Clause clause) {
    return clause.exceptions().stream().map(Exemption::text).flatMap(Optional::stream)
        .anyMatch(FederalStatusSharingRule::savesExchange);
  }

  static boolean savesExchange(String words) {
    return NAMES_THE_STATUTES.matcher(words).find() || LEAVES_EXCHANGE_FREE.matcher(words).find();
  }

  private record Sharing(String field, String act) {}

  /** What the clause limits that §§ 1373 and 1644 protect, and the field that says so. */
  private static Optional<Sharing> what(Clause clause) {
    if (clause instanceof CommunicationLimit c) {
      // 'anyone' includes federal immigration authorities; an x- counterparty is someone else.
      boolean federal = c.counterparty().known().isPresent();
      return federal ? sending(c, CommunicationLimit.INFORMATION, "communicating") : Optional.empty();
    }
    if (clause instanceof NotificationLimit n) {
      return sending(n, NotificationLimit.INFORMATION, "notifying federal immigration authorities of");
    }
    if (clause instanceof StatusNonInquiry s) {
      String acts = StatusNonInquiry.ACTS.name();
      if (StatusNonInquiry.ACTS.names(s, InquiryAct.DISCLOSE)) {
        return STATUS_SUBJECTS.stream().filter(v -> StatusNonInquiry.SUBJECTS.names(s, v)).findFirst()
            .map(v -> new Sharing(acts, "disclosing " + words(v)));
      }
      // § 1373(b)(2) also protects "maintaining" immigration status (not citizenship).
      if (StatusNonInquiry.ACTS.names(s, InquiryAct.RECORD)
          && StatusNonInquiry.SUBJECTS.names(s, InquirySubject.IMMIGRATION_STATUS)) {
        return Optional.of(new Sharing(acts, "recording (maintaining) immigration status"));
      }
    }
    return Optional.empty();
  }

  private static <C extends Clause> Optional<Sharing> sending(C clause,
      KindField.VocabularyList<C, Information> information, String verb) {
    if (information.of(clause).isEmpty()) {
      return STATUS_WORDS.matcher(clause.text()).find()
          ? Optional.of(new Sharing("", verb + " immigration or citizenship status (its text names it)"))
          : Optional.empty();
    }
    return STATUS_INFORMATION.stream().filter(v -> information.names(clause, v)).findFirst()
        .map(v -> new Sharing(information.name(), verb + " " + words(v)));
  }

  /** A value as words: {@code immigration-status} as "immigration status". */
  private static String words(Vocabulary value) {
    return value.wireName().replace('-', ' ');
  }
}
