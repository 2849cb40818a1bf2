package dev.haven.core.model;

/**
 * The shape the format gives to keys: clause ids, actor and party keys, source ids. Lowercase ASCII letters and
 * digits, and {@code -} after the first character (the schema's {@code ^[a-z0-9][a-z0-9-]*$}).
 */
public final class Keys {

  private Keys() {}

  /**
   * Tells whether {@code text} has the shape of a key; a loop, not a regular expression, because every clause of
   * every file read is checked.
   *
   * @param text a candidate key, or null
   * @return true when {@code text} is a non-empty run of {@code a-z}, {@code 0-9} and {@code -}, not starting
   *     with {@code -}
   */
  public static boolean isKey(String text) {
    if (text == null || text.isEmpty() || text.charAt(0) == '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
