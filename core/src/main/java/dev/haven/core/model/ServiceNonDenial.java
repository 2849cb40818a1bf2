package dev.haven.core.model;

import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.ServiceBasis;
import java.util.List;
import java.util.Objects;

/**
 * Services may not be denied on the stated basis.
 *
 * @param core the fields every clause has
 * @param services the services that may not be denied; empty when not specified
 * @param basis the grounds on which they may not be denied
 */
public record ServiceNonDenial(
    ClauseCore core,
    List<Term<Service>> services,
    List<Term<ServiceBasis>> basis) implements Clause {

  /** {@link #services()}, as a typed reference to the field {@code services}. */
  public static final KindField.VocabularyList<ServiceNonDenial, Service> SERVICES =
      KindField.terms(ServiceNonDenial.class, "services", Service.class, FieldImpact.SCOPE,
          ServiceNonDenial::services);
  /** {@link #basis()}, as a typed reference to the field {@code basis}. */
  public static final KindField.VocabularyList<ServiceNonDenial, ServiceBasis> BASIS =
      KindField.terms(ServiceNonDenial.class, "basis", ServiceBasis.class, FieldImpact.SCOPE,
          ServiceNonDenial::basis);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<ServiceNonDenial, ?>> FIELDS = List.of(SERVICES, BASIS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param services {@link #services()}
   * @param basis {@link #basis()}
   */
  public ServiceNonDenial {
    Objects.requireNonNull(core, "core");
    services = SERVICES.given(services);
    basis = BASIS.given(basis);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SERVICE_NON_DENIAL;
  }

  @Override
  public ServiceNonDenial withCore(ClauseCore newCore) {
    return new ServiceNonDenial(newCore, services, basis);
  }
}
