package dev.haven.importer.internal;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.ProvisionType;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The importer's rules, read from {@code rules.yaml}: which phrases make a modality, an exception ground, a kind,
 * a kind's own values and an actor. Every rule has an id that an imported clause's notes name when it fires.
 */
public final class RuleBook {

  /** The rules that ship with Haven. */
  public static final String DEFAULT_RESOURCE = "/dev/haven/importer/rules.yaml";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * A pattern with an id and a weight. {@code triggers} are the numbers, in the book's scanner, of the literals one
   * of which every match contains; when it is empty the pattern may match any text.
   */
  public record Rule(String id, Pattern pattern, int weight, BitSet triggers) {

    /** The first match in {@code text}, if any. */
    Optional<Matcher> find(String text) {
      return find(text, 0);
    }

    /**
     * The first match in {@code text} from {@code from} on: a pattern anchored at the start ("^The purpose of")
     * starts there, and a look behind ("an arrest, with a word of immigration before it") may read what goes before.
     */
    Optional<Matcher> find(String text, int from) {
      Matcher m = pattern.matcher(text).region(from, text.length()).useTransparentBounds(true);
      return m.find() ? Optional.of(m) : Optional.empty();
    }
  }

  /**
   * A text and which rules can match it at all: those whose literals it holds. Ask it rather than each rule when
   * several rules read one text.
   */
  public final class Screen {
    private final String text;
    private final BitSet present;

    private Screen(String text) {
      this.text = text;
      this.present = scanner.scan(text);
    }

    /** Whether {@code rule} can match the text: only then does its pattern need to run. */
    boolean mayMatch(Rule rule) {
      return rule.triggers().isEmpty() || rule.triggers().intersects(present);
    }

    /** As {@link Rule#find(String, int)} on the text. */
    Optional<Matcher> find(Rule rule, int from) {
      return mayMatch(rule) ? rule.find(text, from) : Optional.empty();
    }

    /** As {@link Rule#find(String)} on the text. */
    Optional<Matcher> find(Rule rule) {
      return find(rule, 0);
    }
  }

  /** {@code text} screened against these rules' literals. */
  public Screen screen(String text) {
    return new Screen(text);
  }

  /** A rule that says how a sentence binds. */
  public record ModalRule(String id, Modality modality, Rule rule) {}

  final java.util.Set<String> editorial = new java.util.HashSet<>();
  final List<Rule> ignore = new ArrayList<>();
  final List<ModalRule> modality = new ArrayList<>();
  final List<Rule> carveOuts = new ArrayList<>();
  final List<Rule> exceptionOpeners = new ArrayList<>();
  final Map<ExceptionGround, List<Rule>> grounds = new LinkedHashMap<>();
  final Map<ClauseKind, List<Rule>> kinds = new LinkedHashMap<>();
  final Map<ProvisionType, List<Rule>> provisions = new LinkedHashMap<>();
  /** Headings that make a section's provisions general provisions of one type. */
  final Map<ProvisionType, List<Rule>> headings = new LinkedHashMap<>();
  /** kind → field → value → phrases. */
  final Map<ClauseKind, Map<String, Map<String, List<Rule>>>> values = new LinkedHashMap<>();
  /** role → rules, in the file's order (earlier roles are tried first). */
  final Map<String, List<Rule>> actors = new LinkedHashMap<>();

  /** Every literal of every rule, found in a text in one pass. */
  private final LiteralScanner scanner = new LiteralScanner();

  private RuleBook() {}

  /** Whether a capitalised key ("NOTE", "SOURCE (metadata)") marks an editor's note to leave out. */
  public boolean isEditorial(String key) {
    String first = key.strip().replaceAll(":$", "").split("[\\s(/:]+")[0].toUpperCase(java.util.Locale.ROOT);
    return editorial.contains(first);
  }

  private static volatile RuleBook defaults;

