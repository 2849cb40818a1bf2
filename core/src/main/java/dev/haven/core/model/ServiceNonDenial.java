package dev.haven.core.model;

import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.ServiceBasis;
import java.util.List;
import java.util.Objects;

/** Services may not be denied on the stated basis. */
public record ServiceNonDenial(
    ClauseCore core,
    List<Term<Service>> services,
    List<Term<ServiceBasis>> basis) implements Clause {

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
