package dev.haven.core.io.internal;

import java.util.regex.Pattern;
import dev.haven.core.io.Position;
import dev.haven.core.io.Problem;
import dev.haven.core.io.internal.Node.Entry;
import dev.haven.core.io.internal.Node.ListNode;
import dev.haven.core.io.internal.Node.MapNode;
import dev.haven.core.io.internal.Node.ScalarNode;
import dev.haven.core.io.internal.Node.ScalarType;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.PartialDate;
import dev.haven.core.model.KindField;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.Suggestions;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one mapping in a clause-set file, reporting each wrong or missing field as a
 * {@link Problem} and carrying on, so that one pass finds every problem in a file.
 */
final class Fields {

  private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final MapNode node;
  private final String owner;
  private final List<Problem> problems;
  /** Which entries have been read, by index: a set of names cost a hash per field of every clause. */
  private final boolean[] consumed;

  /**
   * @param owner how messages name this mapping: "the clause set", "clause 'x'"
   */
  Fields(MapNode node, String owner, List<Problem> problems) {
    this(node, owner, problems, new boolean[node.entries().size()]);
  }

  private Fields(MapNode node, String owner, List<Problem> problems, boolean[] consumed) {
    this.node = node;
    this.owner = owner;
    this.problems = problems;
    this.consumed = consumed;
  }

  /** The same mapping, named differently in messages (once its name is known), remembering what was read. */
  Fields named(String newOwner) {
    return new Fields(node, newOwner, problems, consumed);
  }

  /** Reads a mapping, or reports that {@code value} is not one. */
  static Optional<Fields> of(Node value, String owner, String expected, List<Problem> problems) {
    if (value instanceof MapNode map) {
      return Optional.of(new Fields(map, owner, problems));
    }
    problems.add(new Problem(value.position(), "expected " + expected + ", found " + value.describe()));
    return Optional.empty();
  }

  Position position() {
    return node.position();
  }

  MapNode node() {
    return node;
  }


  String owner() {
    return owner;
  }

  void problem(Position at, String message) {
    problems.add(new Problem(at, message));
  }

