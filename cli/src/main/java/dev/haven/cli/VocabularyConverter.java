package dev.haven.cli;

import dev.haven.core.vocab.Suggestions;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value written as in a clause-set file ({@code status-non-inquiry}) to its enum. */
abstract class VocabularyConverter<E extends Enum<E> & Vocabulary> implements ITypeConverter<E>, Iterable<String> {

  private final Class<E> type;
  private final String what;

  VocabularyConverter(Class<E> type, String what) {
    this.type = type;
    this.what = what;
  }

  @Override
  public E convert(String value) {
    return Vocabularies.find(type, value).orElseThrow(() -> new TypeConversionException(
        notOneOf(value, what, Vocabularies.wireNames(type), "")));
  }

  /** "'x' is not a kind; did you mean 'y'?", or the whole list of values when none is close. */
  static String notOneOf(String value, String what, List<String> values, String orElse) {
    return "'" + value + "' is not " + what + Suggestions.closest(value, values)
        .map(s -> "; did you mean '" + s + "'?")
        .orElse(" (expected one of " + String.join(", ", values) + orElse + ")");
  }

  /** The values, for completion and {@code ${COMPLETION-CANDIDATES}} in help. */
  @Override
  public Iterator<String> iterator() {
    List<String> names = Vocabularies.wireNames(type);
    return names.iterator();
  }
}
