package dev.haven.cli;

import dev.haven.render.data.QueryOutput;
import dev.haven.render.data.QueryRow;
import dev.haven.core.model.ActorKey;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Term;
import dev.haven.core.query.Query;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Suggestions;
import dev.haven.core.vocab.Vocabularies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven query PATH... [filters]}: lists the clauses that pass every filter, across all sets. */
@Command(
    name = "query",
    header = "Lists the clauses that pass every filter, across all sets.",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the clauses of all sets under PATH that pass every filter.",
        "Repeating a filter accepts any of its values (OR); different filters must all hold (AND).",
        "By default only adopted sets (the law in force) are searched; --status asks for others.",
        "Exit 0 when something matched, 1 when nothing did."
    })
final class QueryCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TABLE, JSON, YAML, CSV }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Clause-set files, or folders to search.")
  private List<Path> paths;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.Kind.class,
      completionCandidates = Converters.Kind.class, description = "Clauses of this kind (see 'haven kinds').")
  private List<ClauseKind> kinds = new ArrayList<>();

  @Option(names = "--actor", paramLabel = "ACTOR", completionCandidates = Converters.Actors.class,
      description = "Clauses binding this actor, directly or through a group that includes it ('every agency of"
          + " the City' binds its police; law-enforcement is the police, the sheriff and the jail): a standard"
          + " actor (also matching parties of that kind) or a party key. Each row says how it matched.")
  private List<String> actors = new ArrayList<>();

  @Option(names = "--exact-actor", description = "With --actor: only clauses that name the actor (or a party of"
      + " its kind) themselves; no group is followed.")
  private boolean exactActor;

  @Option(names = "--exception", paramLabel = "GROUND", converter = Converters.Ground.class,
      completionCandidates = Converters.Grounds.class, description = "Clauses with an exception on this ground.")
  private List<Term<ExceptionGround>> grounds = new ArrayList<>();

  @Option(names = "--no-exceptions", description = "Clauses with no exception at all.")
  private boolean noExceptions;

  @Option(names = "--modality", paramLabel = "MODALITY", converter = Converters.ModalityValue.class,
      completionCandidates = Converters.ModalityValue.class,
      description = "Clauses of this modality: ${COMPLETION-CANDIDATES}.")
  private List<Modality> modalities = new ArrayList<>();

  @Option(names = "--jurisdiction", paramLabel = "TEXT",
      description = "Sets whose jurisdiction's name contains TEXT (ignoring case).")
  private List<String> jurisdictions = new ArrayList<>();

  @Option(names = "--text", paramLabel = "WORDS",
      description = "Clauses whose text contains all these words (ignoring case).")
  private List<String> texts = new ArrayList<>();

  @Mixin
  private StatusOption status = new StatusOption();

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Mixin
  private AsOfOption asOf = new AsOfOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table, json, yaml or csv (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, paths, this::run);
  }

  private Integer run() {
    for (String actor : actors) {
      if (!ActorKey.isWellFormed(actor)) {
        throw new InputException("--actor '" + actor + "' is not an actor name (lowercase letters, digits, '-')");
      }
    }
    // Each set is queried as it is read and then dropped: only the matching rows are kept, so a corpus of
    // thousands of sets never sits in memory whole (which made garbage collection a quarter of a large run).
    Query query = query();
    List<QueryRow> rows = new ArrayList<>();
    Set<String> known = new TreeSet<>(Vocabularies.wireNames(StandardActor.class));
    boolean[] anyInvalid = {false};
    List<String> undated = new ArrayList<>();
    List<String> uncertain = new ArrayList<>();
    Diagnostics diagnostics = diagnostics();
    loader().load(paths, result -> {
      if (!result.isValid()) {
        anyInvalid[0] = true;
        diagnostics.print(result);
        return;
      }
      ClauseSet set = result.clauseSet();
      if (asOf.undated(set)) {
        undated.add(set.id());
      }
      set.parties().keySet().forEach(k -> known.add(k.value()));
      query.in(set).forEach(c -> {
        QueryRow row = QueryRow.of(result.origin(), set, c, query.explain(set, c));
        boolean open = asOf.day().filter(day -> Query.uncertainOn(set, c, day)).isPresent();
        rows.add(open ? row.uncertain() : row);
        if (open) {
          uncertain.add(set.id() + "#" + c.id());
        }
      });
    });
    if (anyInvalid[0]) {
      return ExitCode.BAD_INPUT;
    }
    checkActorsExist(known);
    if (!undated.isEmpty()) {
      err().println(asOf.undatedNote(undated));
    }
    if (!uncertain.isEmpty()) {
      err().println(asOf.uncertainNote(uncertain));
    }
    PrintWriter out = out();
    switch (format) {
      case JSON -> QueryOutput.json(rows, out);
      case YAML -> QueryOutput.yaml(rows, out);
      case CSV -> QueryOutput.csv(rows, out);
      case TABLE -> {
        if (rows.isEmpty()) {
          err().println("No clause matched.");
        } else {
          QueryOutput.table(rows, out);
        }
      }
    }
    out.flush();
    return rows.isEmpty() ? ExitCode.NO : ExitCode.OK;
  }

  private Query query() {
    // One rule for every answer about the law: adopted sets in force today, unless --status asks for others or
    // --as-of for another day.
    Query q = asOf.base(status.statuses());
    if (!kinds.isEmpty()) {
      q = q.kind(kinds.toArray(ClauseKind[]::new));
    }
    if (!actors.isEmpty()) {
      String[] wanted = actors.toArray(String[]::new);
      q = exactActor ? q.actorExactly(wanted) : q.actor(wanted);
    } else if (exactActor) {
      throw new InputException("--exact-actor needs --actor");
    }
    if (!grounds.isEmpty()) {
      @SuppressWarnings("unchecked")
      Term<ExceptionGround>[] wanted = grounds.toArray(Term[]::new);
      q = q.exception(wanted);
    }
    if (noExceptions) {
      q = q.noExceptions();
    }
    if (!modalities.isEmpty()) {
      q = q.modality(modalities.toArray(Modality[]::new));
    }
    if (!jurisdictions.isEmpty()) {
      q = q.jurisdiction(jurisdictions.toArray(String[]::new));
    }
    if (!texts.isEmpty()) {
      q = q.text(texts.toArray(String[]::new));
    }
    return q;
  }

  /** An actor no set knows is a typo, not a question whose answer is "none". */
  private void checkActorsExist(Set<String> known) {
    for (String actor : actors) {
      if (!known.contains(actor)) {
        throw new InputException("--actor '" + actor + "' is neither a standard actor nor a party of any set"
            + Suggestions.didYouMean(actor, known));
      }
    }
  }
}
