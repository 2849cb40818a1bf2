package dev.haven.render.compare;

import dev.haven.core.compare.Cell;
import dev.haven.core.compare.Comparison;
import dev.haven.core.compare.CriterionResult;
import dev.haven.core.compare.CriterionState;
import dev.haven.core.compare.Row;
import dev.haven.core.compare.Rubric;
import dev.haven.core.query.UsStates;
import dev.haven.core.compare.Score;
import dev.haven.core.compare.SetClause;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.Modality;
import dev.haven.render.internal.SourceNote;
import dev.haven.render.internal.Wording;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A comparison as one self-contained HTML page for a browser: the matrix of jurisdictions by kinds, with filters
 * by kind and by jurisdiction, and each cell a link to the clauses behind it. The page makes no request: its
 * style and script are inline and its Content-Security-Policy forbids anything else. Every cell and score has a
 * permalink ({@code #city-of-chicago--detainer-limit}); the linked panel shows through CSS {@code :target}, so
 * permalinks and clicks work without the script, which only adds the filters and marks the chosen cell.
 *
 * <p>Built as a jsoup DOM, so text from the sets is escaped by construction; only http and https sources become
 * links.
 */
public final class ComparisonPage {

  /**
   * Only the page's own style and script may run: each is allowed by its SHA-256 hash, so a script that got into
   * the page any other way (it cannot: every text is escaped) would still be refused.
   */
  private static String csp() {
    return "default-src 'none'; style-src '" + hash(CSS) + "'; script-src '" + hash(SCRIPT) + "'";
  }

  private static String hash(String content) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static final String CSS = """
      body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1b1b1b; }
      h1 { font-size: 1.4rem; margin: 0 0 .5rem; } h2 { font-size: 1.1rem; margin: 0 0 .5rem; }
      .filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin: .75rem 0; }
      .filters fieldset { border: 1px solid #d0d7de; border-radius: .3rem; padding: .25rem .6rem; }
      .filters label { white-space: nowrap; font-size: .85rem; margin-right: .5rem; }
      table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: .2rem .35rem; }
      thead th { font-size: .75rem; writing-mode: vertical-rl; transform: rotate(180deg); text-align: left;
                 white-space: nowrap; padding: .4rem .2rem; }
      thead th.name { writing-mode: horizontal-tb; transform: none; vertical-align: bottom; }
      tbody th { text-align: left; font-weight: normal; min-width: 8rem; max-width: 14rem; }
      td.cell { text-align: center; min-width: 2.2rem; } td.cell a { display: block; text-decoration: none;
                font-weight: bold; color: inherit; }
      .state-present { background: #2da44e; color: #fff; }
      .state-warrant { background: #8fd19e; color: #0b2e13; }
      .state-exceptions { background: #f5a55b; color: #3b1d00; }
      .state-weak { background: #cfe8d6; color: #1b1b1b; } .state-framing { background: #ddf4ff; color: #0a3069; }
      .state-absent { background: #f6f8fa; color: #8c959f; }
      .layout { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
      .panels { flex: 1; min-width: 18rem; position: sticky; top: .5rem; max-height: 96vh; overflow: auto; }
      #no-match { font-weight: bold; } .shown { font-size: .85rem; color: #57606a; }
      td.selected { outline: 3px solid #0969da; outline-offset: -3px; }
      td.score { text-align: right; font-variant-numeric: tabular-nums; }
      .legend span.swatch { display: inline-block; width: 1rem; height: 1rem; vertical-align: middle;
                            border: 1px solid #d0d7de; margin: 0 .25rem 0 .75rem; }
      .panel { display: none; border: 1px solid #d0d7de; border-left: 4px solid #0969da; border-radius: .3rem;
               padding: .5rem 1rem; margin: 0 0 1rem; max-width: 60rem; }
      .panel:target { display: block; }
      .clause { border-top: 1px solid #eaeef2; padding-top: .5rem; margin-top: .5rem; }
      .clause .meta { font-size: .8rem; color: #57606a; } .clause .text { margin: .35rem 0; }
      .clause ul { margin: .2rem 0; } .permalink { font-size: .8rem; }
      .criteria td { vertical-align: top; } .criteria td.points { text-align: right; }
      @media print { .filters { display: none; } .layout { display: block; } .panels { position: static;
                     max-height: none; overflow: visible; } .panel { display: block; break-inside: avoid; }
                     td.cell { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
      """;

  private static final String SCRIPT = """
      (function () {
        var tables = document.querySelectorAll('table.matrix');
        var snapshots = document.querySelectorAll('.snapshot');
        var asOf = document.getElementById('as-of');
        var search = document.getElementById('jurisdiction-filter');
        var state = document.getElementById('state-filter');
        var boxes = document.querySelectorAll('input[name="kind"]');
        var noMatch = document.getElementById('no-match');
        var shown = document.getElementById('shown');
        function current() {
          for (var i = 0; i < snapshots.length; i++) {
            if (!snapshots[i].hidden) { return snapshots[i].querySelector('table.matrix'); }
          }
          return tables[0];
        }
        function query() {
          try { return new URLSearchParams(location.search); } catch (e) { return new URLSearchParams(''); }
        }
        function restore() {
          var p = query();
          if (p.has('jurisdiction')) { search.value = p.get('jurisdiction'); }
          if (p.has('state')) { state.value = p.get('state'); }
          if (asOf && p.has('as-of') && asOf.querySelector('option[value="' + p.get('as-of') + '"]')) {
            asOf.value = p.get('as-of');
          }
          if (p.has('hide')) {
            var hidden = p.get('hide').split(',');
            for (var b = 0; b < boxes.length; b++) { boxes[b].checked = hidden.indexOf(boxes[b].value) < 0; }
          }
        }
        function save() {
          var p = new URLSearchParams();
          if (search.value.trim() !== '') { p.set('jurisdiction', search.value.trim()); }
          if (state.value !== '') { p.set('state', state.value); }
          if (asOf && asOf.selectedIndex !== asOf.options.length - 1) { p.set('as-of', asOf.value); }
          var hidden = [];
          for (var b = 0; b < boxes.length; b++) { if (!boxes[b].checked) { hidden.push(boxes[b].value); } }
          if (hidden.length > 0) { p.set('hide', hidden.join(',')); }
          var q = p.toString();
          // a page opened from a file may refuse to change its address; the filters still work
          try { history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash); } catch (e) {}
        }
        function filter() {
          if (asOf) {
            for (var d = 0; d < snapshots.length; d++) {
              snapshots[d].hidden = snapshots[d].getAttribute('data-as-of') !== asOf.value;
            }
          }
          var q = search.value.trim().toLowerCase();
          var s = state.value;
          var table = current();
          var visible = 0;
          var total = 0;
          for (var t = 0; t < tables.length; t++) {
            var rows = tables[t].tBodies[0].rows;
            for (var i = 0; i < rows.length; i++) {
              var hide = (q !== '' && rows[i].getAttribute('data-search').indexOf(q) < 0)
                  || (s !== '' && rows[i].getAttribute('data-state') !== s);
              rows[i].hidden = hide;
              if (tables[t] === table) { total++; if (!hide) { visible++; } }
            }
          }
          for (var b = 0; b < boxes.length; b++) {
            var cells = document.querySelectorAll('table.matrix [data-kind="' + boxes[b].value + '"]');
            for (var c = 0; c < cells.length; c++) { cells[c].hidden = !boxes[b].checked; }
          }
          noMatch.hidden = visible > 0;
          shown.textContent = visible + ' of ' + total + ' jurisdictions shown';
        }
        function changed() { filter(); save(); }
        function mark() {
          var old = document.querySelectorAll('td.selected');
          for (var i = 0; i < old.length; i++) { old[i].classList.remove('selected'); }
          var id = decodeURIComponent(location.hash.slice(1));
          var cells = document.querySelectorAll('table.matrix td[data-panel]');
          for (var c = 0; c < cells.length; c++) {
            if (cells[c].getAttribute('data-panel') === id) { cells[c].classList.add('selected'); }
          }
        }
        search.addEventListener('input', changed);
        state.addEventListener('change', changed);
        if (asOf) { asOf.addEventListener('change', changed); }
        for (var b = 0; b < boxes.length; b++) { boxes[b].addEventListener('change', changed); }
        window.addEventListener('hashchange', mark);
        restore();
        filter();
        mark();
      })();
      """;

  /**
   * The law in force on one day, as one of the page's snapshots.
   *
   * @param day the day
   * @param comparison the comparison of the law in force that day
   */
  public record Snapshot(LocalDate day, Comparison comparison) {}

  /**
   * The page for this comparison.
   *
   * @param comparison the matrix and scores
   * @param title the page's title and heading
   * @return one self-contained HTML document
   */
  public String render(Comparison comparison, String title) {
    return page(List.of(comparison), List.of(), title);
  }

  /**
   * A page with a date control: one matrix per day, the latest shown first, each with its own panels and
   * permalinks ({@code #on-2015-01-01--city-of-chicago--detainer-limit}). The filters apply to every day; the
   * chosen day is kept in the address ({@code ?as-of=2015-01-01}).
   *
   * @param snapshots the law in force on each day, in the order the control lists them (the last is shown first)
   * @param title the page's title and heading
   * @return one self-contained HTML document
   */
  public String render(List<Snapshot> snapshots, String title) {
    if (snapshots.isEmpty()) {
      throw new IllegalArgumentException("a page needs at least one snapshot");
    }
    return page(snapshots.stream().map(Snapshot::comparison).toList(),
        snapshots.stream().map(Snapshot::day).toList(), title);
  }

  private String page(List<Comparison> comparisons, List<LocalDate> days, String title) {
    Document doc = Document.createShell("");
    // an HTML5 page: the doctype keeps browsers out of quirks mode, and the language lets screen readers speak it
    doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    doc.outputSettings().prettyPrint(true);
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", csp());
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title(title);
    // a DataNode is written as it is, so the text the browser hashes is exactly CSS
    doc.head().appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    // every part of the page sits in a landmark, so a screen reader's reader can reach each from the landmark list
    Element header = body.appendElement("header");
    header.appendElement("h1").text(title);
    Comparison latest = comparisons.get(comparisons.size() - 1);
    header.appendElement("p").text(latest.rows().size() + " jurisdictions, "
        + latest.rows().stream().mapToInt(r -> r.sets().size()).sum() + " clause sets"
        + (days.isEmpty() ? "" : " in force on " + days.get(days.size() - 1) + " (choose another day below)")
        + ". Click a cell to read its clauses, or a score to see its points; each has a permalink.");
    Element main = body.appendElement("main");
    filters(main, comparisons, days);
    legend(main);
    main.appendElement("p").attr("id", "no-match").attr("role", "status").attr("hidden", true)
        .text("No jurisdiction matches the filter: clear the name or choose another state.");
    main.appendElement("p").addClass("shown").attr("id", "shown").attr("aria-live", "polite")
        .text(latest.rows().size() + " of " + latest.rows().size() + " jurisdictions shown");
    for (int i = 0; i < comparisons.size(); i++) {
      Comparison comparison = comparisons.get(i);
      Element holder = main;
      String prefix = "";
      if (!days.isEmpty()) {
        prefix = "on-" + days.get(i) + "--";
        holder = main.appendElement("div").addClass("snapshot").attr("data-as-of", days.get(i).toString());
        holder.appendElement("h2").text("Law in force on " + days.get(i));
        if (i < comparisons.size() - 1) {
          holder.attr("hidden", true);
        }
      }
      Map<Row, String> anchors = anchors(comparison, prefix);
      Element layout = holder.appendElement("div").addClass("layout");
      matrix(layout, comparison, anchors, days.isEmpty() ? "matrix" : "matrix-" + days.get(i));
      Element panels = layout.appendElement("div").addClass("panels").attr("id",
          days.isEmpty() ? "panels" : "panels-" + days.get(i));
      for (Row row : comparison.rows()) {
        scorePanel(panels, row, anchors.get(row));
        for (ClauseKind kind : comparison.kinds()) {
          row.cell(kind).ifPresent(cell -> cellPanel(panels, row, kind, cell, anchors.get(row)));
        }
      }
    }
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc.outerHtml() + "\n";
  }

  private static void filters(Element body, List<Comparison> comparisons, List<LocalDate> days) {
    Comparison comparison = comparisons.get(comparisons.size() - 1);
    Element form = body.appendElement("div").addClass("filters").attr("role", "search");
    if (!days.isEmpty()) {
      Element dayLabel = form.appendElement("label").text("In force on ");
      Element control = dayLabel.appendElement("select").attr("id", "as-of");
      for (LocalDate day : days) {
        control.appendElement("option").attr("value", day.toString()).text(day.toString());
      }
      control.children().last().attr("selected", true);
    }
    Element search = form.appendElement("label").text("Jurisdiction ");
    search.appendElement("input").attr("type", "search").attr("id", "jurisdiction-filter")
        .attr("placeholder", "name or state…");
    Element stateLabel = form.appendElement("label").text("State ");
    Element select = stateLabel.appendElement("select").attr("id", "state-filter");
    select.appendElement("option").attr("value", "").text("all");
    comparisons.stream().flatMap(c -> c.rows().stream()).map(ComparisonPage::state).flatMap(Optional::stream)
        .distinct().sorted()
        .forEach(code -> select.appendElement("option").attr("value", code)
            .text(UsStates.name(code).map(n -> n + " (" + code + ")").orElse(code)));
    Element kinds = form.appendElement("fieldset");
    kinds.appendElement("legend").text("Kinds");
    for (ClauseKind kind : comparison.kinds()) {
      Element label = kinds.appendElement("label");
      label.appendElement("input").attr("type", "checkbox").attr("name", "kind").attr("value", kind.wireName())
          .attr("checked", true);
      label.appendText(" " + kind.wireName());
    }
  }

  private static void legend(Element body) {
    Element p = body.appendElement("p").addClass("legend");
    p.appendText("Legend:");
    swatch(p, "present", "binding (prohibition or obligation), no exceptions");
    swatch(p, "warrant", "binding, exceptions only for a judicial warrant or court order, what law requires, or"
        + " consent");
    swatch(p, "exceptions", "binding, with carve-outs (crimes, gangs, prior deportation, public safety...)");
    swatch(p, "weak", "only a recommendation or permission");
    swatch(p, "framing", "framing provisions (no modality)");
    swatch(p, "absent", "absent");
    p.appendText(". Letters: P prohibition, O obligation, R recommendation, M may (permission), G present"
        + " without a modality; * with exceptions.");
  }

  private static void swatch(Element p, String cls, String label) {
    p.appendElement("span").addClass("swatch").addClass("state-" + cls);
    p.appendText(label);
  }

  private static void matrix(Element parent, Comparison comparison, Map<Row, String> anchors, String id) {
    Element table = parent.appendElement("table").attr("id", id).addClass("matrix");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").addClass("name").attr("scope", "col").text("Jurisdiction");
    head.appendElement("th").attr("scope", "col").text("score");
    for (ClauseKind kind : comparison.kinds()) {
      head.appendElement("th").attr("scope", "col").attr("data-kind", kind.wireName()).text(kind.wireName());
    }
    Element tbody = table.appendElement("tbody");
    for (Row row : comparison.rows()) {
      String anchor = anchors.get(row);
      Optional<String> state = state(row);
      String searchable = (row.jurisdiction() + state.map(c -> " " + c + UsStates.name(c).map(n -> " " + n)
          .orElse("")).orElse("")).toLowerCase(Locale.ROOT);
      Element tr = tbody.appendElement("tr").attr("data-name", row.jurisdiction()).attr("data-search", searchable)
          .attr("data-state", state.orElse(""));
      tr.appendElement("th").attr("scope", "row").text(row.jurisdiction());
      Score score = row.score();
      Element scoreCell = tr.appendElement("td").addClass("score").attr("data-panel", anchor + "--score");
      scoreCell.appendElement("a").attr("href", "#" + anchor + "--score")
          .attr("title", "points of the rubric " + score.rubric().name()).text(score.points() + "/" + score.max());
      for (ClauseKind kind : comparison.kinds()) {
        Optional<Cell> cell = row.cell(kind);
        Element td = tr.appendElement("td").addClass("cell").addClass("state-" + state(cell))
            .attr("data-kind", kind.wireName());
        if (cell.isEmpty()) {
          td.attr("title", kind.wireName() + ": absent").text("–");
          continue;
        }
        String panel = anchor + "--" + kind.wireName();
        td.attr("data-panel", panel);
        // the accessible name starts with the mark a sighted reader sees ("P*"), as WCAG 2.5.3 asks
        String mark = CellSymbol.of(cell);
        td.appendElement("a").attr("href", "#" + panel).attr("title", describe(kind, cell.get()))
            .attr("aria-label", mark + ": " + row.jurisdiction() + ", " + describe(kind, cell.get())).text(mark);
      }
    }
  }

  /** The state of the row's jurisdiction, as its sets give it (the first that gives one). */
  private static Optional<String> state(Row row) {
    return row.sets().stream().map(set -> set.jurisdiction().state()).flatMap(Optional::stream).findFirst();
  }

  /**
   * "present", "warrant", "exceptions", "weak", "framing" or "absent": the cell's colour. "warrant" is a binding
   * rule whose exceptions all leave the protection whole (a judicial warrant or court order, what law requires,
   * consent: {@link Rubric#NEUTRAL_GROUNDS}); "exceptions" one with any other carve-out.
   */
  static String state(Optional<Cell> cell) {
    if (cell.isEmpty()) {
      return "absent";
    }
    if (cell.get().modality().isEmpty()) {
      return "framing";
    }
    Modality modality = cell.get().modality().get();
    if (modality != Modality.PROHIBITION && modality != Modality.OBLIGATION) {
      return "weak";
    }
    if (!cell.get().hasExceptions()) {
      return "present";
    }
    boolean neutralOnly = cell.get().exceptions().stream()
        .allMatch(t -> t.known().filter(Rubric.NEUTRAL_GROUNDS::contains).isPresent());
    return neutralOnly ? "warrant" : "exceptions";
  }

  private static String describe(ClauseKind kind, Cell cell) {
    String s = kind.wireName() + ": " + cell.modality().map(Modality::wireName).orElse("present")
        + " (" + cell.clauses().size() + (cell.clauses().size() == 1 ? " clause)" : " clauses)");
    return cell.hasExceptions()
        ? s + ", exceptions: " + String.join(", ", cell.exceptions().stream().map(Term::wireName).toList())
        : s;
  }

  private static void cellPanel(Element panels, Row row, ClauseKind kind, Cell cell, String anchor) {
    String id = anchor + "--" + kind.wireName();
    Element panel = panels.appendElement("section").addClass("panel").attr("id", id);
    panel.appendElement("h2").text(row.jurisdiction() + ": " + kind.wireName());
    panel.appendElement("p").text(describe(kind, cell) + ". " + kind.description() + ".");
    panel.appendElement("a").addClass("permalink").attr("href", "#" + id).text("Permalink");
    for (SetClause sc : cell.clauses()) {
      clause(panel, sc);
    }
  }

  private static void clause(Element panel, SetClause sc) {
    Clause clause = sc.clause();
    Wording wording = new Wording(sc.set());
    Element div = panel.appendElement("div").addClass("clause");
    Element title = div.appendElement("h3");
    title.text(clause.core().title().orElse(clause.id()));
    div.appendElement("p").addClass("meta").text(sc.set().id() + " · " + clause.id() + " · "
        + wording.bindingLine(clause) + " · " + sc.set().title());
    div.appendElement("p").addClass("text").text(clause.text());
    if (!clause.exceptions().isEmpty()) {
      Element ul = div.appendElement("ul").addClass("exceptions");
      for (Exemption e : clause.exceptions()) {
        Element li = ul.appendElement("li");
        li.appendElement("strong").text(Wording.exceptionLead(e) + ": ");
        li.appendText(Wording.textOf(e.text()));
      }
    }
    if (!clause.conditions().isEmpty()) {
      Element ul = div.appendElement("ul").addClass("conditions");
      for (Condition c : clause.conditions()) {
        Element li = ul.appendElement("li");
        li.appendElement("strong").text(wording.conditionLead(c) + ": ");
        li.appendText(Wording.textOf(c.text()));
      }
    }
    wording.source(clause).ifPresent(note -> source(div, note));
  }

  private static void source(Element div, SourceNote note) {
    Element p = div.appendElement("p").addClass("meta").appendText("Source: ");
    Optional<String> link = note.linkableUrl();
    if (link.isPresent()) {
      p.appendElement("a").attr("href", link.get().strip()).attr("rel", "noopener noreferrer").text(note.title());
    } else {
      p.appendText(note.title());
    }
    note.publisher().ifPresent(pub -> p.appendText(" (" + pub + ")"));
    note.locator().ifPresent(loc -> p.appendText(", " + loc));
    if (link.isEmpty()) {
      note.url().ifPresent(u -> p.appendText(", " + u));
    }
  }

  private static void scorePanel(Element panels, Row row, String anchor) {
    String id = anchor + "--score";
    Score score = row.score();
    Element panel = panels.appendElement("section").addClass("panel").attr("id", id);
    panel.appendElement("h2").text(row.jurisdiction() + ": score " + score.points() + "/" + score.max()
        + (score.notCoded() > 0 ? " (" + score.notCoded() + " not coded)" : ""));
    panel.appendElement("p").text("Sets: " + String.join(", ", row.setIds()) + ". Rubric: "
        + score.rubric().title() + " (" + score.rubric().name() + "): " + score.rubric().source() + ". Only binding"
        + " law earns points; each criterion says whether the law meets it (present), is silent (absent), cannot be"
        + " coded (not-coded) or only states a practice (practice).");
    panel.appendElement("a").addClass("permalink").attr("href", "#" + id).text("Permalink");
    Element table = panel.appendElement("table").addClass("criteria");
    for (String category : score.categories()) {
      Element tr = table.appendElement("tr");
      tr.appendElement("th").attr("colspan", "4").attr("scope", "rowgroup")
          .text(category + ": " + score.points(category) + "/" + score.max(category));
      for (CriterionResult r : score.criteria()) {
        if (!r.criterion().category().equals(category)) {
          continue;
        }
        Element line = table.appendElement("tr");
        line.appendElement("td").addClass("points")
            .text(r.state() == CriterionState.NOT_CODED ? "-" : String.valueOf(r.points()));
        line.appendElement("td").addClass("state").text(r.state().wireName());
        line.appendElement("td").text(r.criterion().description());
        line.appendElement("td").text(r.clause().map(sc -> sc.clause().id() + " (" + sc.set().id() + "): ")
            .orElse("") + r.reason());
      }
    }
  }

  /** A readable, unique anchor per row: "city-of-chicago", then "city-of-chicago-2" for a clash. */
  private static Map<Row, String> anchors(Comparison comparison, String prefix) {
    Map<Row, String> anchors = new IdentityHashMap<>();
    Set<String> used = new HashSet<>();
    for (Row row : comparison.rows()) {
      String base = row.jurisdiction().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-|-$", "");
      if (base.isEmpty()) {
        base = "jurisdiction";
      }
      String anchor = prefix + base;
      for (int n = 2; used.contains(anchor); n++) {
        anchor = prefix + base + "-" + n;
      }
      used.add(anchor);
      anchors.put(row, anchor);
    }
    return anchors;
  }
}