  /** The value of a field, if present and not null. */
  Optional<Node> get(String name) {
    List<Entry> entries = node.entries();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.key().equals(name)) {
        consumed[i] = true;
        return isNull(e.value()) ? Optional.empty() : Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  boolean has(String name) {
    return get(name).isPresent();
  }

  Optional<Node> required(String name, String expected) {
    Optional<Node> value = get(name);
    if (value.isEmpty()) {
      reportMissing(name, expected);
    }
    return value;
  }

  private void reportMissing(String name, String expected) {
    if (!isMisspelled(name)) {
      problem(node.position(), owner + " has no '" + name + "'; expected " + expected);
    }
  }

  /**
   * True when the mapping has a key that is evidently {@code name} misspelled: its unknown-field report will say
   * "did you mean", so reporting the field as missing too would count one mistake twice.
   */
  boolean isMisspelled(String name) {
    // an x- field is an extension, never reported as unknown, so it cannot stand for a misspelled field
    return node.entries().stream().map(Entry::key)
        .filter(k -> !k.startsWith(Vocabularies.EXTENSION_PREFIX))
        .anyMatch(k -> !k.equals(name) && Suggestions.closest(k, List.of(name)).isPresent());
  }

  /**
   * Reports each field that is none of {@code known} but a misspelling of one of {@code names} ("kird" for
   * "kind"); other unknown fields are left for {@link #rejectUnknown}.
   */
  void reportMisspellings(Collection<String> names, Collection<String> known) {
    for (Entry entry : node.entries()) {
      String key = entry.key();
      if (!known.contains(key) && !key.startsWith(Vocabularies.EXTENSION_PREFIX)) {
        Suggestions.closest(key, names).ifPresent(name -> problem(entry.keyPosition(),
            "unknown field '" + key + "' in " + owner + "; did you mean '" + name + "'?"));
      }
    }
  }

  Optional<String> text(String name) {
    return get(name).flatMap(v -> asText(v, name));
  }

  /**
   * A date field: a day, or a month, year or interval when the sources give no day ({@link PartialDate}); a
   * problem at the field when it is none of these.
   */
  Optional<PartialDate> partialDate(String name) {
    Optional<String> text = text(name);
    Optional<PartialDate> date = text.flatMap(PartialDate::parse);
    if (text.isPresent() && date.isEmpty()) {
      problem(get(name).get().position(), "'" + text.get() + "' in '" + name + "' of " + owner + " is not a date;"
          + " expected YYYY-MM-DD, e.g. 2017-02-07, or YYYY-MM or YYYY when the sources give no day, or FROM/TO"
          + " when they only bound it (e.g. 2013-11/2016-12)");
    }
    return date;
  }

  Optional<String> requiredText(String name, String expected) {
    Optional<String> text = required(name, expected).flatMap(v -> asText(v, name));
    if (text.isPresent() && text.get().isBlank()) {
      problem(get(name).get().position(), owner + " has an empty '" + name + "'; expected " + expected);
      return Optional.empty();
    }
    return text;
  }

  Optional<String> asText(Node value, String name) {
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.text());
    }
    problem(value.position(), "'" + name + "' of " + owner + " must be text, found " + value.describe());
    return Optional.empty();
  }

  /** The items of a list field; reports a field that is present but not a list. */
  Optional<List<Node>> list(String name) {
    return get(name).flatMap(v -> asList(v, name));
  }

  Optional<List<Node>> asList(Node value, String name) {
    if (value instanceof ListNode list) {
      return Optional.of(list.items());
    }
    String hint = value instanceof ScalarNode s ? "; write [" + s.text() + "]" : "";
    problem(value.position(), "'" + name + "' of " + owner + " must be a list, found " + value.describe() + hint);
    return Optional.empty();
  }

  /** The texts of a list field of free text. */
  List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    list(name).ifPresent(items -> items.forEach(item -> asText(item, name).ifPresent(out::add)));
    return out;
  }

  /** A closed-vocabulary value (no extensions), reported with the allowed values when wrong. */
  <E extends Enum<E> & Vocabulary> Optional<E> enumValue(String name, Class<E> type, boolean required) {
    Optional<Node> value = get(name);
    if (value.isEmpty() && required) {
      reportMissing(name, oneOf(type)); // the list of values is made only for the message
    }
    return value.flatMap(v -> asText(v, name).flatMap(text -> {
      Optional<E> found = Vocabularies.find(type, text);
      if (found.isEmpty()) {
        problem(v.position(), "'" + text + "' is not a known value for '" + name + "' of " + owner + "; expected "
            + oneOf(type) + Suggestions.didYouMean(text, Vocabularies.wireNames(type)));
      }
      return found;
    }));
  }

  /** One value of a vocabulary that admits {@code x-} extensions. */
  <E extends Enum<E> & Vocabulary> Optional<Term<E>> term(String name, Class<E> type) {
    return get(name).flatMap(v -> asTerm(v, name, type));
  }

  /** The values of a kind's vocabulary list field. */
  <E extends Enum<E> & Vocabulary> List<Term<E>> terms(KindField.VocabularyList<?, E> field) {
    return terms(field.name(), field.vocabulary());
  }

  /** The value of a kind's single vocabulary field, or its default when the file leaves it out. */
  <E extends Enum<E> & Vocabulary> Term<E> term(KindField.VocabularyValue<?, E> field) {
    return term(field.name(), field.vocabulary()).orElse(field.absent());
  }

  /** The value of a kind's optional vocabulary field. */
  <E extends Enum<E> & Vocabulary> Optional<Term<E>> term(KindField.OptionalVocabularyValue<?, E> field) {
    return term(field.name(), field.vocabulary());
  }

  /** The texts of a kind's list field of free text. */
  List<String> texts(KindField.Plain<?, List<String>> field) {
    return texts(field.name());
  }

  <E extends Enum<E> & Vocabulary> List<Term<E>> terms(String name, Class<E> type) {
    List<Term<E>> out = new ArrayList<>();
    list(name).ifPresent(items -> items.forEach(item -> asTerm(item, name, type).ifPresent(out::add)));
    return out;
  }

  <E extends Enum<E> & Vocabulary> Optional<Term<E>> asTerm(Node value, String name, Class<E> type) {
    return asText(value, name).flatMap(text -> {
      Optional<E> known = Vocabularies.find(type, text);
      if (known.isPresent()) {
        return Optional.of(Term.of(known.get()));
      }
      if (Vocabularies.isExtension(text)) {
        return Optional.of(Term.<E>extension(text));
      }
      problem(value.position(), "'" + text + "' is not a known value for '" + name + "' of " + owner + "; expected "
          + oneOf(type) + ", or an x- extension" + Suggestions.didYouMean(text, Vocabularies.wireNames(type)));
      return Optional.empty();
    });
  }

  /** Every value of a list of mappings, each read by {@code reader}. */
  <T> List<T> objects(String name, String what, Function<Fields, Optional<T>> reader) {
    List<T> out = new ArrayList<>();
    list(name).ifPresent(items -> {
      for (Node item : items) {
        of(item, what, what + " (a mapping)", problems).flatMap(reader).ifPresent(out::add);
      }
    });
    return out;
  }

  /**
   * Reports every field not read so far that is not an {@code x-} extension, with a suggestion from
   * {@code known}; {@code explain} may say more about a particular name (e.g. that it belongs to another kind).
   */
  void rejectUnknown(Collection<String> known, Function<String, Optional<String>> explain) {
    List<Entry> entries = node.entries();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      String key = entry.key();
      if (consumed[i] || key.startsWith(Vocabularies.EXTENSION_PREFIX)) {
        continue;
      }
      String message = explain.apply(key).orElseGet(() -> "unknown field '" + key + "' in " + owner
          + Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?")
              .orElse("; expected one of " + String.join(", ", known) + ", or an x- field")
          + (FIELD_NAME.matcher(key).matches() ? ""
              : " (if it is part of a value, quote that value: a comma inside { } starts a new field)"));
      problem(entry.keyPosition(), message);
    }
  }

  void rejectUnknown(Collection<String> known) {
    rejectUnknown(known, key -> Optional.empty());
  }

  /** The {@code x-} fields, as plain data. */
  Extensions extensions() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Entry entry : node.entries()) {
      if (entry.key().startsWith(Vocabularies.EXTENSION_PREFIX)) {
        values.put(entry.key(), plain(entry.value()));
      }
    }
    return values.isEmpty() ? Extensions.NONE : new Extensions(values);
  }

  static Object plain(Node value) {
    if (value instanceof MapNode map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.entries().forEach(e -> out.put(e.key(), plain(e.value())));
      return out;
    }
    if (value instanceof ListNode list) {
      List<Object> out = new ArrayList<>();
      list.items().forEach(item -> out.add(plain(item)));
      return out;
    }
    ScalarNode scalar = (ScalarNode) value;
    return switch (scalar.type()) {
      case NULL -> null;
      case BOOLEAN -> Boolean.valueOf(scalar.text());
      case STRING -> scalar.text();
      case NUMBER -> number(scalar.text());
    };
  }

  private static Object number(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException notLong) {
      try {
        return Double.valueOf(text);
      } catch (NumberFormatException notDouble) {
        return text;
      }
    }
  }

  private static boolean isNull(Node value) {
    return value instanceof ScalarNode s && s.type() == ScalarType.NULL;
  }

  static String oneOf(Class<? extends Vocabulary> type) {
    return "one of " + String.join(", ", Vocabularies.wireNames(type));
  }
}
