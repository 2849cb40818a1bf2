package dev.haven.cli;

import dev.haven.core.history.PanelUnit;
import dev.haven.core.lint.Severity;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.render.RenderFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters and completion candidates for the vocabularies the CLI takes. */
final class Converters {

  private Converters() {}

  static final class Kind extends VocabularyConverter<ClauseKind> {
    Kind() {
      super(ClauseKind.class, "a clause kind");
    }
  }

  static final class ModalityValue extends VocabularyConverter<Modality> {
    ModalityValue() {
      super(Modality.class, "a modality");
    }
  }

  static final class Format extends VocabularyConverter<RenderFormat> {
    Format() {
      super(RenderFormat.class, "a document format");
    }
  }

  /** The standard actors, for completion: --actor also takes a set's own party keys, which no list can hold. */
  static final class Actors implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Vocabularies.wireNames(StandardActor.class).iterator();
    }
  }

  static final class StatusValue extends VocabularyConverter<Status> {
    StatusValue() {
      super(Status.class, "a status");
    }
  }

  static final class Unit extends VocabularyConverter<PanelUnit> {
    Unit() {
      super(PanelUnit.class, "a panel unit");
    }
  }

  static final class SeverityConverter extends VocabularyConverter<Severity> {
    SeverityConverter() {
      super(Severity.class, "a severity");
    }
  }

  static final class Grounds extends VocabularyConverter<ExceptionGround> {
    Grounds() {
      super(ExceptionGround.class, "an exception ground");
    }
  }

  /** An exception ground, or an {@code x-} extension ground. */
  static final class Ground implements ITypeConverter<Term<ExceptionGround>> {
    @Override
    public Term<ExceptionGround> convert(String value) {
      if (Vocabularies.isExtension(value)) {
        return Term.extension(value);
      }
      return Vocabularies.find(ExceptionGround.class, value).map(Term::of)
          .orElseThrow(() -> new TypeConversionException(VocabularyConverter.notOneOf(value,
              "an exception ground", Vocabularies.wireNames(ExceptionGround.class), ", or an x- ground")));
    }
  }
}
