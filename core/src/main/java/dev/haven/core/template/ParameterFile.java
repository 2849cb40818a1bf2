package dev.haven.core.template;

import dev.haven.core.io.Position;
import dev.haven.core.io.Problem;
import dev.haven.core.io.BoundedRead;
import dev.haven.core.io.ReadLimits;
import dev.haven.core.io.SourceLines;
import dev.haven.core.io.Syntax;
import dev.haven.core.io.internal.Node;
import dev.haven.core.io.internal.Node.MapNode;
import dev.haven.core.io.internal.Node.ScalarNode;
import dev.haven.core.io.internal.Node.ScalarType;
import dev.haven.core.io.internal.TreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML (or JSON) file of parameter values for {@code haven adapt --params}: one mapping of names to text,
 * e.g. {@code city: City of Example Falls}.
 *
 * @param origin the file as the caller named it
 * @param text the file's text, so that a tool can show the line a problem is on
 * @param values the values read, in file order
 * @param problems what is wrong with the file; when not empty, {@code values} holds what could be read
 */
public record ParameterFile(String origin, String text, List<ParameterValue> values, List<Problem> problems) {

  /**
   * Copies the values and sorts the problems by position.
   *
   * @param origin the file as the caller named it
   * @param text the file's text, so that a tool can show the line a problem is on
   * @param values the values read, in file order
   * @param problems what is wrong with the file; when not empty, {@code values} holds what could be read
   */
  public ParameterFile {
    values = List.copyOf(values);
    problems = problems.stream().sorted().toList();
  }

  /** {@return true when the file has no problems} */
  public boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Reads a file of parameter values; {@code .json} files as JSON, others as YAML.
   *
   * @param file the file to read
   * @return the values, or what is wrong with the file (an unreadable file is one problem)
   */
  public static ParameterFile read(Path file) {
    String origin = file.toString();
    try {
      return parse(origin, BoundedRead.of(file, ReadLimits.DEFAULT.maxFileBytes()),
          Syntax.of(file).equals(Optional.of(Syntax.JSON)));
    } catch (BoundedRead.TooLargeException e) {
      return failed(origin, "longer than " + ReadLimits.DEFAULT.maxFileBytes() + " bytes; too large for a parameter"
          + " file");
    } catch (NoSuchFileException e) {
      return failed(origin, "no such file");
    } catch (IOException e) {
      return failed(origin, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Parses parameter values from UTF-8 bytes, naming them {@code origin} in problems.
   *
   * @param origin the name problems give the file
   * @param bytes the file's content
   * @param json true to read JSON, false for YAML
   * @return the values, or what is wrong with them
   */
  public static ParameterFile parse(String origin, byte[] bytes, boolean json) {
    TreeReader.Tree tree = new TreeReader(ReadLimits.DEFAULT).read(bytes, json);
    List<Problem> problems = new ArrayList<>(tree.problems());
    List<ParameterValue> values = new ArrayList<>();
    tree.root().ifPresent(root -> {
      if (!(root instanceof MapNode map)) {
        problems.add(new Problem(root.position(), "found " + root.describe() + "; expected a mapping of parameter "
            + "names to values, e.g. 'city: City of Example Falls'"));
        return;
      }
      for (Node.Entry e : map.entries()) {
        if (e.value() instanceof ScalarNode s && s.type() != ScalarType.NULL) {
          values.add(new ParameterValue(e.key(), s.text(), origin, Optional.of(e.keyPosition())));
        } else {
          problems.add(new Problem(e.value().position(), "parameter '" + e.key() + "' has " + e.value().describe()
              + "; expected its value as text"));
        }
      }
    });
    return new ParameterFile(origin, tree.text(), values, problems);
  }

  /**
   * The text of a 1-based line, without its line break; empty past the end.
   *
   * @param number the line number, from 1
   * @return the text of the line, without its line break; empty past the end
   */
  public String line(int number) {
    return SourceLines.line(text, number);
  }

  private static ParameterFile failed(String origin, String message) {
    return new ParameterFile(origin, "", List.of(), List.of(new Problem(Position.START, message)));
  }
}
