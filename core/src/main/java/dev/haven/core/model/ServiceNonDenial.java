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

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param services the services that may not be denied; empty when not specified
   * @param basis the grounds on which they may not be denied
   */
  public ServiceNonDenial {
    Objects.requireNonNull(core, "core");
    services = List.copyOf(services);
    basis = List.copyOf(basis);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SERVICE_NON_DENIAL;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), services, basis);
  }

  @Override
  public ServiceNonDenial withCore(ClauseCore newCore) {
    return new ServiceNonDenial(newCore, services, basis);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
