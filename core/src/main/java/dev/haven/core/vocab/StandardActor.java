package dev.haven.core.vocab;

/** Actors that every clause set may name without declaring them as parties. */
public enum StandardActor implements Vocabulary {
  /** The city as a whole. */
  CITY,
  /** The city's officials. */
  CITY_OFFICIALS,
  /** The city's agencies and departments. */
  CITY_AGENCIES,
  /** The city's employees. */
  CITY_EMPLOYEES,
  /** The police. */
  POLICE,
  /** The sheriff and the sheriff's office. */
  SHERIFF,
  /** The jail and its staff. */
  JAIL,
  /**
   * Law enforcement as a whole: every police department, sheriff and jail the law reaches (California's "law
   * enforcement agencies"). A clause binding it binds {@link #POLICE}, {@link #SHERIFF} and {@link #JAIL}.
   */
  LAW_ENFORCEMENT,
  /** The legislative body: council, board of supervisors, legislature. */
  COUNCIL,
  /** The county as a whole. */
  COUNTY,
  /** The county's agencies and departments. */
  COUNTY_AGENCIES,
  /** The state's agencies, and state and local law enforcement under state law. */
  STATE_AGENCIES,
  /** Public schools. */
  SCHOOLS,
  /** Federal immigration authorities such as ICE and CBP. */
  FEDERAL_IMMIGRATION_AUTHORITIES
}
