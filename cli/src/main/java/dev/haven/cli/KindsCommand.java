package dev.haven.cli;

import java.util.Locale;
import dev.haven.render.data.DataWriters;
import dev.haven.render.data.QueryOutput;
import dev.haven.render.data.TextLines;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.vocab.ConditionType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Vocabularies;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code haven kinds}: the clause kinds, their fields and vocabularies, straight from the model. */
@Command(
    name = "kinds",
    header = "Lists the clause kinds, their fields and allowed values.",
    mixinStandardHelpOptions = true,
    description = "Lists the clause kinds with their own fields and allowed values, and the shared vocabularies.")
final class KindsCommand extends Subcommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TABLE, JSON }

  @Mixin
  private OutputFileOption output = new OutputFileOption();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Override
  public Integer call() throws Exception {
    return writingTo(output, List.of(), this::run);
  }

  private Integer run() {
    PrintWriter out = out();
    if (format == Format.JSON) {
      DataWriters.json(asData(), out);
    } else {
      printListing(out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void printListing(PrintWriter out) {
    for (ClauseKind kind : ClauseKind.values()) {
      out.println(kind.wireName());
      printWrapped(out, "    does: " + kind.description());
      out.println("    usual modality: " + kind.typicalModality().map(m -> m.wireName()).orElse("any (optional)"));
      for (FieldSpec f : kind.fields()) {
        printWrapped(out, "    " + f.name() + " (" + (f.isList() ? "list" : "one") + "): " + valuesOf(f));
      }
      out.println();
    }
    printWrapped(out, "Every clause: id, kind, modality, actors, text; optional title, exceptions, conditions, source, "
        + "notes, x-*");
    printWrapped(out, "modality: " + String.join(", ", Vocabularies.wireNames(Modality.class)));
    printWrapped(out, "standard actors: " + String.join(", ", Vocabularies.wireNames(StandardActor.class)));
    printWrapped(out, "exception grounds: " + String.join(", ", Vocabularies.wireNames(ExceptionGround.class))
        + ", or x-*");
    printWrapped(out, "narrower grounds: " + String.join("; ", breadth()));
    printWrapped(out, "condition types: " + String.join(", ", Vocabularies.wireNames(ConditionType.class)));
  }

  /** Wraps a "label: values" line to the table width, continuing under the values. */
  private static void printWrapped(PrintWriter out, String line) {
    int colon = line.indexOf(": ") + 2;
    String indent = " ".repeat(colon);
    List<String> lines = TextLines.wrap(line.substring(colon), QueryOutput.TABLE_WIDTH - colon);
    out.println(line.substring(0, colon) + lines.get(0));
    lines.subList(1, lines.size()).forEach(l -> out.println(indent + l));
  }

  private static String valuesOf(FieldSpec f) {
    return switch (f.valueType()) {
      case VOCABULARY -> {
        List<String> values = new ArrayList<>();
        for (String v : f.allowedValues()) {
          values.add(f.defaults().contains(v) ? v + " (default)" : v);
        }
        yield String.join(", ", values) + ", or x-*";
      }
      case ACTOR -> "a standard actor or party key";
      case TEXT -> "free text";
      case DEFINED_TERMS -> "{term, text} pairs";
    };
  }

  private static List<String> breadth() {
    List<String> pairs = new ArrayList<>();
    for (ExceptionGround g : ExceptionGround.values()) {
      g.broader().ifPresent(b -> pairs.add(g.wireName() + " ⊂ " + b.wireName()));
    }
    return pairs;
  }

  private static Map<String, Object> asData() {
    List<Object> kinds = new ArrayList<>();
    for (ClauseKind kind : ClauseKind.values()) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("kind", kind.wireName());
      k.put("description", kind.description());
      k.put("typicalModality", kind.typicalModality().map(m -> m.wireName()).orElse(null));
      k.put("modalityRequired", kind.requiresModality());
      List<Object> fields = new ArrayList<>();
      for (FieldSpec f : kind.fields()) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", f.name());
        field.put("cardinality", f.isList() ? "list" : "one");
        field.put("type", f.valueType().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        field.put("values", f.allowedValues());
        field.put("default", f.defaults().isEmpty() ? null : f.isList() ? f.defaults() : f.defaults().get(0));
        fields.add(field);
      }
      k.put("fields", fields);
      kinds.add(k);
    }
    Map<String, Object> grounds = new LinkedHashMap<>();
    for (ExceptionGround g : ExceptionGround.values()) {
      grounds.put(g.wireName(), g.broader().map(b -> b.wireName()).orElse(null));
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("kinds", kinds);
    all.put("modalities", Vocabularies.wireNames(Modality.class));
    all.put("actors", Vocabularies.wireNames(StandardActor.class));
    all.put("exceptionGrounds", Vocabularies.wireNames(ExceptionGround.class));
    all.put("broaderGround", grounds);
    all.put("conditionTypes", Vocabularies.wireNames(ConditionType.class));
    return all;
  }
}
