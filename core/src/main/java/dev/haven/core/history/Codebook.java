package dev.haven.core.history;

import dev.haven.core.compare.CriterionState;
import dev.haven.core.compare.Rubric;
import dev.haven.core.compare.RubricCriterion;
import dev.haven.core.history.Column.Code;
import dev.haven.core.history.Column.Type;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.Defined;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.Modality;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a panel and the meaning of every value they take, made from the model's kinds, vocabularies and
 * rubrics, so that the codebook cannot drift from the export it describes.
 */
public final class Codebook {

  /** The separator of a list column's values in CSV. */
  public static final String LIST_SEPARATOR = "; ";

  private Codebook() {}

  /**
   * The columns of a panel, in order.
   *
   * @param unit what a row describes
   * @param rubric the rubric whose criteria a {@link PanelUnit#CRITERION} panel has rows for
   * @return the columns
   */
  public static List<Column> columns(PanelUnit unit, Rubric rubric) {
    List<Column> c = new ArrayList<>();
    c.add(text("jurisdiction", "the jurisdiction's name, as its sets give it"));
    c.add(new Column("level", Type.CODE, "the level of government", codes(Level.values())));
    c.add(text("state", "the two-letter postal code of the US state the jurisdiction is in; empty for a"
        + " national jurisdiction"));
    c.add(text("country", "the ISO 3166-1 alpha-2 code of the country"));
    c.add(new Column("period_start", Type.DATE, "the first day of the period of unchanged law; a jurisdiction"
        + " enters the panel on the day its first set read took force (or on --from, when later): what was law"
        + " there before is not known from the sets read", List.of()));
    c.add(new Column("period_end", Type.DATE, "the last day of the period (at most --to)", List.of()));
    c.add(new Column("continues", Type.FLAG, "whether the same law was still in force the day after period_end:"
        + " the end of the window asked about, not a change of law, closed the period", List.of(
            new Code("0", "the law changed the day after period_end"),
            new Code("1", "the law was unchanged the day after period_end (right-censored)"))));
    c.add(new Column("sets_in_force", Type.LIST, "the ids of every set in force throughout the period, by the day"
        + " each took force; empty when a set ended and no set read replaced it", List.of()));
    if (unit == PanelUnit.KIND) {
      List<Code> kinds = new ArrayList<>();
      for (ClauseKind kind : ClauseKind.values()) {
        kinds.add(new Code(kind.wireName(), kind.description()));
      }
      c.add(new Column("kind", Type.CODE, "the clause kind the row is about", kinds));
      c.add(new Column("present", Type.FLAG, "whether some set in force has a clause of this kind", List.of(
          new Code("0", "no clause of this kind in the sets in force"),
          new Code("1", "at least one clause of this kind in the sets in force"))));
      c.add(new Column("clauses", Type.COUNT, "how many clauses of this kind the sets in force have", List.of()));
      c.add(new Column("modality", Type.CODE, "the modality that speaks for those clauses, as in the comparison"
          + " matrix: the most binding (prohibition and obligation above recommendation above permission; for"
          + " cooperation-condition, where having to cooperate is the weakest, prohibition above permission above"
          + " recommendation above obligation); empty when absent or when no clause gives one",
          codes(Modality.values())));
      List<Code> grounds = new ArrayList<>(codes(ExceptionGround.values()));
      grounds.add(new Code("x-…", "a ground a set defines itself (its name starts with x-)"));
      c.add(new Column("exception_grounds", Type.LIST, "every ground on which some clause of this kind gives way",
          grounds));
      c.add(new Column("sets", Type.LIST, "the ids of the sets the clauses of this kind are in", List.of()));
      c.add(new Column("citations", Type.LIST, "where each clause of this kind is found: its source document's"
          + " title and the clause's locator in it", List.of()));
    } else {
      c.add(new Column("rubric", Type.CODE, "the rubric scored", List.of(new Code(rubric.name(),
          rubric.title() + " (" + rubric.source() + ")"))));
      List<Code> criteria = new ArrayList<>();
      for (RubricCriterion criterion : rubric.criteria()) {
        criteria.add(new Code(criterion.key(), criterion.description() + " [" + criterion.category() + "; up to "
            + criterion.maxPoints() + " points]"));
      }
      c.add(new Column("criterion", Type.CODE, "the rubric's criterion the row is about", criteria));
      c.add(text("category", "the rubric's group the criterion belongs to"));
      c.add(new Column("criterion_state", Type.CODE, "what the law in force says on the criterion",
          codes(CriterionState.values())));
      c.add(new Column("points", Type.COUNT, "the points the law in force earns on the criterion", List.of()));
      c.add(new Column("max_points", Type.COUNT, "the most the criterion gives", List.of()));
      c.add(text("set", "the id of the set whose clause decided the state; empty when none did"));
      c.add(text("clause", "the id of the clause that decided the state; empty when none did"));
      c.add(text("citation", "where that clause is found: its source document's title and its locator"));
      c.add(text("reason", "why these points, in a few words"));
    }
    c.add(new Column("uncertain", Type.LIST, unit == PanelUnit.KIND
        ? "the ids of the clauses counted in this row that may or may not have been in force during the period: it"
            + " falls within the month, year or interval that a clause's effective or ended date gives without its"
            + " day; empty when every clause counted is certain"
        : "the ids of the clauses of the law in force that may or may not have been in force during the period (a"
            + " month, year or interval that a clause's effective or ended date gives without its day): the state"
            + " may differ for some of its days; empty when every clause is certain", List.of()));
    return List.copyOf(c);
  }

  private static Column text(String name, String meaning) {
    return new Column(name, Type.TEXT, meaning, List.of());
  }

  private static List<Code> codes(Defined[] values) {
    List<Code> out = new ArrayList<>(values.length);
    for (Defined value : values) {
      out.add(new Code(value.wireName(), value.meaning()));
    }
    return out;
  }
}
