package dev.haven.core.io.internal;

import dev.haven.core.io.Position;
import dev.haven.core.io.Problem;
import dev.haven.core.io.ReadLimits;
import dev.haven.core.io.internal.Node.Entry;
import dev.haven.core.io.internal.Node.ListNode;
import dev.haven.core.io.internal.Node.MapNode;
import dev.haven.core.io.internal.Node.ScalarNode;
import dev.haven.core.io.internal.Node.ScalarType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * Reads YAML or JSON text into a {@link Node} tree with positions, through Jackson's streaming parser.
 *
 * <p>Why not data binding: binding stops at the first error and forgets where values were. Here every value
 * keeps its line and column, duplicate keys are reported instead of silently resolved, and the limits of
 * {@link ReadLimits} hold for both syntaxes.
 */
public final class TreeReader {


  /**
   * Whether the text has an anchor ({@code &name}) or alias ({@code *name}) where a YAML node may start: after
   * the start of a line, a space, or one of {@code [ { , : -}, and followed by a name character. A plain loop
   * rather than a regular expression: the expression, tried at every position of every file, took a quarter of
   * the time of reading a large corpus.
   */
  static boolean mayUseAnchors(String text) {
    return startsNode(text, '&') || startsNode(text, '*');
  }

  /** Jumps from marker to marker with {@code indexOf}: most files have none, and a scan by hand is slower. */
  private static boolean startsNode(String text, char marker) {
    for (int i = text.indexOf(marker); i >= 0 && i < text.length() - 1; i = text.indexOf(marker, i + 1)) {
      if ((i == 0 || mayPrecedeNode(text.charAt(i - 1))) && !isSpaceOrFlow(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayPrecedeNode(char c) {
    return isSpace(c) || c == '[' || c == '{' || c == ',' || c == ':' || c == '-'
        // the other line ends of a multiline regular expression's ^
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isSpaceOrFlow(char c) {
    return isSpace(c) || c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  /** The characters of {@code \s} in a Java regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The result: a root node when the text parsed, and the problems met on the way. */
  public record Tree(Optional<Node> root, SourceText source, List<Problem> problems) {

    Tree(Optional<Node> root, String text, List<Problem> problems) {
      this(root, SourceText.of(text), problems);
    }

    /** {@return the decoded text, without a byte-order mark} */
    public String text() {
      return source.get();
    }
  }

  private final ReadLimits limits;
  private final ParseCache cache;
  private volatile Parsers parsers;

  public TreeReader(ReadLimits limits) {
    this(limits, null);
  }

  /**
   * A reader that keeps the trees of files that parse cleanly in {@code cache}, and finds them there again.
   *
   * @param limits how large and deep a file may be
   * @param cache where to keep parse trees, or null for none
   */
  public TreeReader(ReadLimits limits, ParseCache cache) {
    this.limits = limits;
    this.cache = cache;
  }

  /** The parsers, made on first use: a run whose files all come from the cache never loads them. */
  private Parsers parsers() {
    Parsers p = parsers;
    if (p == null) {
      synchronized (this) {
        p = parsers;
        if (p == null) {
          p = new Parsers(limits);
          parsers = p;
        }
      }
    }
    return p;
  }

  /** Jackson's factories for the two syntaxes, configured with the limits. */
  private static final class Parsers {
    final TokenStreamFactory yaml;
    final TokenStreamFactory yamlWithAnchors;
    final TokenStreamFactory json;

    Parsers(ReadLimits limits) {
      StreamReadConstraints constraints = StreamReadConstraints.builder()
          .maxNestingDepth(limits.maxNestingDepth())
          .maxStringLength(limits.maxStringLength())
          .maxDocumentLength(limits.maxFileBytes())
          .maxTokenCount(limits.maxTokens())
          .build();
      // Aliases are expanded by replaying their anchor's events; every replayed token counts against
      // maxTokenCount, so an alias bomb stops at the limit instead of exhausting memory.
      LoadSettings yamlSettings = LoadSettings.builder()
          .setMaxAliasesForCollections(10)
          .setAllowRecursiveKeys(false)
          .setAllowNonScalarKeys(false)
          .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
          .setSchema(new CoreSchema())
          .build();
      // Duplicate keys are reported by readMap, which carries on; Jackson's own check would end the parse.
      // The YAML 1.2 core schema: '~' and 'null' are null, 'true'/'false' booleans, and 'no' or 'NO' stay text.
      yamlWithAnchors = YAMLAnchorReplayingFactory.builder().loadSettings(yamlSettings)
          .yamlSchema(YAMLSchema.CORE).streamReadConstraints(constraints)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      yaml = YAMLFactory.builder().loadSettings(yamlSettings).yamlSchema(YAMLSchema.CORE)
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
      json = JsonFactory.builder().streamReadConstraints(constraints)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }
  }

  /** Parses {@code bytes}; {@code asJson} picks JSON syntax instead of YAML. */
  public Tree read(byte[] bytes, boolean asJson) {
    List<Problem> problems = new ArrayList<>();
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(new Problem(Position.START, "the file is " + bytes.length + " bytes; clause sets are limited to "
          + limits.maxFileBytes() + " bytes"));
      return new Tree(Optional.empty(), "", problems);
    }
    String key = null;
    String context = null;
    if (cache != null) {
      context = ParseCache.context(asJson, limits);
      key = ParseCache.key(bytes, context);
      Optional<Node> cached = cache.get(key, bytes, context, limits.maxNestingDepth());
      if (cached.isPresent()) {
        // only clean parses are stored, so these very bytes already passed every check below
        return new Tree(cached, SourceText.ofValidUtf8(bytes), problems);
      }
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      problems.add(new Problem(positionOfByte(bytes, firstInvalidUtf8(bytes)),
          "the file is not UTF-8 text; save it as UTF-8"));
      return new Tree(Optional.empty(), "", problems);
    }
    text = withoutBom(text);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      problems.add(new Problem(positionOf(text, nul), "the file holds binary data, not YAML or JSON text"));
      return new Tree(Optional.empty(), text, problems);
    }
    if (text.isBlank()) {
      problems.add(new Problem(Position.START, "the file is empty; expected a clause set starting with 'format: haven/1'"));
      return new Tree(Optional.empty(), text, problems);
    }
    // Jackson's replaying parser (which expands aliases) takes any scalar "<<", even a quoted value, for a merge
    // key; so it reads only files that may use anchors, and a clause whose text is "<<" reads as text elsewhere
    Parsers p = parsers();
    boolean anchors = !asJson && mayUseAnchors(text);
    TokenStreamFactory factory = asJson ? p.json : anchors ? p.yamlWithAnchors : p.yaml;
    if (anchors) {
      // The anchor test can be fooled by an '&' or '*' inside a quoted scalar (text: ' &'); when the replaying
      // parser then trips over a quoted "<<", a file that uses no anchor at all reads with the plain parser.
      List<Problem> plain = new ArrayList<>();
      Tree withAnchors = parse(p.yamlWithAnchors, key, bytes, context, text, new ArrayList<>(problems));
      if (withAnchors.root().isPresent() || !withAnchors.problems().toString().contains("'<<'")) {
        return withAnchors;
      }
      Tree without = parse(p.yaml, key, bytes, context, text, plain);
      return without.root().isPresent() ? without : withAnchors;
    }
    return parse(factory, key, bytes, context, text, problems);
  }

  private Tree parse(TokenStreamFactory factory, String key, byte[] bytes, String context, String text,
      List<Problem> problems) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      try {
        return parseWith(parser, key, bytes, context, text, problems);
      } catch (StreamConstraintsException e) {
        // a limit's exception carries no location; the parser knows where it stopped
        problems.add(new Problem(position(parser.currentLocation()),
            SyntaxMessages.clean(e, factory == parsers().yamlWithAnchors)));
        return new Tree(Optional.empty(), text, problems);
      }
    } catch (JacksonException e) {
      problems.add(new Problem(where(e), SyntaxMessages.clean(e)));
      return new Tree(Optional.empty(), text, problems);
    }
  }

  private Tree parseWith(JsonParser parser, String key, byte[] bytes, String context, String text,
      List<Problem> problems) {
    {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new Problem(Position.START, "the file holds no document; expected a clause set"));
        return new Tree(Optional.empty(), text, problems);
      }
      Node root = readValue(parser, problems);
      if (parser.nextToken() != null) {
        problems.add(new Problem(position(parser.currentTokenLocation()),
            "a second document starts here; a clause-set file holds exactly one"));
      }
      if (cache != null && problems.isEmpty()) {
        cache.put(key, bytes, context, root);
      }
      return new Tree(Optional.of(root), text, problems);
    }
  }

