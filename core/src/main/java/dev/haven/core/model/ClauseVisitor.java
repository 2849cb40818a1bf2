package dev.haven.core.model;

/**
 * One method per clause kind. Implementing it is how code handles every kind and is told by the compiler
 * when a kind is added.
 *
 * @param <R> what the visit produces
 */
public interface ClauseVisitor<R> {
  R visit(CommunicationLimit clause);

  R visit(SpendingRestriction clause);

  R visit(ServiceNonDenial clause);

  R visit(StatusNonInquiry clause);

  R visit(DetentionLimit clause);

  R visit(DetainerLimit clause);

  R visit(NotificationLimit clause);

  R visit(FacilityAccessLimit clause);

  R visit(EnforcementNonParticipation clause);

  R visit(CooperationCondition clause);

  R visit(SafeSpace clause);

  R visit(ReportingRequirement clause);

  R visit(GeneralProvision clause);
}
