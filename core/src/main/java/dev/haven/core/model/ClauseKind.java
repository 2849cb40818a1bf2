package dev.haven.core.model;

import static dev.haven.core.model.FieldSpec.ValueType.ACTOR;
import static dev.haven.core.model.FieldSpec.ValueType.DEFINED_TERMS;
import static dev.haven.core.model.FieldSpec.ValueType.TEXT;

import dev.haven.core.vocab.Activity;
import dev.haven.core.vocab.Counterparty;
import dev.haven.core.vocab.DetainerRequest;
import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import dev.haven.core.vocab.DocumentType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Facility;
import dev.haven.core.vocab.Frequency;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.InquirySubject;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.ProvisionType;
import dev.haven.core.vocab.Purpose;
import dev.haven.core.vocab.Resource;
import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.ServiceBasis;
import dev.haven.core.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;

/** The kinds of clause, each with the fields of its own. Every kind is one record implementing {@link Clause}. */
public enum ClauseKind implements Vocabulary {
  /** {@code communication-limit}: limits what is told to federal immigration authorities (or anyone). */
  COMMUNICATION_LIMIT(
      Modality.PROHIBITION,
      "limits what is told to federal immigration authorities (or anyone) about a person",
      FieldSpec.one("counterparty", Counterparty.class, "federal-immigration-authorities"),
      FieldSpec.list("information", Information.class)),
  /** {@code spending-restriction}: keeps public funds and other resources from immigration enforcement. */
  SPENDING_RESTRICTION(
      Modality.PROHIBITION,
      "keeps public funds and other resources from immigration enforcement",
      FieldSpec.list("resources", Resource.class),
      FieldSpec.list("purpose", Purpose.class)),
  /** {@code service-non-denial}: services may not be denied because of status. */
  SERVICE_NON_DENIAL(
      Modality.PROHIBITION,
      "services may not be denied because of status",
      FieldSpec.list("services", Service.class),
      FieldSpec.list("basis", ServiceBasis.class)),
  /** {@code status-non-inquiry}: officials do not ask about, disclose or record status, or ask for documents. */
  STATUS_NON_INQUIRY(
      Modality.PROHIBITION,
      "officials do not ask about, disclose or record status, or ask for documents",
      FieldSpec.list("acts", InquiryAct.class),
      FieldSpec.list("subjects", InquirySubject.class, "immigration-status"),
      FieldSpec.list("documents", DocumentType.class)),
  /** {@code detention-limit}: no stop, detention, arrest or investigation on the basis of status. */
  DETENTION_LIMIT(
      Modality.PROHIBITION,
      "no stop, detention, arrest or investigation on the basis of status",
      FieldSpec.list("acts", DetentionAct.class),
      FieldSpec.list("basis", DetentionBasis.class)),
  /** {@code detainer-limit}: federal detainers, holds and administrative warrants are not honored. */
  DETAINER_LIMIT(
      Modality.PROHIBITION,
      "federal detainers, holds and administrative warrants are not honored",
      FieldSpec.list("requests", DetainerRequest.class)),
  /** {@code notification-limit}: federal immigration authorities are not notified of releases and the like. */
  NOTIFICATION_LIMIT(
      Modality.PROHIBITION,
      "federal immigration authorities are not notified of releases and the like",
      FieldSpec.list("information", Information.class)),
  /** {@code facility-access-limit}: immigration authorities are kept out of jails, interviews, databases, offices. */
  FACILITY_ACCESS_LIMIT(
      Modality.PROHIBITION,
      "federal immigration authorities are kept out of jails, interviews, databases, offices",
      FieldSpec.list("facilities", Facility.class)),
  /** {@code enforcement-non-participation}: no raids, 287(g) agreements, deputization or joint operations. */
  ENFORCEMENT_NON_PARTICIPATION(
      Modality.PROHIBITION,
      "no raids, 287(g) agreements, deputization or joint operations",
      FieldSpec.list("activities", Activity.class)),
  /** {@code cooperation-condition}: cooperation with federal immigration authorities only on the listed grounds. */
  COOPERATION_CONDITION(
      Modality.PERMISSION,
      "cooperation with federal immigration authorities only on the listed grounds",
      FieldSpec.list("grounds", ExceptionGround.class)),
  /** {@code safe-space}: named places are safe spaces. */
  SAFE_SPACE(
      Modality.OBLIGATION,
      "named places are safe spaces",
      FieldSpec.of("places", true, TEXT)),
  /** {@code reporting-requirement}: someone must report on the policy's use. */
  REPORTING_REQUIREMENT(
      Modality.OBLIGATION,
      "someone must report on the policy's use",
      FieldSpec.of("to", false, ACTOR),
      FieldSpec.one("frequency", Frequency.class),
      FieldSpec.of("contents", true, TEXT)),
  /** {@code general-provision}: findings, definitions, severability, effective date and other framing provisions. */
  GENERAL_PROVISION(
      null,
      "findings, definitions, severability, effective date and other framing provisions",
      FieldSpec.one("provision", ProvisionType.class),
      FieldSpec.of("terms", true, DEFINED_TERMS));

  private final Modality typicalModality;
  private final String description;
  private final List<FieldSpec> fields;

  ClauseKind(Modality typicalModality, String description, FieldSpec... fields) {
    this.typicalModality = typicalModality;
    this.description = description;
    this.fields = List.of(fields);
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

  /**
   * Looks up one of the kind's own fields.
   *
   * @param name the field's name as written in files ({@code information}, {@code grounds}…)
   * @return the own field called {@code name}, if the kind has one
   */
  public Optional<FieldSpec> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** {@return whether a clause of this kind must state its modality} */
  public boolean requiresModality() {
    return this != GENERAL_PROVISION;
  }
}
