package dev.haven.core.vocab;

/** Actors that every clause set may name without declaring them as parties. */
public enum StandardActor implements Vocabulary {
  CITY,
  CITY_OFFICIALS,
  CITY_AGENCIES,
  CITY_EMPLOYEES,
  POLICE,
  SHERIFF,
  JAIL,
  COUNCIL,
  COUNTY,
  COUNTY_AGENCIES,
  STATE_AGENCIES,
  SCHOOLS,
  FEDERAL_IMMIGRATION_AUTHORITIES
}
