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

  /** {@link #acts()}, as a typed reference to the field {@code acts}. */
  public static final KindField.VocabularyList<StatusNonInquiry, InquiryAct> ACTS =
      KindField.terms(StatusNonInquiry.class, "acts", InquiryAct.class, FieldImpact.SCOPE, StatusNonInquiry::acts);
  /** {@link #subjects()}, as a typed reference to the field {@code subjects}. */
  public static final KindField.VocabularyList<StatusNonInquiry, InquirySubject> SUBJECTS =
      KindField.terms(StatusNonInquiry.class, "subjects", InquirySubject.class, FieldImpact.SCOPE,
          StatusNonInquiry::subjects, InquirySubject.IMMIGRATION_STATUS);
  /** {@link #documents()}, as a typed reference to the field {@code documents}. */
  public static final KindField.VocabularyList<StatusNonInquiry, DocumentType> DOCUMENTS =
      KindField.terms(StatusNonInquiry.class, "documents", DocumentType.class, FieldImpact.SCOPE,
          StatusNonInquiry::documents);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<StatusNonInquiry, ?>> FIELDS = List.of(ACTS, SUBJECTS, DOCUMENTS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param acts {@link #acts()}
   * @param subjects {@link #subjects()}
   * @param documents {@link #documents()}
   */
  public StatusNonInquiry {
    Objects.requireNonNull(core, "core");
    acts = ACTS.given(acts);
    subjects = SUBJECTS.given(subjects);
    documents = DOCUMENTS.given(documents);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.STATUS_NON_INQUIRY;
  }

  @Override
  public StatusNonInquiry withCore(ClauseCore newCore) {
    return new StatusNonInquiry(newCore, acts, subjects, documents);
  }
}
