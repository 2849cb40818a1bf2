package dev.haven.core.vocab;

/** Public services that must not be denied. */
public enum Service implements Vocabulary {
  /** Any public service. */
  CITY_SERVICES,
  /** Public benefits. */
  BENEFITS,
  /** Police protection and help. */
  POLICE_SERVICES,
  /** Filing a police report. */
  POLICE_REPORTS,
  /** Licences and permits. */
  LICENSES,
  /** Use of public facilities. */
  FACILITIES
}
