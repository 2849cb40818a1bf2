package dev.haven.core.model;

import dev.haven.core.vocab.Vocabulary;

/**
 * One shared {@link Term.Known} per vocabulary constant. Terms are immutable, and a corpus holds hundreds of
 * thousands of them: sharing makes them cost nothing per use, and lets list comparisons settle equal terms by
 * identity without reading them.
 */
final class KnownTerms {

  private static final ClassValue<Term.Known<?>[]> TERMS = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Term.Known<?>[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      Term.Known<?>[] terms = new Term.Known<?>[constants.length];
      for (int i = 0; i < constants.length; i++) {
        terms[i] = new Term.Known((Enum) constants[i]);
      }
      return terms;
    }
  };

  private KnownTerms() {}

  @SuppressWarnings("unchecked")
  static <E extends Enum<E> & Vocabulary> Term<E> of(E value) {
    return (Term<E>) TERMS.get(value.getDeclaringClass())[value.ordinal()];
  }
}
