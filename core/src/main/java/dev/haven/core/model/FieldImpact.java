package dev.haven.core.model;

/**
 * How a change to one of a kind's own fields weighs on the protection its clause gives, declared with the field
 * ({@link KindField#impact()}) so that the diff reads it from the model instead of from the field's name.
 */
public enum FieldImpact {
  /** A list of what the clause covers: a value added widens a protective clause, a value taken away narrows it. */
  SCOPE,
  /**
   * Grounds on which cooperation is allowed: weighed as a clause's exception grounds are, a ground added or widened
   * letting more cooperation through.
   */
  GROUNDS,
  /** To whom a limit on telling applies: {@code anyone} covers more than federal immigration authorities. */
  RECIPIENTS,
  /** How, how often or what kind: a change neither widens nor narrows what the clause protects. */
  NONE
}