  /**
   * The text, reported when an escape left half of a surrogate pair ({@code "\\ud800"}): that is no character,
   * and written out as UTF-8 it would silently become '?'.
   */
  private static String wholeCharacters(String text, Position at, List<Problem> problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        problems.add(new Problem(at, String.format("this value holds \\u%04X, half of a surrogate pair, which is"
            + " no character; write the character itself, or both halves of its escape", (int) c)));
        return text;
      }
    }
    return text;
  }

  /** Where the parser was: a limit's exception carries no location of its own, but its parser knows. */
  private static Position where(JacksonException e) {
    Position at = e.getLocation() == null ? Position.START : position(e.getLocation());
    if (at.equals(Position.START) && e.processor() instanceof JsonParser parser) {
      Position current = position(parser.currentLocation());
      return current.line() > 0 ? current : at;
    }
    return at;
  }

  private Node readValue(JsonParser parser, List<Problem> problems) {
    Position at = position(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMap(parser, at, problems);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, problems));
        }
        return new ListNode(at, items);
      case VALUE_STRING:
        return new ScalarNode(at, wholeCharacters(parser.getString(), at, problems), ScalarType.STRING);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(at, parser.getString(), ScalarType.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(at, parser.getString(), ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new ScalarNode(at, "", ScalarType.NULL);
      default:
        // Embedded objects come only from binary YAML tags (!!binary); they are not text.
        problems.add(new Problem(at, "unexpected " + token + "; expected text, a list or a mapping"));
        return new ScalarNode(at, "", ScalarType.NULL);
    }
  }

  private MapNode readMap(JsonParser parser, Position at, List<Problem> problems) {
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Position keyAt = position(parser.currentTokenLocation());
      parser.nextToken();
      Node value = readValue(parser, problems);
      if (seen.add(key)) {
        entries.add(new Entry(key, keyAt, value));
      } else {
        problems.add(new Problem(keyAt, "duplicate key '" + key + "'; each key may appear once in a mapping"));
      }
    }
    return new MapNode(at, entries);
  }

  static Position position(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Position.START;
    }
    return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The text of {@code bytes}, which must be UTF-8. The JDK's own decoding into a string is several times faster
   * than a strict decoder (no char buffer to copy and compress) but replaces malformed input; valid UTF-8, and only
   * valid UTF-8, encodes back to the very same bytes.
   */
  static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      throw new CharacterCodingException();
    }
    return text;
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // On an error the decoder stops with the input positioned at the first byte it could not decode.
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return in.position();
  }

  private static Position positionOfByte(byte[] bytes, int offset) {
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    return positionOf(before, before.length());
  }

  private static Position positionOf(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, index - lineStart + 1);
  }
}
