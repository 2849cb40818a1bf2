package dev.haven.core.model;

import dev.haven.core.vocab.Modality;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every clause has, whatever its kind.
 *
 * @param id unique within the set: lowercase letters, digits and {@code -}
 * @param modality how the clause binds; empty only for a general provision that states none
 * @param actors whom the clause binds; never empty
 * @param text the operative text, verbatim where a source has it
 * @param title a short heading, if the clause has one
 * @param exceptions grounds on which the clause gives way (alternatives)
 * @param conditions what must all hold before acting
 * @param source where the text comes from, if the clause names a source
 * @param notes editors' notes, never rendered as law
 * @param extensions the clause's {@code x-} fields, kept as written
 */
public record ClauseCore(
    String id,
    Optional<Modality> modality,
    List<ActorKey> actors,
    String text,
    Optional<String> title,
    List<Exemption> exceptions,
    List<Condition> conditions,
    Optional<SourceRef> source,
    Optional<String> notes,
    ClauseLife life,
    Extensions extensions) {

  /**
   * Checks that every field is given (empty, not null, when absent) and copies the lists.
   *
   * @param id unique within the set: lowercase letters, digits and {@code -}
   * @param modality how the clause binds; empty only for a general provision that states none
   * @param actors whom the clause binds; never empty
   * @param text the operative text, verbatim where a source has it
   * @param title a short heading, if the clause has one
   * @param exceptions grounds on which the clause gives way (alternatives)
   * @param conditions what must all hold before acting
   * @param source where the text comes from, if the clause names a source
   * @param notes editors' notes, never rendered as law
   * @param life when the clause was in force, where its own dates differ from its set's
   * @param extensions the clause's {@code x-} fields, kept as written
   */
  public ClauseCore {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modality, "modality");
    actors = List.copyOf(actors);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    exceptions = List.copyOf(exceptions);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(life, "life");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * A core in force whenever its set is ({@link ClauseLife#AS_SET}), as clauses were made before clause dates.
   *
   * @param id the clause id, unique within its set
   * @param modality how the clause binds
   * @param actors whom the clause binds
   * @param text the operative text
   * @param title a short heading, if any
   * @param exceptions grounds on which the clause gives way
   * @param conditions what must all hold before acting
   * @param source where the text comes from
   * @param notes editors' notes
   * @param extensions the clause's {@code x-} fields
   */
  public ClauseCore(String id, Optional<Modality> modality, List<ActorKey> actors, String text,
      Optional<String> title, List<Exemption> exceptions, List<Condition> conditions, Optional<SourceRef> source,
      Optional<String> notes, Extensions extensions) {
    this(id, modality, actors, text, title, exceptions, conditions, source, notes, ClauseLife.AS_SET, extensions);
  }

  /**
   * Replaces the id.
   *
   * @param newId the new id
   * @return this core with that id
   */
  public ClauseCore withId(String newId) {
    return new ClauseCore(newId, modality, actors, text, title, exceptions, conditions, source, notes, life,
        extensions);
  }

  /**
   * A core with only the required fields; the rest empty.
   *
   * @param id the clause id, unique within its set
   * @param modality how the clause binds, or null for a general provision that states none
   * @param actors whom the clause binds
   * @param text the operative text
   * @return a core with only these fields; the rest empty
   */
  public static ClauseCore of(String id, Modality modality, List<ActorKey> actors, String text) {
    return new ClauseCore(
        id, Optional.ofNullable(modality), actors, text, Optional.empty(), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Extensions.NONE);
  }

  /**
   * Replaces the exceptions.
   *
   * @param newExceptions the new exceptions
   * @return this core with those exceptions
   */
  public ClauseCore withExceptions(List<Exemption> newExceptions) {
    return new ClauseCore(id, modality, actors, text, title, newExceptions, conditions, source, notes, life,
        extensions);
  }

  /**
   * Replaces the modality.
   *
   * @param newModality the new modality, or null for none
   * @return this core with that modality
   */
  public ClauseCore withModality(Modality newModality) {
    return new ClauseCore(id, Optional.ofNullable(newModality), actors, text, title, exceptions, conditions, source,
        notes, life, extensions);
  }

  /**
   * Replaces the text.
   *
   * @param newText the new text
   * @return this core with that text
   */
  public ClauseCore withText(String newText) {
    return new ClauseCore(id, modality, actors, newText, title, exceptions, conditions, source, notes, life,
        extensions);
  }
}
