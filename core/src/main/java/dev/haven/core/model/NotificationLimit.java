package dev.haven.core.model;

import dev.haven.core.vocab.Information;
import java.util.List;
import java.util.Objects;

/**
 * Federal immigration authorities are not notified of the stated information (release dates and the like).
 *
 * @param core the fields every clause has
 * @param information what immigration authorities are not notified of; empty when not specified
 */
public record NotificationLimit(
    ClauseCore core,
    List<Term<Information>> information) implements Clause {

  /** {@link #information()}, as a typed reference to the field {@code information}. */
  public static final KindField.VocabularyList<NotificationLimit, Information> INFORMATION =
      KindField.terms(NotificationLimit.class, "information", Information.class, FieldImpact.SCOPE,
          NotificationLimit::information);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<NotificationLimit, ?>> FIELDS = List.of(INFORMATION);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param information {@link #information()}
   */
  public NotificationLimit {
    Objects.requireNonNull(core, "core");
    information = INFORMATION.given(information);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.NOTIFICATION_LIMIT;
  }

  @Override
  public NotificationLimit withCore(ClauseCore newCore) {
    return new NotificationLimit(newCore, information);
  }
}