  /** The rules that ship with Haven. */
  public static RuleBook defaults() {
    RuleBook book = defaults;
    if (book == null) {
      try (InputStream in = RuleBook.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the jar");
        }
        book = read(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = book;
    }
    return book;
  }

  /**
   * Rules from a YAML file in the format of {@code rules.yaml}.
   *
   * @throws IllegalArgumentException naming the rule that is wrong
   */
  public static RuleBook read(byte[] yaml) {
    JsonNode root = new YAMLMapper().readTree(yaml);
    RuleBook book = new RuleBook();
    for (JsonNode key : root.path("editorial")) {
      book.editorial.add(key.asString().toUpperCase(java.util.Locale.ROOT));
    }
    rules(book, root.path("ignore"), "ignore", book.ignore);
    for (JsonNode n : root.path("modality")) {
      String id = text(n, "id", "modality");
      Modality m = vocabulary(Modality.class, text(n, "modality", "modality " + id), "modality " + id);
      book.modality.add(new ModalRule(id, m, book.rule(n, "modality")));
    }
    rules(book, root.path("carveOuts"), "carveOuts", book.carveOuts);
    rules(book, root.path("exceptionOpeners"), "exceptionOpeners", book.exceptionOpeners);
    byValue(book, root, "grounds", ExceptionGround.class, book.grounds);
    byValue(book, root, "kinds", ClauseKind.class, book.kinds);
    byValue(book, root, "provisions", ProvisionType.class, book.provisions);
    root.path("headings").properties().forEach(e -> {
      List<Rule> list = new ArrayList<>();
      for (JsonNode p : e.getValue()) {
        list.add(book.rule(e.getKey(), p.asString(), "headings." + e.getKey(), 1));
      }
      book.headings.put(vocabulary(ProvisionType.class, e.getKey(), "headings"), list);
    });
    root.path("values").properties().forEach(k -> {
      ClauseKind kind = vocabulary(ClauseKind.class, k.getKey(), "values");
      Map<String, Map<String, List<Rule>>> fields = new LinkedHashMap<>();
      k.getValue().properties().forEach(f -> {
        String where = "values." + k.getKey() + "." + f.getKey();
        FieldSpec spec = kind.field(f.getKey()).orElseThrow(() -> new IllegalArgumentException(
            where + ": " + k.getKey() + " has no field " + f.getKey()));
        Map<String, List<Rule>> byValue = new LinkedHashMap<>();
        f.getValue().properties().forEach(v -> {
          if (!spec.allowedValues().contains(v.getKey())) {
            throw new IllegalArgumentException(where + ": " + v.getKey() + " is not one of "
                + spec.allowedValues());
          }
          List<Rule> phrases = new ArrayList<>();
          for (JsonNode p : v.getValue()) {
            phrases.add(book.rule(v.getKey(), p.asString(), where + "." + v.getKey(), 1));
          }
          byValue.put(v.getKey(), phrases);
        });
        fields.put(f.getKey(), byValue);
      });
      book.values.put(kind, fields);
    });
    root.path("actors").properties().forEach(e -> {
      List<Rule> list = new ArrayList<>();
      rules(book, e.getValue(), "actors." + e.getKey(), list);
      book.actors.put(e.getKey(), list);
    });
    if (book.modality.isEmpty() || book.kinds.isEmpty()) {
      throw new IllegalArgumentException("the rules need at least one modality rule and one kind rule");
    }
    book.scanner.build();
    return book;
  }

  /** {@code part: {VALUE: [rules]}}, each VALUE checked against its vocabulary. */
  private static <E extends Enum<E> & Vocabulary> void byValue(RuleBook book, JsonNode root, String part,
      Class<E> type, Map<E, List<Rule>> into) {
    root.path(part).properties().forEach(e -> {
      List<Rule> list = new ArrayList<>();
      rules(book, e.getValue(), part + "." + e.getKey(), list);
      into.put(vocabulary(type, e.getKey(), part), list);
    });
  }

  private static void rules(RuleBook book, JsonNode list, String where, List<Rule> into) {
    for (JsonNode n : list) {
      into.add(book.rule(n, where));
    }
  }

  private Rule rule(JsonNode n, String where) {
    String id = text(n, "id", where);
    return rule(id, text(n, "pattern", where + " " + id), where + " " + id, n.path("weight").asInt(1));
  }

  /** A rule for {@code phrase}, its literals added to the scanner. */
  private Rule rule(String id, String phrase, String where, int weight) {
    Pattern pattern = compile(phrase, where);
    BitSet triggers = new BitSet();
    RequiredLiterals.of(pattern.pattern()).ifPresent(literals -> literals.forEach(l -> triggers.set(scanner.add(l))));
    return new Rule(id, pattern, weight, triggers);
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException(where + ": every rule needs a " + field);
    }
    return v.asString();
  }

  /** Compiles a phrase so that it matches only at word boundaries, ignoring case. */
  static Pattern compile(String phrase, String where) {
    try {
      return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + phrase + ")(?![\\p{L}\\p{N}])", FLAGS);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(where + ": not a valid pattern: " + e.getDescription());
    }
  }

  private static <E extends Enum<E> & Vocabulary> E vocabulary(Class<E> type, String name, String where) {
    return Vocabularies.find(type, name).orElseThrow(() -> new IllegalArgumentException(
        where + ": " + name + " is not one of " + Arrays.stream(type.getEnumConstants())
            .map(Vocabulary::wireName).toList()));
  }
}
