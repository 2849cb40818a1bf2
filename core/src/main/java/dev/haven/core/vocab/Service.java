package dev.haven.core.vocab;

/** Public services that must not be denied. */
public enum Service implements Vocabulary {
  CITY_SERVICES,
  BENEFITS,
  POLICE_SERVICES,
  POLICE_REPORTS,
  LICENSES,
  FACILITIES
}
