package dev.haven.cli;

import dev.haven.core.compare.Rubric;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A rubric named on the command line ({@code --rubric ilrc-local}). */
final class RubricConverter implements ITypeConverter<Rubric> {

  @Override
  public Rubric convert(String value) {
    return Rubric.named(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a rubric;"
        + " expected one of: " + String.join(", ", Rubric.all().stream().map(Rubric::name).toList())));
  }

  /** The rubrics' names, for help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Rubric.all().stream().map(Rubric::name).iterator();
    }
  }
}
