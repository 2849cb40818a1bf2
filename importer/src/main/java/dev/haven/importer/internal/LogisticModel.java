package dev.haven.importer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A multinomial logistic regression over binary features: each class's score is its bias plus the weights of the
 * features present, and the probabilities are the scores' softmax. Training is full-batch gradient descent with L2
 * regularisation from zero weights, over the features and examples in a fixed order, so the same data always gives
 * the same model, byte for byte, on any machine.
 */
public final class LogisticModel {

  /** The bias's name in the model file; no feature has it, since features have a prefix and a colon. */
  static final String BIAS = "(bias)";

  private final List<String> classes;
  private final Map<String, double[]> weights;

  private LogisticModel(List<String> classes, Map<String, double[]> weights) {
    this.classes = List.copyOf(classes);
    this.weights = weights;
  }

  /** One class with its probability. */
  public record Scored(String label, double probability) {}

  public List<String> classes() {
    return classes;
  }

  /** Every class with its probability for {@code features}, most probable first (ties in class order). */
  public List<Scored> predict(List<String> features) {
    double[] scores = scores(features);
    List<Scored> out = new ArrayList<>();
    for (int c = 0; c < classes.size(); c++) {
      out.add(new Scored(classes.get(c), scores[c]));
    }
    out.sort(Comparator.comparingDouble(Scored::probability).reversed());
    return out;
  }

  /** The {@code n} features that raise {@code label}'s score most for {@code features}. */
  public List<String> strongest(List<String> features, String label, int n) {
    int c = classes.indexOf(label);
    return features.stream().filter(weights::containsKey).filter(f -> weights.get(f)[c] > 0)
        .sorted(Comparator.comparingDouble((String f) -> -weights.get(f)[c]).thenComparing(f -> f))
        .limit(n).toList();
  }

  private double[] scores(List<String> features) {
    double[] s = weights.getOrDefault(BIAS, new double[classes.size()]).clone();
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int c = 0; c < s.length; c++) {
          s[c] += w[c];
        }
      }
    }
    return softmax(s);
  }

  private static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[s.length];
    for (int c = 0; c < s.length; c++) {
      p[c] = Math.exp(s[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < s.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /**
   * Trains a model.
   *
   * @param examples each example's features
   * @param labels each example's class, one of {@code classes}
   * @param classes the classes, in the order the model file lists them
   * @param epochs passes of gradient descent
   * @param rate the step size
   * @param l2 the regularisation's strength (per example)
   * @return the model, its weights rounded as the model file writes them
   */
  public static LogisticModel train(List<List<String>> examples, List<String> labels, List<String> classes,
      int epochs, double rate, double l2) {
    return train(examples, labels, classes, epochs, rate, l2, Map.of());
  }

  /**
   * Trains a model that starts from prior weights and is drawn back to them, not to zero: a Gaussian prior whose
   * means are {@code prior} (a feature's weights by class; every other weight's mean is zero). With a prior that
   * trusts the rules' own choice ("rules-kind:detainer-limit" weighs for detainer-limit), the data must outweigh
   * the rules to overrule them.
   *
   * @param prior the prior mean of each named feature's weights, by class; features not seen in training are left
   *     out of the model
   * @return the model, its weights rounded as the model file writes them
   */
  public static LogisticModel train(List<List<String>> examples, List<String> labels, List<String> classes,
      int epochs, double rate, double l2, Map<String, double[]> prior) {
    TreeSet<String> names = new TreeSet<>();
    examples.forEach(names::addAll);
    List<String> features = new ArrayList<>(names);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      index.put(features.get(i), i);
    }
    int k = classes.size();
    double[][] w = new double[features.size() + 1][k]; // the last row is the bias
    int[][] x = new int[examples.size()][];
    int[] y = new int[examples.size()];
    for (int e = 0; e < examples.size(); e++) {
      x[e] = examples.get(e).stream().distinct().mapToInt(index::get).sorted().toArray();
      y[e] = classes.indexOf(labels.get(e));
      if (y[e] < 0) {
        throw new IllegalArgumentException("not a class: " + labels.get(e));
      }
    }
    int bias = features.size();
    double[][] mean = new double[w.length][k];
    for (int f = 0; f < features.size(); f++) {
      double[] m = prior.get(features.get(f));
      if (m != null) {
        mean[f] = m.clone();
        w[f] = m.clone();
      }
    }
    double n = examples.size();
    for (int epoch = 0; epoch < epochs; epoch++) {
      double[][] grad = new double[w.length][k];
      for (int e = 0; e < x.length; e++) {
        double[] s = w[bias].clone();
        for (int f : x[e]) {
          for (int c = 0; c < k; c++) {
            s[c] += w[f][c];
          }
        }
        double[] p = softmax(s);
        p[y[e]] -= 1;
        for (int c = 0; c < k; c++) {
          grad[bias][c] += p[c];
          for (int f : x[e]) {
            grad[f][c] += p[c];
          }
        }
      }
      for (int f = 0; f < w.length; f++) {
        for (int c = 0; c < k; c++) {
          double reg = f == bias ? 0 : l2 * (w[f][c] - mean[f][c]);
          w[f][c] -= rate * (grad[f][c] / n + reg);
        }
      }
    }
    Map<String, double[]> weights = new TreeMap<>();
    for (int f = 0; f <= features.size(); f++) {
      double[] rounded = new double[k];
      boolean any = false;
      for (int c = 0; c < k; c++) {
        rounded[c] = Double.parseDouble(String.format(Locale.ROOT, "%.4f", w[f][c]));
        any |= rounded[c] != 0;
      }
      if (any || f == bias) {
        weights.put(f == bias ? BIAS : features.get(f), rounded);
      }
    }
    return new LogisticModel(classes, weights);
  }

  /** The model file: a header line of classes, then one line per feature with its weights, tab-separated. */
  public String write() {
    StringBuilder out = new StringBuilder("feature");
    classes.forEach(c -> out.append('\t').append(c));
    out.append('\n');
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      out.append(e.getKey());
      for (double v : e.getValue()) {
        out.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Reads a model file as {@link #write()} writes it. */
  public static LogisticModel read(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split("\t");
      List<String> classes = List.of(header).subList(1, header.length);
      Map<String, double[]> weights = new TreeMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t");
        double[] w = new double[classes.size()];
        for (int c = 0; c < w.length; c++) {
          w[c] = Double.parseDouble(cells[c + 1]);
        }
        weights.put(cells[0], w);
      }
      return new LogisticModel(classes, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
