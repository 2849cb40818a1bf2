package dev.haven.importer.labelled;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One labelled document of {@code importer/labelled/} (the format is in its README): the text and the provisions a
 * person found in it.
 *
 * @param name the file name without {@code .labels.yaml}
 * @param text the document's text file
 * @param complete false when the labels may leave provisions of the text out (converted from the corpus)
 * @param family the family the document belongs to (one policy and its copies, one law and its summary), if any
 * @param provisions the labels, in the document's order
 */
public record LabelledDocument(String name, Path text, boolean complete, Optional<String> family,
    List<Label> provisions) {

  public static final Path ROOT = Path.of("labelled");
  /** What separates the parts of a label's text that are apart in the document. */
  public static final String GAP = " … ";

  /** One provision as labelled. */
  public record Label(ClauseKind kind, Optional<Modality> modality, Set<ExceptionGround> grounds, String text) {

    /** The label's words in the document: each part between {@link #GAP}s. */
    public List<String> parts() {
      return List.of(text.split(GAP));
    }
  }

  /** The documents of one split ({@code train}, {@code dev} or {@code test}), by name. */
  public static List<LabelledDocument> split(String split) {
    try (Stream<Path> files = Files.list(ROOT.resolve(split))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".labels.yaml")).sorted()
          .map(LabelledDocument::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LabelledDocument read(Path labels) {
    String file = labels.getFileName().toString();
    String name = file.substring(0, file.length() - ".labels.yaml".length());
    Map<?, ?> tree = new YAMLMapper().readValue(labels.toFile(), Map.class);
    Object textFile = tree.get("text-file");
    Path text = textFile == null ? labels.resolveSibling(name + ".txt") : labels.resolveSibling(textFile.toString());
    List<Label> provisions = new ArrayList<>();
    for (Object o : (List<?>) tree.get("provisions")) {
      Map<?, ?> p = (Map<?, ?>) o;
      ClauseKind kind = wire(ClauseKind.class, p.get("kind"), labels);
      Optional<Modality> modality = Optional.ofNullable(p.get("modality")).map(m -> wire(Modality.class, m, labels));
      Set<ExceptionGround> grounds = EnumSet.noneOf(ExceptionGround.class);
      Object g = p.get("grounds");
      if (g != null) {
        ((Collection<?>) g).forEach(x -> grounds.add(wire(ExceptionGround.class, x, labels)));
      }
      provisions.add(new Label(kind, modality, grounds, String.valueOf(p.get("text"))));
    }
    return new LabelledDocument(name, text, !Boolean.FALSE.equals(tree.get("complete")),
        Optional.ofNullable(tree.get("family")).map(String::valueOf), provisions);
  }

  private static <E extends Enum<E> & Vocabulary> E wire(Class<E> type, Object value, Path where) {
    return Vocabularies.find(type, String.valueOf(value)).orElseThrow(() -> new IllegalArgumentException(
        where + ": " + value + " is not a " + type.getSimpleName()));
  }

  /** The text, whitespace collapsed: what labels are compared with. */
  public String flatText() {
    try {
      return flat(Files.readString(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
