package dev.haven.importer.internal;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clause as the rules read it, before it is written as a clause set.
 *
 * @param text a verbatim span of the document's text: {@code [start, end)} of {@link Outline#text()}
 * @param actors standard actors
 * @param exceptions grounds with the verbatim words that give them
 * @param values the kind's own fields, by field name
 * @param terms defined terms (term → its sentence), for a definitions provision
 * @param fired the ids of the rules that gave each part ("kind", "modality", "actors", "exceptions", ...)
 * @param review what a person should check, in words; empty when nothing is unsure
 */
public record DraftClause(
    ClauseKind kind,
    Optional<Modality> modality,
    List<String> actors,
    String text,
    int start,
    int end,
    Provision provision,
    List<Ground> exceptions,
    Map<String, List<String>> values,
    Map<String, String> terms,
    Map<String, List<String>> fired,
    List<String> review) {

  /** One exception: its ground and the words that give it. */
  public record Ground(ExceptionGround ground, String text) {}

  public boolean needsReview() {
    return !review.isEmpty();
  }
}
