package dev.haven.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a clerk's copy of an instrument carries besides its text: the number the body gave it, who sponsored it, and
 * the block in which it is attested and signed. All optional; a set that gives none is {@link #NONE}.
 *
 * @param number the enactment or file number, e.g. {@code RES-17-00125}
 * @param sponsors who introduced or sponsored it, in the order the record lists them
 * @param attestation the closing attestation and signature lines, when the document has them
 */
public record Enactment(Optional<String> number, List<String> sponsors, Optional<Attestation> attestation) {

  /** No number, no sponsors, no attestation. */
  public static final Enactment NONE = new Enactment(Optional.empty(), List.of(), Optional.empty());

  /**
   * Checks that no field is null and copies the list, so the value stays immutable.
   *
   * @param number the enactment or file number
   * @param sponsors who introduced or sponsored it
   * @param attestation the closing attestation and signature lines
   */
  public Enactment {
    Objects.requireNonNull(number, "number");
    sponsors = List.copyOf(sponsors);
    Objects.requireNonNull(attestation, "attestation");
  }

  /** {@return whether the set gives none of these} */
  public boolean isEmpty() {
    return number.isEmpty() && sponsors.isEmpty() && attestation.isEmpty();
  }
}
