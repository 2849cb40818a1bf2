package dev.haven.core.lint;

import dev.haven.core.io.SourceMap;
import dev.haven.core.io.internal.CanonicalForm;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Every text value of a set with its JSON Pointer, which is the same as in the file the set was read from. */
final class TextValues {

  private TextValues() {}

  static void each(ClauseSet set, BiConsumer<String, String> each) {
    walk(CanonicalForm.of(set), "", each);
  }

  private static void walk(Object value, String pointer, BiConsumer<String, String> each) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(v, pointer + "/" + SourceMap.segment(String.valueOf(k)), each));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), pointer + "/" + i, each);
      }
    } else if (value instanceof String s) {
      each.accept(pointer, s);
    }
  }
}
