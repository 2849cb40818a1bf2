package dev.haven.core.template;

import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Problem;
import dev.haven.core.io.ReadLimits;
import dev.haven.core.io.SourceMap;
import dev.haven.core.io.Syntax;
import dev.haven.core.io.internal.Node;
import dev.haven.core.io.internal.NodeWalk;
import dev.haven.core.io.internal.SetBinder;
import dev.haven.core.io.internal.TreeReader;
import dev.haven.core.model.Clause;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.SourceRef;
import dev.haven.core.model.Source;
import dev.haven.core.model.ClauseCore;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Param;
import dev.haven.core.model.Placeholder;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Suggestions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a new clause set from a template ({@code status: template}): fills in its parameters, drops the clauses
 * a city does not want, and gives the result a new id and {@code status: draft}.
 *
 * <p>Every mistake is collected, not just the first: unknown parameters (with "did you mean"), every parameter
 * that has neither a value nor a default, unknown clause ids to drop, and any value that makes the set invalid
 * (reported where its placeholder is in the template).
 */
public final class TemplateAdapter {

  /**
   * What to do to the template.
   *
   * @param values parameter values; a later value for the same name wins (so {@code --set} can override a file)
   * @param drops ids of clauses to leave out
   * @param id the new set's id; when empty, one is made from the jurisdiction and the template's id
   */
  public record Request(List<ParameterValue> values, List<String> drops, Optional<String> id) {
    /**
     * Copies the lists, so the value stays immutable.
     *
     * @param values parameter values; a later value for the same name wins (so {@code --set} can override a file)
     * @param drops ids of clauses to leave out
     * @param id the new set's id; when empty, one is made from the jurisdiction and the template's id
     */
    public Request {
      values = List.copyOf(values);
      drops = List.copyOf(drops);
    }
  }

