package dev.haven.core.vocab;

/**
 * A closed list of values that a clause-set file spells in kebab case ({@code violent-felony}).
 *
 * <p>Implemented by enums; the file name of a constant is derived from its Java name
 * ({@code VIOLENT_FELONY} → {@code violent-felony}) unless the constant overrides {@link #wireName()}.
 */
public interface Vocabulary {

  /** {@return the Java name of the constant; supplied by {@link Enum#name()}} */
  String name();

  /** {@return how the value is written in a clause-set file} */
  default String wireName() {
    return WireNames.derived(this);
  }

  /**
   * The value in words for a reader: hyphens become spaces, except after the prefix {@code non}, which keeps its
   * hyphen as English spells it ({@code service-non-denial} → "service non-denial").
   *
   * @return the value in lower-case words
   */
  default String words() {
    return WireNames.words(wireName());
  }
}
