package dev.haven.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code x-} fields of an object in a clause set: kept in file order and written back, never interpreted.
 * Values are plain data: {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null},
 * {@code List} and {@code Map} of those.
 *
 * @param values the fields by name (with their {@code x-} prefix), in file order
 */
public record Extensions(Map<String, Object> values) {

  /** No extension fields. */
  public static final Extensions NONE = new Extensions(Map.of());

  /**
   * Copies the values, keeping their order, so the value stays immutable.
   *
   * @param values the fields by name (with their {@code x-} prefix), in file order
   */
  public Extensions {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** {@return true when there are no extension fields} */
  public boolean isEmpty() {
    return values.isEmpty();
  }
}
