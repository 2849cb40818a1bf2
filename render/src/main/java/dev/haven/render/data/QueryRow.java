package dev.haven.render.data;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One matched clause as query output shows it: the shape of {@code query --format json}. The first nine fields are
 * the v1 shape; the rest carry what a reader needs to act on the answer: the set's status and date, how the clause
 * matched the actor asked for, a cooperation condition's grounds, each exception with its words, the conditions,
 * the kind's own scope fields and the source.
 */
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
    List<String> grounds,
    List<Map<String, Object>> exceptionTexts,
    List<Map<String, Object>> conditions,
    Map<String, Object> scope,
    Map<String, Object> source,
    String inForce) {

  /**
   * A row that says nothing of the day asked about ({@code inForce} null).
   *
   * @param set the set's id
   * @param jurisdiction the jurisdiction's name
   * @param file the file, as the user named it
   * @param id the clause's id
   * @param kind its kind
   * @param modality its modality, or null
   * @param actors whom it binds
   * @param exceptions its exception grounds
   * @param text its text
   * @param status the set's status
   * @param date the set's date, or null
   * @param matched how it matched the actor asked for, or null
   * @param grounds a cooperation condition's grounds, or null
   * @param exceptionTexts each exception with its words
   * @param conditions its conditions
   * @param scope its kind's own fields
   * @param source where its text comes from, or null
   */
  public QueryRow(String set, String jurisdiction, String file, String id, String kind, String modality,
      List<String> actors, List<String> exceptions, String text, String status, String date, String matched,
      List<String> grounds, List<Map<String, Object>> exceptionTexts, List<Map<String, Object>> conditions,
      Map<String, Object> scope, Map<String, Object> source) {
    this(set, jurisdiction, file, id, kind, modality, actors, exceptions, text, status, date, matched, grounds,
        exceptionTexts, conditions, scope, source, null);
  }

  /**
   * The same row marked as perhaps not in force on the day asked about: a date of the clause or its set, given
   * without its day, leaves that day open.
   *
   * @return this row with {@code inForce} "uncertain"
   */
  public QueryRow uncertain() {
    return new QueryRow(set, jurisdiction, file, id, kind, modality, actors, exceptions, text, status, date, matched,
        grounds, exceptionTexts, conditions, scope, source, "uncertain");
  }

  /**
   * The row of one matching clause.
   *
   * @param file the file the set came from, as the user named it
   * @param set the clause's set
   * @param clause the clause
   * @param matched why it matched, when a filter reached it through a group ({@code Query#explain})
   * @return the row
   */
  public static QueryRow of(String file, ClauseSet set, Clause clause, Optional<String> matched) {
    return new QueryRow(set.id(), set.jurisdiction().name(), file, clause.id(), clause.kind().wireName(),
        clause.modality().map(Vocabulary::wireName).orElse(null),
        clause.actors().stream().map(ActorKey::value).toList(),
        clause.exceptions().stream().map(Exemption::ground).map(g -> g.wireName()).toList(),
        clause.text(), set.status().wireName(), set.date().map(Object::toString).orElse(null),
        matched.orElse(null),
        clause instanceof CooperationCondition c ? c.grounds().stream().map(g -> g.wireName()).toList() : null,
        clause.exceptions().stream().map(QueryRow::exception).toList(),
        clause.conditions().stream().map(QueryRow::condition).toList(),
        scope(clause), source(set, clause));
  }

  private static Map<String, Object> exception(Exemption e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ground", e.ground().wireName());
    m.put("text", e.text().orElse(null));
    return m;
  }

  private static Map<String, Object> condition(Condition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type().wireName());
    m.put("by", c.by().map(ActorKey::value).orElse(null));
    m.put("text", c.text().orElse(null));
    return m;
  }

  /** The kind's own fields that are given, as a file writes them (a cooperation condition's grounds too). */
  private static Map<String, Object> scope(Clause clause) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (OwnField f : clause.ownFields()) {
      if (!f.isUnspecified()) {
        m.put(f.name(), f.spec().isList() ? f.wireValues() : f.wireValues().get(0));
      }
    }
    return m;
  }

  private static Map<String, Object> source(ClauseSet set, Clause clause) {
    Optional<SourceRef> ref = clause.core().source();
    if (ref.isEmpty()) {
      return null;
    }
    Optional<Source> doc = set.sources().stream().filter(s -> s.id().equals(ref.get().document())).findFirst();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("document", ref.get().document());
    m.put("title", doc.map(Source::title).orElse(null));
    m.put("url", doc.flatMap(Source::url).orElse(null));
    m.put("locator", ref.get().locator().orElse(null));
    m.put("quote", ref.get().quote().orElse(null));
    return m;
  }

  /**
   * The row as an ordered map, keys in the order of the public JSON shape.
   *
   * @return the map
   */
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
    m.put("exceptionTexts", exceptionTexts);
    m.put("conditions", conditions);
    m.put("scope", scope);
    m.put("source", source);
    if (inForce != null) {
      m.put("inForce", inForce);
    }
    return m;
  }

  /** Lines for people: each exception with its words, each condition, and where the text comes from. */
  List<String> detailLines() {
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> e : exceptionTexts) {
      lines.add("except " + e.get("ground") + (e.get("text") == null ? "" : ": " + e.get("text")));
    }
    for (Map<String, Object> c : conditions) {
      lines.add("condition " + c.get("type") + (c.get("by") == null ? "" : " by " + c.get("by"))
          + (c.get("text") == null ? "" : ": " + c.get("text")));
    }
    if (source != null) {
      lines.add("source: " + (source.get("title") == null ? source.get("document") : source.get("title"))
          + (source.get("locator") == null ? "" : ", " + source.get("locator"))
          + (source.get("url") == null ? "" : " <" + source.get("url") + ">"));
    }
    return lines;
  }
}
