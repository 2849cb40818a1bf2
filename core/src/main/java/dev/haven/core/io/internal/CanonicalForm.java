package dev.haven.core.io.internal;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.DefinedTerm;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.Param;
import dev.haven.core.model.Party;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A clause set as ordered plain maps and lists, in the order and shape a canonical file has. */
public final class CanonicalForm {

  private CanonicalForm() {}

  public static Map<String, Object> of(ClauseSet set) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", ClauseSet.FORMAT);
    m.put("id", set.id());
    m.put("title", set.title());
    m.put("jurisdiction", jurisdiction(set.jurisdiction()));
    put(m, "type", set.type().map(Vocabulary::wireName));
    put(m, "body", set.body());
    m.put("status", set.status().wireName());
    put(m, "date", set.date().map(Object::toString).or(() -> set.life().adopted().map(Object::toString)));
    put(m, "effective", set.life().effective().map(Object::toString));
    put(m, "ended", set.life().ended().map(Object::toString));
    putList(m, "supersedes", set.life().supersedes());
    putList(m, "amends", set.life().amends());
    put(m, "superseded-by", set.life().supersededBy());
    put(m, "number", set.enactment().number());
    putList(m, "sponsors", set.enactment().sponsors());
    set.enactment().attestation().ifPresent(a -> m.put("attestation", attestation(a)));
    if (!set.params().isEmpty()) {
      Map<String, Object> params = new LinkedHashMap<>();
      set.params().values().forEach(p -> params.put(p.name(), param(p)));
      m.put("params", params);
    }
    if (!set.parties().isEmpty()) {
      Map<String, Object> parties = new LinkedHashMap<>();
      set.parties().values().forEach(p -> parties.put(p.key().value(), party(p)));
      m.put("parties", parties);
    }
    putList(m, "sources", set.sources().stream().map(CanonicalForm::source).toList());
    put(m, "notes", set.notes());
    putList(m, "recitals", set.recitals());
    m.put("clauses", set.clauses().stream().map(CanonicalForm::clause).toList());
    return withExtensions(m, set.extensions());
  }

  private static Map<String, Object> attestation(Attestation a) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "text", a.text());
    putList(m, "signatures", a.signatures().stream().map(s -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("title", s.title());
      put(line, "name", s.name());
      return withExtensions(line, s.extensions());
    }).toList());
    return withExtensions(m, a.extensions());
  }

  /** One clause as the canonical file writes it. */
  public static Map<String, Object> clause(Clause c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("kind", c.kind().wireName());
    put(m, "title", c.core().title());
    put(m, "modality", c.modality().map(Vocabulary::wireName));
    m.put("actors", c.actors().stream().map(ActorKey::value).toList());
    for (OwnField field : c.ownFields()) {
      if (!field.isUnspecifiedOrDefault()) {
        m.put(field.name(), ownValue(field.value()));
      }
    }
    m.put("text", c.text());
    putList(m, "exceptions", c.exceptions().stream().map(CanonicalForm::exemption).toList());
    putList(m, "conditions", c.conditions().stream().map(CanonicalForm::condition).toList());
    c.core().source().ifPresent(s -> m.put("source", sourceRef(s)));
    put(m, "notes", c.core().notes());
    put(m, "effective", c.core().life().effective().map(Object::toString));
    put(m, "ended", c.core().life().ended().map(Object::toString));
    return withExtensions(m, c.core().extensions());
  }

  private static Object ownValue(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(CanonicalForm::ownValue).toList();
    }
    if (value instanceof DefinedTerm t) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("term", t.term());
      m.put("text", t.text());
      return withExtensions(m, t.extensions());
    }
    if (value instanceof Term<?> term) {
      return term.wireName();
    }
    if (value instanceof ActorKey key) {
      return key.value();
    }
    return value;
  }

  private static Map<String, Object> jurisdiction(Jurisdiction j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", j.name());
    m.put("level", j.level().wireName());
    put(m, "state", j.state());
    if (!j.country().equals(Jurisdiction.DEFAULT_COUNTRY)) {
      m.put("country", j.country());
    }
    return withExtensions(m, j.extensions());
  }

  private static Map<String, Object> param(Param p) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "description", p.description());
    put(m, "default", p.defaultValue());
    return withExtensions(m, p.extensions());
  }

  private static Map<String, Object> party(Party p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    put(m, "kind", p.kind().map(Vocabulary::wireName));
    return withExtensions(m, p.extensions());
  }

  private static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    put(m, "publisher", s.publisher());
    put(m, "url", s.url());
    put(m, "date", s.date().map(Object::toString));
    put(m, "notes", s.notes());
    return withExtensions(m, s.extensions());
  }

  private static Map<String, Object> exemption(Exemption e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ground", e.ground().wireName());
    put(m, "text", e.text());
    return withExtensions(m, e.extensions());
  }

  private static Map<String, Object> condition(Condition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type().wireName());
    put(m, "by", c.by().map(ActorKey::value));
    put(m, "text", c.text());
    return withExtensions(m, c.extensions());
  }

  private static Map<String, Object> sourceRef(SourceRef s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", s.document());
    put(m, "locator", s.locator());
    put(m, "quote", s.quote());
    return withExtensions(m, s.extensions());
  }

  private static void put(Map<String, Object> m, String key, Optional<?> value) {
    value.ifPresent(v -> m.put(key, v));
  }

  private static void putList(Map<String, Object> m, String key, List<?> values) {
    if (!values.isEmpty()) {
      m.put(key, values);
    }
  }

  private static Map<String, Object> withExtensions(Map<String, Object> m, Extensions extensions) {
    m.putAll(extensions.values());
    return m;
  }
}
