package dev.haven.cli.output;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.vocab.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One matched clause as query output shows it: the shape of {@code query --format json}. */
public record QueryRow(
    String set,
    String jurisdiction,
    String file,
    String id,
    String kind,
    String modality,
    List<String> actors,
    List<String> exceptions,
    String text,
    String status,
    String date,
    String matched,
    List<String> grounds) {

  public static QueryRow of(String file, ClauseSet set, Clause clause, java.util.Optional<String> matched) {
    return new QueryRow(set.id(), set.jurisdiction().name(), file, clause.id(), clause.kind().wireName(),
        clause.modality().map(Vocabulary::wireName).orElse(null),
        clause.actors().stream().map(ActorKey::value).toList(),
        clause.exceptions().stream().map(Exemption::ground).map(g -> g.wireName()).toList(),
        clause.text(), set.status().wireName(), set.date().map(Object::toString).orElse(null),
        matched.orElse(null), clause instanceof dev.haven.core.model.CooperationCondition c
            ? c.grounds().stream().map(g -> g.wireName()).toList() : null);
  }

  /** The row as an ordered map, keys in the order of the public JSON shape. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("set", set);
    m.put("jurisdiction", jurisdiction);
    m.put("file", file);
    m.put("id", id);
    m.put("kind", kind);
    m.put("modality", modality);
    m.put("actors", actors);
    m.put("exceptions", exceptions);
    m.put("text", text);
    m.put("status", status);
    m.put("date", date);
    if (matched != null) {
      m.put("matched", matched);
    }
    if (grounds != null) {
      m.put("grounds", grounds);
    }
    return m;
  }
}
