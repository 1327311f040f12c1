package praxis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What an estimator learns to predict: class labels (codes into a sorted class list), real values, or
 * nothing (unsupervised). Row views by index array are zero-copy-cheap (codes are copied, one int per row).
 *
 * <pre>{@code
 * Target y = Target.classes("setosa", "virginica", "setosa");   // classes sorted: [setosa, virginica]
 * Target r = Target.values(1.5, 2.0, 3.25);
 * Target none = Target.none(150);
 * }</pre>
 */
public final class Target {
  /** What the target holds. */
  public enum Kind {
    /** Class labels. */
    CLASSES,
    /** Real values. */
    VALUES,
    /** No target (unsupervised). */
    NONE
  }

  private final Kind kind;
  private final int[] codes;
  private final List<String> classes;
  private final double[] values;
  private final int size;
  private final String name;

  private Target(Kind kind, int[] codes, List<String> classes, double[] values, int size, String name) {
    this.kind = kind;
    this.codes = codes;
    this.classes = classes;
    this.values = values;
    this.size = size;
    this.name = name;
  }

  /** Class labels; the class list is the sorted set of distinct labels (like scikit-learn). */
  public static Target classes(String... labels) {
    return classes("target", Arrays.asList(labels));
  }

  /** Class labels; the class list is the sorted set of distinct labels (like scikit-learn). */
  public static Target classes(String name, List<String> labels) {
    TreeSet<String> set = new TreeSet<>();
    for (int i = 0; i < labels.size(); i++) {
      String l = labels.get(i);
      if (l == null) {
        throw new IllegalArgumentException("target '" + name + "' row " + i
            + " is missing; drop rows with a missing label before fitting");
      }
      set.add(l);
    }
    List<String> cls = new ArrayList<>(set);
    Map<String, Integer> dict = new HashMap<>();
    for (int k = 0; k < cls.size(); k++) {
      dict.put(cls.get(k), k);
    }
    int[] codes = new int[labels.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = dict.get(labels.get(i));
    }
    return new Target(Kind.CLASSES, codes, List.copyOf(cls), null, codes.length, name);
  }

  /** Class codes into the given class list (each code in {@code [0, classes.size())}). */
  public static Target ofCodes(String name, int[] codes, List<String> classes) {
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < 0 || codes[i] >= classes.size()) {
        throw new IllegalArgumentException("target '" + name + "' row " + i + ": class code " + codes[i]
            + " is outside [0, " + classes.size() + ")");
      }
    }
    return new Target(Kind.CLASSES, codes.clone(), List.copyOf(classes), null, codes.length, name);
  }

  /** Real-valued target. NaN/infinite values are rejected with the row named. */
  public static Target values(double... values) {
    return values("target", values);
  }

  /** Real-valued target. NaN/infinite values are rejected with the row named. */
  public static Target values(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("target '" + name + "' row " + i + " is " + values[i]
            + "; drop rows with a missing or infinite target before fitting");
      }
    }
    return new Target(Kind.VALUES, null, null, values.clone(), values.length, name);
  }

  /** No target, for unsupervised estimators. */
  public static Target none(int rows) {
    return new Target(Kind.NONE, null, null, null, rows, "none");
  }

  /**
   * The target from a frame column: a categorical, text or boolean column gives class labels, a numeric
   * column gives values.
   */
  public static Target fromColumn(Column c) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      return values(c.name(), d.toArray());
    }
    List<String> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      labels.add(c.isMissing(i) ? null : c.format(i));
    }
    return classes(c.name(), labels);
  }

  /** Kind of target. */
  public Kind kind() {
    return kind;
  }

  /** Name (the label column's name, or "target"). */
  public String name() {
    return name;
  }

  /** Number of rows. */
  public int size() {
    return size;
  }

  /** Class list (sorted) for a {@link Kind#CLASSES} target. */
  public List<String> classList() {
    requireKind(Kind.CLASSES);
    return classes;
  }

  /** Number of classes. */
  public int classCount() {
    return classList().size();
  }

  /** Class codes (a fresh copy). */
  public int[] codes() {
    requireKind(Kind.CLASSES);
    return codes.clone();
  }

  /** Class code at {@code row}. */
  public int code(int row) {
    return codes[row];
  }

  /** Values (a fresh copy). */
  public double[] values() {
    requireKind(Kind.VALUES);
    return values.clone();
  }

  /** Value at {@code row}. */
  public double value(int row) {
    return values[row];
  }

  /** Counts per class code. */
  public int[] classCounts() {
    int[] counts = new int[classList().size()];
    for (int c : codes) {
      counts[c]++;
    }
    return counts;
  }

  /** The given rows (class list kept, so codes stay comparable across folds). */
  public Target rows(int[] rows) {
    for (int i = 0; i < rows.length; i++) {
      if (rows[i] < 0 || rows[i] >= size) {
        throw new IndexOutOfBoundsException("row index " + rows[i] + " is outside [0, " + size + ")");
      }
    }
    switch (kind) {
      case CLASSES: {
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
          c[i] = codes[rows[i]];
        }
        return new Target(kind, c, classes, null, rows.length, name);
      }
      case VALUES: {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          v[i] = values[rows[i]];
        }
        return new Target(kind, null, null, v, rows.length, name);
      }
      default:
        return none(rows.length);
    }
  }

  /** Throws with a clear message unless this target is of kind {@code k}. */
  public void requireKind(Kind k) {
    if (kind != k) {
      throw new IllegalArgumentException("target '" + name + "' holds " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " but " + k.name().toLowerCase(java.util.Locale.ROOT) + " are required"
          + (k == Kind.CLASSES ? " (a classifier needs a categorical label column)"
              : k == Kind.VALUES ? " (a regressor needs a numeric target column)" : ""));
    }
  }
}
