package praxis.trees.internal;

import java.util.List;
import java.util.Locale;
import praxis.api.Provenance;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * Parameter parsing, input checks, weights and state helpers shared by the tree estimators.
 *
 * <pre>{@code
 * int m = TreeSupport.maxFeatures("sqrt", 30, "maxFeatures");   // 5
 * }</pre>
 */
public final class TreeSupport {
  private TreeSupport() {}

  /**
   * Validates a {@code maxFeatures} spec: {@code all}, {@code sqrt}, {@code log2}, a fraction in (0, 1]
   * written with a decimal point (e.g. {@code 0.5}, {@code 1.0}) or a positive integer count.
   */
  public static String checkMaxFeatures(String spec, String name) {
    if (spec == null) {
      throw new IllegalArgumentException(name + " is null; use all, sqrt, log2, a fraction like 0.5 or a count");
    }
    maxFeatures(spec, Integer.MAX_VALUE, name);
    return spec;
  }

  /** Number of features drawn per node for {@code p} features. */
  public static int maxFeatures(String spec, int p, String name) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    switch (s) {
      case "all":
      case "none":
        return p;
      case "sqrt":
        return Math.max(1, (int) Math.sqrt(p));
      case "log2":
        return Math.max(1, (int) (Math.log(p) / Math.log(2)));
      default:
        break;
    }
    try {
      if (s.contains(".") || s.contains("e")) {
        double v = Double.parseDouble(s);
        if (!(v > 0 && v <= 1)) {
          throw new IllegalArgumentException(name + " = " + spec + "; a fraction must be in (0, 1]");
        }
        return Math.max(1, (int) (v * p));
      }
      int v = Integer.parseInt(s);
      if (v < 1) {
        throw new IllegalArgumentException(name + " = " + spec + "; a feature count must be >= 1");
      }
      return Math.min(v, p);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " = '" + spec
          + "' is not valid; use all, sqrt, log2, a fraction like 0.5 or a positive count like 10");
    }
  }

  /** Checks rows and returns class codes of a classification target. */
  public static int[] classCodes(Frame x, Target y, String who) {
    rows(x, y, who);
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + ": the target is " + y.kind()
          + " but a classifier needs class labels; use the regressor or a categorical target");
    }
    int[] c = y.codes();
    for (int i = 0; i < c.length; i++) {
      if (c[i] < 0) {
        throw new IllegalArgumentException(who + ": target row " + i + " has a missing class label; drop"
            + " unlabeled rows before fitting");
      }
    }
    return c;
  }

  /** Checks rows and returns finite target values of a regression target. */
  public static double[] targetValues(Frame x, Target y, String who) {
    rows(x, y, who);
    if (y.kind() != Target.Kind.VALUES) {
      throw new IllegalArgumentException(who + ": the target is " + y.kind()
          + " but a regressor needs numeric values; use the classifier for class labels");
    }
    double[] v = y.values();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(who + ": target row " + i + " is " + v[i]
            + "; regression targets must be finite; drop or impute those rows");
      }
    }
    return v;
  }

  private static void rows(Frame x, Target y, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size()
          + "; pass the target of the same rows");
    }
  }

  /** Requires non-negative targets with a positive sum (Poisson criterion). */
  public static void requirePoisson(double[] y, String who) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] < 0) {
        throw new IllegalArgumentException(who + ": criterion POISSON needs y >= 0 but row " + i + " is " + y[i]
            + "; use SQUARED_ERROR or shift the target");
      }
      s += y[i];
    }
    if (!(s > 0)) {
      throw new IllegalArgumentException(who + ": criterion POISSON needs a positive target sum; got " + s);
    }
  }

  /** Validated copy of the sample weights (all ones when null). */
  public static double[] sampleWeights(double[] sw, int n, String who) {
    double[] w = new double[n];
    if (sw == null) {
      java.util.Arrays.fill(w, 1.0);
      return w;
    }
    if (sw.length != n) {
      throw new IllegalArgumentException(who + ": sampleWeight has " + sw.length + " entries for " + n
          + " rows; pass one weight per row");
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (!(sw[i] >= 0) || !Double.isFinite(sw[i])) {
        throw new IllegalArgumentException(who + ": sampleWeight[" + i + "] = " + sw[i]
            + "; weights must be finite and >= 0");
      }
      w[i] = sw[i];
      total += sw[i];
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException(who + ": sampleWeight sums to " + total + "; at least one must be > 0");
    }
    return w;
  }

  /** Multiplies {@code w} in place by balanced class weights {@code n / (K n_k)}. */
  public static void balance(double[] w, int[] yc, int nClasses) {
    int[] cnt = new int[nClasses];
    for (int c : yc) {
      cnt[c]++;
    }
    int present = 0;
    for (int c : cnt) {
      present += c > 0 ? 1 : 0;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] *= (double) yc.length / (present * cnt[yc[i]]);
    }
  }

  /** Rows with positive weight. */
  public static int[] positiveRows(double[] w) {
    int m = 0;
    for (double v : w) {
      m += v > 0 ? 1 : 0;
    }
    int[] r = new int[m];
    m = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        r[m++] = i;
      }
    }
    return r;
  }

  /** Per feature, its levels when nominal categorical (null otherwise). */
  public static List<List<String>> levels(Schema schema) {
    List<List<String>> out = new java.util.ArrayList<>();
    for (Field f : schema.fields()) {
      out.add(f.levels() == null || f.levels().isEmpty() || f.ordinal() ? null : f.levels());
    }
    return out;
  }

  /** A state builder holding schema and provenance. */
  public static State.Builder start(String type, Schema schema, Provenance provenance) {
    return State.builder(type).put("schema", Persist.schema(schema)).put("provenance", provenance.toState());
  }

  /** The schema stored by {@link #start}. */
  public static Schema schema(State s) {
    return Persist.schema(s.getState("schema"));
  }

  /** The provenance stored by {@link #start}. */
  public static Provenance provenance(State s) {
    return Provenance.fromState(s.getState("provenance"));
  }

  /** Throws a {@link ModelFormatException} unless {@code ok}. */
  public static void require(boolean ok, State s, String what) {
    if (!ok) {
      throw new ModelFormatException("inconsistent '" + s.type() + "' model state: " + what);
    }
  }

  /** Per row, the index of the largest value (first on ties). */
  public static int[] argmax(double[][] p) {
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      int b = 0;
      for (int c = 1; c < p[i].length; c++) {
        if (p[i][c] > p[i][b]) {
          b = c;
        }
      }
      out[i] = b;
    }
    return out;
  }
}
