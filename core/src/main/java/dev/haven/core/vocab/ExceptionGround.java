package dev.haven.core.vocab;

import java.util.Optional;

/**
 * Grounds on which a clause's protection gives way (its exceptions), or on which cooperation is allowed.
 *
 * <p>Some grounds are narrower than others: every violent felony is a felony and every felony a serious
 * crime, so an exception for {@link #VIOLENT_FELONY} lets less through than one for {@link #FELONY}.
 */
public enum ExceptionGround implements Defined {
  /** The person committed, or is charged with, a serious crime (the broadest crime ground). */
  SERIOUS_CRIME(null, "The person committed, or is charged with, a serious crime (the broadest crime ground)"),
  /** The person committed, or is charged with, a felony; within {@link #SERIOUS_CRIME}. */
  FELONY(SERIOUS_CRIME, "The person committed, or is charged with, a felony; within serious-crime"),
  /** The person committed, or is charged with, a violent felony; within {@link #FELONY}. */
  VIOLENT_FELONY(FELONY, "The person committed, or is charged with, a violent felony; within felony"),
  /** The person is engaged in, or suspected of, terrorism. */
  TERRORISM(null, "The person is engaged in, or suspected of, terrorism"),
  /** The person is engaged in, or suspected of, espionage. */
  ESPIONAGE(null, "The person is engaged in, or suspected of, espionage"),
  /** The person takes part in a criminal street gang. */
  GANG_PARTICIPATION(null, "The person takes part in a criminal street gang"),
  /** The person was deported before. */
  PREVIOUSLY_DEPORTED(null, "The person was deported before"),
  /** The person was deported before and is a felon; within {@link #PREVIOUSLY_DEPORTED}. */
  PREVIOUSLY_DEPORTED_FELON(PREVIOUSLY_DEPORTED, "The person was deported before and is a felon; within previously-deported"),
  /** A criminal investigation, or a law enforcement purpose unrelated to immigration. */
  CRIMINAL_INVESTIGATION(null, "A criminal investigation, or a law enforcement purpose unrelated to immigration"),
  /** A court order or decision (the broader judicial ground). */
  COURT_ORDER(null, "A court order or decision (the broader judicial ground)"),
  /** A warrant signed by a judge; within {@link #COURT_ORDER}. */
  JUDICIAL_WARRANT(COURT_ORDER, "A warrant signed by a judge; within court-order"),
  /** Federal or state law requires it. */
  REQUIRED_BY_LAW(null, "Federal or state law requires it"),
  /** The person offered the information without being asked. */
  VOLUNTARILY_PROVIDED(null, "The person offered the information without being asked"),
  /** The person concerned consents. */
  CONSENT(null, "The person concerned consents"),
  /** A threat to public safety. */
  PUBLIC_SAFETY(null, "A threat to public safety");

  private final ExceptionGround broader;
  private final String meaning;

  ExceptionGround(ExceptionGround broader, String meaning) {
    this.broader = broader;
    this.meaning = meaning;
  }

  @Override
  public String meaning() {
    return meaning;
  }

  /** {@return the next broader ground that contains this one, if any ({@code felony} for {@code violent-felony})} */
  public Optional<ExceptionGround> broader() {
    return Optional.ofNullable(broader);
  }

  /**
   * True when every case this ground covers is also covered by {@code other} (a ground is within itself).
   *
   * @param other another ground
   * @return true when every case this ground covers is also covered by {@code other} (a ground is within itself)
   */
  public boolean isWithin(ExceptionGround other) {
    for (ExceptionGround g = this; g != null; g = g.broader) {
      if (g == other) {
        return true;
      }
    }
    return false;
  }
}
