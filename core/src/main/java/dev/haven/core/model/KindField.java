package dev.haven.core.model;

import dev.haven.core.model.FieldSpec.ValueType;
import dev.haven.core.vocab.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed reference to one of a clause kind's own fields, declared once, as a constant of the kind's record
 * ({@link StatusNonInquiry#SUBJECTS}): its name and values ({@link #spec()}), the value a file means when it leaves
 * the field out, how a change to it weighs ({@link #impact()}), and how to read it from a clause. Code that means one
 * field names the constant, so renaming a field, a vocabulary value or a kind fails to compile there.
 *
 * @param <C> the kind's record
 * @param <T> the field's value as the record holds it
 */
public abstract sealed class KindField<C extends Clause, T>
    permits KindField.OfVocabulary, KindField.Plain {

  private final Class<C> owner;
  private final FieldSpec spec;
  private final FieldImpact impact;
  private final Function<C, T> read;
  private final T absent;

  KindField(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, T> read, T absent) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.impact = Objects.requireNonNull(impact, "impact");
    this.read = Objects.requireNonNull(read, "read");
    this.absent = Objects.requireNonNull(absent, "absent");
  }

  /**
   * A list of vocabulary values.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   * @param owner the kind's record
   * @param name the field's name in files
   * @param vocabulary the vocabulary
   * @param impact how a change to it weighs
   * @param read the record's accessor
   * @param defaults what a file means when it leaves the field out (none: not specified)
   * @return the field
   */
  @SafeVarargs
  static <C extends Clause, V extends Enum<V> & Vocabulary> VocabularyList<C, V> terms(Class<C> owner,
      String name, Class<V> vocabulary, FieldImpact impact, Function<C, List<Term<V>>> read, V... defaults) {
    List<Term<V>> absent = Arrays.stream(defaults).map(Term::of).toList();
    return new VocabularyList<>(owner, new FieldSpec(name, true, ValueType.VOCABULARY, Optional.of(vocabulary),
        wireNames(absent)), impact, read, absent, vocabulary);
  }

  /**
   * One vocabulary value that a file may leave out for its default.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   * @param owner the kind's record
   * @param name the field's name in files
   * @param vocabulary the vocabulary
   * @param impact how a change to it weighs
   * @param read the record's accessor
   * @param defaultValue what a file means when it leaves the field out
   * @return the field
   */
  static <C extends Clause, V extends Enum<V> & Vocabulary> VocabularyValue<C, V> term(Class<C> owner, String name,
      Class<V> vocabulary, FieldImpact impact, Function<C, Term<V>> read, V defaultValue) {
    Term<V> absent = Term.of(defaultValue);
    return new VocabularyValue<>(owner, new FieldSpec(name, false, ValueType.VOCABULARY, Optional.of(vocabulary),
        List.of(absent.wireName())), impact, read, absent, vocabulary);
  }

  /**
   * One vocabulary value, or none.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   * @param owner the kind's record
   * @param name the field's name in files
   * @param vocabulary the vocabulary
   * @param impact how a change to it weighs
   * @param read the record's accessor
   * @return the field
   */
  static <C extends Clause, V extends Enum<V> & Vocabulary> OptionalVocabularyValue<C, V> optionalTerm(
      Class<C> owner, String name, Class<V> vocabulary, FieldImpact impact, Function<C, Optional<Term<V>>> read) {
    return new OptionalVocabularyValue<>(owner, new FieldSpec(name, false, ValueType.VOCABULARY,
        Optional.of(vocabulary), List.of()), impact, read, Optional.empty(), vocabulary);
  }

  /**
   * A list of free texts.
   *
   * @param <C> the kind's record
   * @param owner the kind's record
   * @param name the field's name in files
   * @param impact how a change to it weighs
   * @param read the record's accessor
   * @return the field
   */
  static <C extends Clause> Plain<C, List<String>> texts(Class<C> owner, String name, FieldImpact impact,
      Function<C, List<String>> read) {
    return new Plain<>(owner, new FieldSpec(name, true, ValueType.TEXT, Optional.empty(), List.of()), impact,
        read, List.of());
  }

  /**
   * One actor, or none.
   *
   * @param <C> the kind's record
   * @param owner the kind's record
   * @param name the field's name in files
   * @param impact how a change to it weighs
   * @param read the record's accessor
   * @return the field
   */
  static <C extends Clause> Plain<C, Optional<ActorKey>> actor(Class<C> owner, String name, FieldImpact impact,
      Function<C, Optional<ActorKey>> read) {
    return new Plain<>(owner, new FieldSpec(name, false, ValueType.ACTOR, Optional.empty(), List.of()), impact,
        read, Optional.empty());
  }

  /**
   * A list of defined terms.
   *
   * @param <C> the kind's record
   * @param owner the kind's record
   * @param name the field's name in files
   * @param read the record's accessor
   * @return the field
   */
  static <C extends Clause> Plain<C, List<DefinedTerm>> definedTerms(Class<C> owner, String name,
      Function<C, List<DefinedTerm>> read) {
    return new Plain<>(owner, new FieldSpec(name, true, ValueType.DEFINED_TERMS, Optional.empty(), List.of()),
        FieldImpact.NONE, read, List.of());
  }

  /** {@return the field's name in files} */
  public String name() {
    return spec.name();
  }

  /** {@return whether the field holds a list, what its values are, and its default as a file writes it} */
  public FieldSpec spec() {
    return spec;
  }

  /** {@return how a change to the field weighs on the protection its clause gives} */
  public FieldImpact impact() {
    return impact;
  }

  /** {@return the record of the kind the field belongs to} */
  public Class<C> owner() {
    return owner;
  }

  /**
   * Reads the field.
   *
   * @param clause a clause of the field's kind
   * @return its value
   */
  public T of(C clause) {
    return read.apply(clause);
  }

  /** {@return the value a file means when it leaves the field out: its default, or an empty list or optional} */
  public T absent() {
    return absent;
  }

  /**
   * The field's value in any clause, for code that treats every field alike: a list, a single value, or {@code
   * null} for an empty optional (as {@link OwnField#value()} holds it).
   *
   * @param clause a clause of the field's kind
   * @return the value
   * @throws ClassCastException when the clause is of another kind
   */
  public Object valueIn(Clause clause) {
    T value = read.apply(owner.cast(clause));
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }

  /**
   * The values as a file means them: those the clause gives, or the field's default where it gives none.
   *
   * @param clause a clause of the field's kind
   * @return the values as files write them; empty when neither
   */
  public List<String> effectiveValues(Clause clause) {
    return new OwnField(spec, valueIn(clause)).effectiveValues();
  }

  /**
   * The value a record keeps for what it was given: a list copied, or the default where none was given.
   *
   * @param given the value given to the record's constructor
   * @return the value to keep
   */
  T given(T given) {
    Objects.requireNonNull(given, spec.name());
    if (given instanceof List<?> list) {
      @SuppressWarnings("unchecked") // a list field's T is a List, and so are its absent value and its copy
      T kept = list.isEmpty() ? absent : (T) List.copyOf(list);
      return kept;
    }
    return given;
  }

  @Override
  public String toString() {
    return owner.getSimpleName() + "." + spec.name();
  }

  private static List<String> wireNames(List<? extends Term<?>> terms) {
    return terms.stream().map(Term::wireName).toList();
  }

  /**
   * A field whose values come from one vocabulary.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   * @param <T> the field's value as the record holds it
   */
  public abstract static sealed class OfVocabulary<C extends Clause, V extends Enum<V> & Vocabulary, T>
      extends KindField<C, T> permits VocabularyList, VocabularyValue, OptionalVocabularyValue {
    private final Class<V> vocabulary;

    OfVocabulary(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, T> read, T absent,
        Class<V> vocabulary) {
      super(owner, spec, impact, read, absent);
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** {@return the vocabulary the values come from} */
    public Class<V> vocabulary() {
      return vocabulary;
    }
  }

  /**
   * A list of values of one vocabulary.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   */
  public static final class VocabularyList<C extends Clause, V extends Enum<V> & Vocabulary>
      extends OfVocabulary<C, V, List<Term<V>>> {

    VocabularyList(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, List<Term<V>>> read,
        List<Term<V>> absent, Class<V> vocabulary) {
      super(owner, spec, impact, read, absent, vocabulary);
    }

    /**
     * Whether the clause's list names a value (its default counts where it gives none).
     *
     * @param clause a clause of the field's kind
     * @param value a value of the field's vocabulary
     * @return true when the list holds it
     */
    public boolean names(C clause, V value) {
      return of(clause).contains(Term.of(value));
    }
  }

  /**
   * One value of a vocabulary, with a default.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   */
  public static final class VocabularyValue<C extends Clause, V extends Enum<V> & Vocabulary>
      extends OfVocabulary<C, V, Term<V>> {

    VocabularyValue(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, Term<V>> read, Term<V> absent,
        Class<V> vocabulary) {
      super(owner, spec, impact, read, absent, vocabulary);
    }
  }

  /**
   * One value of a vocabulary, or none.
   *
   * @param <C> the kind's record
   * @param <V> the vocabulary
   */
  public static final class OptionalVocabularyValue<C extends Clause, V extends Enum<V> & Vocabulary>
      extends OfVocabulary<C, V, Optional<Term<V>>> {

    OptionalVocabularyValue(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, Optional<Term<V>>> read,
        Optional<Term<V>> absent, Class<V> vocabulary) {
      super(owner, spec, impact, read, absent, vocabulary);
    }
  }

  /**
   * Free text, an actor or defined terms.
   *
   * @param <C> the kind's record
   * @param <T> the field's value as the record holds it
   */
  public static final class Plain<C extends Clause, T> extends KindField<C, T> {
    Plain(Class<C> owner, FieldSpec spec, FieldImpact impact, Function<C, T> read, T absent) {
      super(owner, spec, impact, read, absent);
    }
  }
}
