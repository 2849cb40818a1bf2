package dev.haven.core.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Looks up vocabulary values by the names a clause-set file uses. */
public final class Vocabularies {

  /** Values of a vocabulary that start with this prefix are extensions: kept, not interpreted. */
  public static final String EXTENSION_PREFIX = "x-";

  private Vocabularies() {}

  /**
   * The constant whose {@link Vocabulary#wireName()} is {@code wireName}, if there is one.
   *
   * @param <E> the vocabulary
   * @param type the vocabulary's class
   * @param wireName the value as written in files
   * @return the constant whose {@link Vocabulary#wireName()} is {@code wireName}, if there is one
   */
  public static <E extends Enum<E> & Vocabulary> Optional<E> find(Class<E> type, String wireName) {
    return wireName == null ? Optional.empty() : Optional.ofNullable(type.cast(WireNames.find(type, wireName)));
  }

  /**
   * Every file name of a vocabulary, in declaration order.
   *
   * @param type the vocabulary's class
   * @return every file name of the vocabulary, in declaration order
   */
  public static List<String> wireNames(Class<? extends Vocabulary> type) {
    return Arrays.stream(type.getEnumConstants()).map(Vocabulary::wireName).toList();
  }

  /**
   * True for a well-formed extension value such as {@code x-biometrics}.
   *
   * @param wireName a value as written in a file
   * @return true for a well-formed extension value such as {@code x-biometrics}
   */
  public static boolean isExtension(String wireName) {
    return wireName.startsWith(EXTENSION_PREFIX)
        && wireName.length() > EXTENSION_PREFIX.length()
        && wireName.matches("[a-z0-9][a-z0-9.-]*");
  }
}
