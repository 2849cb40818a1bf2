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
    return Vocabularies.find(type, value).orElseThrow(() -> new TypeConversionException("'" + value
        + "' is not " + what + Suggestions.didYouMean(value, Vocabularies.wireNames(type))
        + " (expected one of " + String.join(", ", Vocabularies.wireNames(type)) + ")"));
  }

  /** The values, for completion and {@code ${COMPLETION-CANDIDATES}} in help. */
  @Override
  public Iterator<String> iterator() {
    List<String> names = Vocabularies.wireNames(type);
    return names.iterator();
  }
}
