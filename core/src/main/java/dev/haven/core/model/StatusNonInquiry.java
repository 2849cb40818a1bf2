package dev.haven.core.model;

import dev.haven.core.vocab.DocumentType;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.InquirySubject;
import java.util.List;
import java.util.Objects;

/**
 * Officials do not ask about, disclose or record a person's status, or ask for documents. Subjects default to
 * immigration status.
 *
 * @param core the fields every clause has
 * @param acts what officials do not do: inquire, disclose, record…
 * @param subjects about what: {@code immigration-status} when the file does not say
 * @param documents the papers officials do not ask for
 */
public record StatusNonInquiry(
    ClauseCore core,
    List<Term<InquiryAct>> acts,
    List<Term<InquirySubject>> subjects,
    List<Term<DocumentType>> documents) implements Clause {

  /**
   * Checks that no field is null, copies the lists, and gives {@code subjects} its default ({@code
   * immigration-status}) when empty.
   *
   * @param core the fields every clause has
   * @param acts what officials do not do: inquire, disclose, record…
   * @param subjects about what: {@code immigration-status} when the file does not say
   * @param documents the papers officials do not ask for
   */
  public StatusNonInquiry {
    Objects.requireNonNull(core, "core");
    acts = List.copyOf(acts);
    subjects = subjects.isEmpty() ? List.of(Term.of(InquirySubject.IMMIGRATION_STATUS)) : List.copyOf(subjects);
    documents = List.copyOf(documents);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.STATUS_NON_INQUIRY;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), acts, subjects, documents);
  }

  @Override
  public StatusNonInquiry withCore(ClauseCore newCore) {
    return new StatusNonInquiry(newCore, acts, subjects, documents);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