  /**
   * Adapts a loaded template; {@code template} must be valid.
   *
   * @param template the loaded template
   * @param request the values and changes to apply
   * @return the adapted set and its baseline, or every reason there is none
   */
  public AdaptResult adapt(LoadResult template, Request request) {
    ClauseSet set = template.clauseSet();
    String origin = template.origin();
    List<AdaptProblem> problems = new ArrayList<>();
    if (set.status() != Status.TEMPLATE) {
      return failed(List.of(new AdaptProblem(origin, Optional.empty(), "this set has status '" + set.status().wireName()
          + "', not 'template'; adapt makes a new set from a template (see seeds/templates/)")));
    }
    Map<String, String> values = values(set, request.values(), problems);
    Map<String, String> baselineValues = new LinkedHashMap<>(values);
    set.params().values().forEach(p -> p.defaultValue().ifPresent(d -> baselineValues.put(p.name(), d)));
    SourceMap places = SourceMap.of(template);
    for (Param param : set.params().values()) {
      if (!values.containsKey(param.name())) {
        problems.add(new AdaptProblem(origin, places.at("/params/" + SourceMap.segment(param.name())),
            "parameter '" + param.name() + "' has no default and no value; give one with --set " + param.name()
                + "=VALUE" + param.description().map(d -> " (" + d + ")").orElse("")));
      }
    }
    Set<String> drops = drops(set, request.drops(), problems);
    request.id().filter(id -> !ClauseSet.isWellFormedId(id)).ifPresent(id -> problems.add(new AdaptProblem(
        "--id", Optional.empty(), "set id '" + id + "' may hold only lowercase letters, digits, '-', '/' and '.'")));
    // With a value for every placeholder, a value that makes a field invalid is reported with the other mistakes.
    Optional<ClauseSet> filled = values.keySet().containsAll(set.params().keySet())
        ? substitute(template, values, "with the parameter values given", problems)
        : Optional.empty();
    if (!problems.isEmpty() || filled.isEmpty()) {
      return failed(problems);
    }
    // A default that makes the set invalid (and that the user overrode) leaves nothing to compare with but the
    // user's own values: the comparison then shows only what was dropped.
    ClauseSet baseline = substitute(template, baselineValues, "with the template's defaults", new ArrayList<>())
        .orElse(filled.get());
    ClauseSet s = filled.get();
    List<Clause> kept = s.clauses().stream().filter(c -> !drops.contains(c.id())).toList();
    String id = request.id().orElseGet(() -> SetIds.forAdaptation(s.jurisdiction(), set.id()));
    Map<String, String> keptDefaults = new LinkedHashMap<>();
    Set<String> given = new LinkedHashSet<>();
    request.values().forEach(v -> given.add(v.name()));
    set.params().values().forEach(p -> p.defaultValue().filter(d -> !given.contains(p.name()))
        .ifPresent(d -> keptDefaults.put(p.name(), d)));
    String note = "Adapted from the template " + set.id() + " with haven adapt"
        + (drops.isEmpty() ? "." : "; left out: " + String.join(", ", drops) + ".")
        + (keptDefaults.isEmpty() ? "" : " Kept the template's defaults for: " + String.join(", ", keptDefaults.keySet())
            + "; check that they fit.");
    // The words are the template's, filled in: the set's source is the template, not the texts the template was
    // drawn from (Madison's), which are not this jurisdiction's law.
    Source source = new Source(TEMPLATE_SOURCE, "Template " + set.id() + ", as adapted: " + s.title(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of("The clauses' words are the template's, filled in by haven adapt;"
            + " the template cites the texts it was drawn from."), Extensions.NONE);
    List<Clause> cited = kept.stream().map(c -> c.withCore(withSource(c.core(),
        new SourceRef(TEMPLATE_SOURCE, Optional.of("clause " + c.id()), Optional.empty(), Extensions.NONE))))
        .toList();
    return new AdaptResult(Optional.of(new ClauseSet(id, s.title(), s.jurisdiction(), s.type(), s.body(), Status.DRAFT,
        Optional.empty(), s.enactment(), dev.haven.core.model.Life.UNKNOWN, Map.of(), s.parties(), List.of(source), Optional.of(note), s.recitals(), cited,
        s.extensions())), Optional.of(baseline), List.of(), keptDefaults);
  }

  /** The source id an adapted set cites for every clause. */
  static final String TEMPLATE_SOURCE = "template";

  private static ClauseCore withSource(ClauseCore c, SourceRef ref) {
    return new ClauseCore(c.id(), c.modality(), c.actors(), c.text(), c.title(), c.exceptions(), c.conditions(),
        Optional.of(ref), c.notes(), c.life(), c.extensions());
  }

  /** The value of every parameter: defaults, then the values given in order; unknown names are problems. */
  private static Map<String, String> values(ClauseSet set, List<ParameterValue> given, List<AdaptProblem> problems) {
    Map<String, String> values = new LinkedHashMap<>();
    set.params().values().forEach(p -> p.defaultValue().ifPresent(d -> values.put(p.name(), d)));
    for (ParameterValue v : given) {
      if (set.params().containsKey(v.name())) {
        values.put(v.name(), v.value());
      } else {
        problems.add(new AdaptProblem(v.origin(), v.position(), "the template has no parameter '" + v.name() + "'"
            + Suggestions.closest(v.name(), set.params().keySet()).map(s -> "; did you mean '" + s + "'?")
                .orElse("; it declares: " + String.join(", ", set.params().keySet()))));
      }
    }
    return values;
  }

  private static Set<String> drops(ClauseSet set, List<String> requested, List<AdaptProblem> problems) {
    List<String> ids = set.clauses().stream().map(Clause::id).toList();
    Set<String> drops = new LinkedHashSet<>();
    for (String id : requested) {
      if (ids.contains(id)) {
        drops.add(id);
      } else {
        problems.add(new AdaptProblem("--drop " + id, Optional.empty(), "the template has no clause '" + id + "'"
            + Suggestions.didYouMean(id, ids)));
      }
    }
    if (!ids.isEmpty() && drops.size() == ids.size()) {
      problems.add(new AdaptProblem("--drop", Optional.empty(),
          "every clause of the template is dropped; a clause set needs at least one clause"));
    }
    return drops;
  }

  /**
   * Substitutes in the template's text as parsed, not in the model, so that a value which makes a field
   * invalid (a state that is not a region code) is reported at the placeholder's line in the template.
   */
  private static Optional<ClauseSet> substitute(LoadResult template, Map<String, String> values, String with,
      List<AdaptProblem> problems) {
    TemplateSubstitution substitution = TemplateSubstitution.of(values);
    TreeReader.Tree tree = new TreeReader(ReadLimits.DEFAULT)
        .read(template.text().getBytes(StandardCharsets.UTF_8), template.syntax() == Syntax.JSON);
    if (!withinBudget(template.origin(), tree.root().orElseThrow(), values, with, problems)) {
      return Optional.empty();
    }
    SetBinder binder = new SetBinder(true);
    Optional<ClauseSet> set = binder.bind(NodeWalk.mapText(tree.root().orElseThrow(), substitution::apply));
    for (Problem p : binder.problems()) {
      problems.add(new AdaptProblem(template.origin(), Optional.of(p.position()),
          with + ", " + p.message()));
    }
    return binder.problems().isEmpty() ? set : Optional.empty();
  }

  /**
   * Whether filling the placeholders stays within what Haven can read back: no value longer than the read limits'
   * longest string, and the whole set's text no longer than their largest file. Worked out from the lengths before
   * anything is substituted, so that a small template whose defaults and placeholders multiply (a megabyte value
   * used a hundred thousand times) is refused at once instead of filling memory.
   */
  private static boolean withinBudget(String origin, Node root, Map<String, String> values, String with,
      List<AdaptProblem> problems) {
    ReadLimits limits = ReadLimits.DEFAULT;
    // a quarter of the file limit for the values' text: the written file adds keys, indentation and quoting,
    // and a character may take up to four bytes of UTF-8
    long budget = limits.maxFileBytes() / 4;
    long[] total = {0};
    boolean[] ok = {true};
    NodeWalk.eachText(root, (pointer, scalar) -> {
      if (!ok[0]) {
        return;
      }
      long length = scalar.text().length();
      for (Placeholder p : Placeholder.in(scalar.text())) {
        length += values.getOrDefault(p.name(), "").length() - p.written().length();
      }
      total[0] += length;
      if (length > limits.maxStringLength()) {
        problems.add(new AdaptProblem(origin, Optional.of(scalar.position()), with + ", this value would be "
            + length + " characters long; Haven reads values of at most " + limits.maxStringLength()));
        ok[0] = false;
      } else if (total[0] > budget) {
        problems.add(new AdaptProblem(origin, Optional.of(scalar.position()), with + ", the adapted set's text would"
            + " pass " + budget + " characters here, more than Haven can write and read back as one file; shorten"
            + " the values or use fewer placeholders"));
        ok[0] = false;
      }
    });
    return ok[0];
  }

  private static AdaptResult failed(List<AdaptProblem> problems) {
    return new AdaptResult(Optional.empty(), Optional.empty(), problems);
  }
}
