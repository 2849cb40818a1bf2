package dev.haven.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Names places as safe spaces.
 *
 * @param core the fields every clause has
 * @param places the places named safe spaces, in the words of the source
 */
public record SafeSpace(
    ClauseCore core,
    List<String> places) implements Clause {

  /** {@link #places()}, as a typed reference to the field {@code places}. */
  public static final KindField.Plain<SafeSpace, List<String>> PLACES =
      KindField.texts(SafeSpace.class, "places", FieldImpact.SCOPE, SafeSpace::places);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<SafeSpace, ?>> FIELDS = List.of(PLACES);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param places {@link #places()}
   */
  public SafeSpace {
    Objects.requireNonNull(core, "core");
    places = PLACES.given(places);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SAFE_SPACE;
  }

  @Override
  public SafeSpace withCore(ClauseCore newCore) {
    return new SafeSpace(newCore, places);
  }
}
