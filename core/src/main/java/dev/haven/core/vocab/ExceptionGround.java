package dev.haven.core.vocab;

import java.util.Optional;

/**
 * Grounds on which a clause's protection gives way (its exceptions), or on which cooperation is allowed.
 *
 * <p>Some grounds are narrower than others: every violent felony is a felony and every felony a serious
 * crime, so an exception for {@link #VIOLENT_FELONY} lets less through than one for {@link #FELONY}.
 */
public enum ExceptionGround implements Vocabulary {
  SERIOUS_CRIME(null),
  FELONY(SERIOUS_CRIME),
  VIOLENT_FELONY(FELONY),
  TERRORISM(null),
  ESPIONAGE(null),
  GANG_PARTICIPATION(null),
  PREVIOUSLY_DEPORTED(null),
  PREVIOUSLY_DEPORTED_FELON(PREVIOUSLY_DEPORTED),
  CRIMINAL_INVESTIGATION(null),
  COURT_ORDER(null),
  JUDICIAL_WARRANT(COURT_ORDER),
  REQUIRED_BY_LAW(null),
  VOLUNTARILY_PROVIDED(null),
  CONSENT(null),
  PUBLIC_SAFETY(null);

  private final ExceptionGround broader;

  ExceptionGround(ExceptionGround broader) {
    this.broader = broader;
  }

  /** The next broader ground that contains this one, if any ({@code felony} for {@code violent-felony}). */
  public Optional<ExceptionGround> broader() {
    return Optional.ofNullable(broader);
  }

  /** True when every case this ground covers is also covered by {@code other} (a ground is within itself). */
  public boolean isWithin(ExceptionGround other) {
    for (ExceptionGround g = this; g != null; g = g.broader) {
      if (g == other) {
        return true;
      }
    }
    return false;
  }
}
