package dev.haven.core.vocab;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The file names of vocabulary constants, worked out once per enum. Readers look up every value of every file
 * and writers, diffs and queries ask for names all the time; deriving the name or scanning a fresh copy of
 * {@code getEnumConstants()} on each call made those paths allocate for nothing.
 */
final class WireNames {

  /** The names derived from the Java names, by ordinal: what {@link Vocabulary#wireName()} returns by default. */
  private static final ClassValue<String[]> DERIVED = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = derive(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  /** The constants by the names files use, overrides of {@link Vocabulary#wireName()} included. */
  private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byName = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byName.putIfAbsent(((Vocabulary) constant).wireName(), constant);
      }
      return Map.copyOf(byName);
    }
  };

  private static final java.util.regex.Pattern NON_PREFIX = java.util.regex.Pattern.compile("(^|\\s)non ");

  private WireNames() {}

  static String derived(Vocabulary value) {
    if (value instanceof Enum<?> constant) {
      return DERIVED.get(constant.getDeclaringClass())[constant.ordinal()];
    }
    return derive(value.name());
  }

  static Object find(Class<?> type, String wireName) {
    return BY_NAME.get(type).get(wireName);
  }

  /** "service-non-denial" → "service non-denial": the prefix "non" keeps its hyphen, as English writes it. */
  static String words(String wireName) {
    return NON_PREFIX.matcher(wireName.replace('-', ' ')).replaceAll("$1non-");
  }

  private static String derive(String javaName) {
    return javaName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
