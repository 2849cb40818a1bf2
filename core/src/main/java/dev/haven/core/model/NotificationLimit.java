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

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param information what immigration authorities are not notified of; empty when not specified
   */
  public NotificationLimit {
    Objects.requireNonNull(core, "core");
    information = List.copyOf(information);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.NOTIFICATION_LIMIT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), information);
  }

  @Override
  public NotificationLimit withCore(ClauseCore newCore) {
    return new NotificationLimit(newCore, information);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
