package dev.haven.core.model;

import dev.haven.core.vocab.DetainerRequest;
import java.util.List;
import java.util.Objects;

/**
 * Federal detainers, holds or administrative warrants are not honored.
 *
 * @param core the fields every clause has
 * @param requests the federal requests not honored: detainers, holds, administrative warrants…
 */
public record DetainerLimit(
    ClauseCore core,
    List<Term<DetainerRequest>> requests) implements Clause {

  /** {@link #requests()}, as a typed reference to the field {@code requests}. */
  public static final KindField.VocabularyList<DetainerLimit, DetainerRequest> REQUESTS =
      KindField.terms(DetainerLimit.class, "requests", DetainerRequest.class, FieldImpact.SCOPE,
          DetainerLimit::requests);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<DetainerLimit, ?>> FIELDS = List.of(REQUESTS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param requests {@link #requests()}
   */
  public DetainerLimit {
    Objects.requireNonNull(core, "core");
    requests = REQUESTS.given(requests);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.DETAINER_LIMIT;
  }

  @Override
  public DetainerLimit withCore(ClauseCore newCore) {
    return new DetainerLimit(newCore, requests);
  }
}
