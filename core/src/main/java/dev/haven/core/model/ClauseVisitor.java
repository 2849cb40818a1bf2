package dev.haven.core.model;

/**
 * One method per clause kind. Implementing it is how code handles every kind and is told by the compiler
 * when a kind is added.
 *
 * @param <R> what the visit produces
 */
public interface ClauseVisitor<R> {
  /**
   * Handles a {@code communication-limit} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(CommunicationLimit clause);

  /**
   * Handles a {@code spending-restriction} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(SpendingRestriction clause);

  /**
   * Handles a {@code service-non-denial} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(ServiceNonDenial clause);

  /**
   * Handles a {@code status-non-inquiry} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(StatusNonInquiry clause);

  /**
   * Handles a {@code detention-limit} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(DetentionLimit clause);

  /**
   * Handles a {@code detainer-limit} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(DetainerLimit clause);

  /**
   * Handles a {@code notification-limit} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(NotificationLimit clause);

  /**
   * Handles a {@code facility-access-limit} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(FacilityAccessLimit clause);

  /**
   * Handles a {@code enforcement-non-participation} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(EnforcementNonParticipation clause);

  /**
   * Handles a {@code cooperation-condition} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(CooperationCondition clause);

  /**
   * Handles a {@code safe-space} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(SafeSpace clause);

  /**
   * Handles a {@code reporting-requirement} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(ReportingRequirement clause);

  /**
   * Handles a {@code general-provision} clause.
   *
   * @param clause the clause
   * @return what the visitor makes of it
   */
  R visit(GeneralProvision clause);
}
