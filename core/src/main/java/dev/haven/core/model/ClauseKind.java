package dev.haven.core.model;

import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;

/** The kinds of clause, each with the fields of its own. Every kind is one record implementing {@link Clause}. */
public enum ClauseKind implements Vocabulary {
  /** {@code communication-limit}: limits what is told to federal immigration authorities (or anyone). */
  COMMUNICATION_LIMIT(
      Modality.PROHIBITION,
      "limits what is told to federal immigration authorities (or anyone) about a person",
      CommunicationLimit.FIELDS),
  /** {@code spending-restriction}: keeps public funds and other resources from immigration enforcement. */
  SPENDING_RESTRICTION(
      Modality.PROHIBITION,
      "keeps public funds and other resources from immigration enforcement",
      SpendingRestriction.FIELDS),
  /** {@code service-non-denial}: services may not be denied because of status. */
  SERVICE_NON_DENIAL(
      Modality.PROHIBITION,
      "services may not be denied because of status",
      ServiceNonDenial.FIELDS),
  /** {@code status-non-inquiry}: officials do not ask about, disclose or record status, or ask for documents. */
  STATUS_NON_INQUIRY(
      Modality.PROHIBITION,
      "officials do not ask about, disclose or record status, or ask for documents",
      StatusNonInquiry.FIELDS),
  /** {@code detention-limit}: no stop, detention, arrest or investigation on the basis of status. */
  DETENTION_LIMIT(
      Modality.PROHIBITION,
      "no stop, detention, arrest or investigation on the basis of status",
      DetentionLimit.FIELDS),
  /** {@code detainer-limit}: federal detainers, holds and administrative warrants are not honored. */
  DETAINER_LIMIT(
      Modality.PROHIBITION,
      "federal detainers, holds and administrative warrants are not honored",
      DetainerLimit.FIELDS),
  /** {@code notification-limit}: federal immigration authorities are not notified of releases and the like. */
  NOTIFICATION_LIMIT(
      Modality.PROHIBITION,
      "federal immigration authorities are not notified of releases and the like",
      NotificationLimit.FIELDS),
  /** {@code facility-access-limit}: immigration authorities are kept out of jails, interviews, databases, offices. */
  FACILITY_ACCESS_LIMIT(
      Modality.PROHIBITION,
      "federal immigration authorities are kept out of jails, interviews, databases, offices",
      FacilityAccessLimit.FIELDS),
  /** {@code enforcement-non-participation}: no raids, 287(g) agreements, deputization or joint operations. */
  ENFORCEMENT_NON_PARTICIPATION(
      Modality.PROHIBITION,
      "no raids, 287(g) agreements, deputization or joint operations",
      EnforcementNonParticipation.FIELDS),
  /** {@code cooperation-condition}: cooperation with federal immigration authorities only on the listed grounds. */
  COOPERATION_CONDITION(
      Modality.PERMISSION,
      "cooperation with federal immigration authorities only on the listed grounds",
      CooperationCondition.FIELDS),
  /** {@code safe-space}: named places are safe spaces. */
  SAFE_SPACE(
      Modality.OBLIGATION,
      "named places are safe spaces",
      SafeSpace.FIELDS),
  /** {@code reporting-requirement}: someone must report on the policy's use. */
  REPORTING_REQUIREMENT(
      Modality.OBLIGATION,
      "someone must report on the policy's use",
      ReportingRequirement.FIELDS),
  /** {@code general-provision}: findings, definitions, severability, effective date and other framing provisions. */
  GENERAL_PROVISION(
      null,
      "findings, definitions, severability, effective date and other framing provisions",
      GeneralProvision.FIELDS);

  private final Modality typicalModality;
  private final String description;
  private final List<KindField<?, ?>> kindFields;
  private final List<FieldSpec> fields;

  ClauseKind(Modality typicalModality, String description, List<? extends KindField<?, ?>> kindFields) {
    this.typicalModality = typicalModality;
    this.description = description;
    this.kindFields = List.copyOf(kindFields);
    this.fields = this.kindFields.stream().map(KindField::spec).toList();
  }

  /** {@return the modality clauses of this kind usually have; empty where any modality is usual} */
  public Optional<Modality> typicalModality() {
    return Optional.ofNullable(typicalModality);
  }

  /** {@return what clauses of this kind do, in a few words} */
  public String description() {
    return description;
  }

  /** {@return the kind's own fields, in the order a canonical file writes them} */
  public List<FieldSpec> fields() {
    return fields;
  }

  /** {@return the kind's own fields as typed references to its record's values, in the same order} */
  public List<KindField<?, ?>> kindFields() {
    return kindFields;
  }

  /**
   * Looks up one of the kind's own fields.
   *
   * @param name the field's name as written in files ({@code information}, {@code grounds}…)
   * @return the own field called {@code name}, if the kind has one
   */
  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * The kind a field belongs to.
   *
   * @param field one of a kind's own fields
   * @return the kind whose fields include it
   */
  public static ClauseKind owning(KindField<?, ?> field) {
    for (ClauseKind kind : values()) {
      if (kind.kindFields.contains(field)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(field + " belongs to no kind");
  }

  /** {@return whether a clause of this kind must state its modality} */
  public boolean requiresModality() {
    return this != GENERAL_PROVISION;
  }
}
