package praxis.imbalance;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.data.BooleanColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/** Shared checks, class bookkeeping, brute-force neighbours and frame building of the samplers. */
final class SamplerSupport {
  private SamplerSupport() {}

  /** Requires labelled rows (class target, at least 2 classes present). Returns the class counts. */
  static int[] requireClasses(Frame x, Target y, String who) {
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.nonEmpty(x, who);
    Check.sameRows(x, y, who);
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + " resamples classification data but the target is "
          + y.kind() + "; samplers need class labels");
    }
    int[] counts = y.classCounts();
    int present = 0;
    for (int c : counts) {
      present += c > 0 ? 1 : 0;
    }
    if (present < 2) {
      throw new IllegalArgumentException(who + " needs at least 2 classes in the rows, got " + present);
    }
    return counts;
  }

  /** Index of the largest count (first on ties). */
  static int majority(int[] counts) {
    int m = 0;
    for (int c = 1; c < counts.length; c++) {
      if (counts[c] > counts[m]) {
        m = c;
      }
    }
    return m;
  }

  /** Index of the smallest positive count (first on ties). */
  static int minority(int[] counts) {
    int m = -1;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0 && (m < 0 || counts[c] < counts[m])) {
        m = c;
      }
    }
    return m;
  }

  /** Over-sampling targets: every class below {@code ratio × majority} is raised to it. */
  static int[] overTargets(int[] counts, double ratio) {
    int maj = counts[majority(counts)];
    int[] t = counts.clone();
    int goal = (int) (ratio * maj);
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0 && counts[c] < goal) {
        t[c] = goal;
      }
    }
    return t;
  }

  /** The numeric columns of {@code x} as arrays; rejects other types and missing values. */
  static double[][] numeric(Frame x, String who) {
    int p = x.columnCount();
    double[][] cols = new double[p][];
    for (int j = 0; j < p; j++) {
      cols[j] = numericColumn(x.column(j), who);
    }
    return cols;
  }

  static double[] numericColumn(Column c, String who) {
    if (c.type() != ColumnType.NUMERIC && c.type() != ColumnType.BOOLEAN) {
      throw new IllegalArgumentException(who + " interpolates numeric columns but column '" + c.name() + "' is "
          + c.type() + "; encode it (OneHotEncoder) before the sampler, or use SmoteNC for categorical columns");
    }
    double[] v;
    if (c instanceof DoubleColumn d) {
      v = d.toArray();
    } else {
      BooleanColumn b = (BooleanColumn) c;
      v = new double[b.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = b.getDouble(i);
      }
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(who + ": column '" + c.name() + "' row " + i + " is "
            + (Double.isNaN(v[i]) ? "missing" : String.valueOf(v[i])) + "; impute before the sampler (put a"
            + " SimpleImputer earlier in the Pipeline)");
      }
    }
    return v;
  }

  /** Squared Euclidean distance between rows {@code a} and {@code b} of column arrays. */
  static double dist2(double[][] cols, int a, int b) {
    double s = 0;
    for (double[] c : cols) {
      double d = c[a] - c[b];
      s += d * d;
    }
    return s;
  }

  /**
   * For each row in {@code query}, the {@code k} nearest rows of {@code pool} (excluding the row itself),
   * nearest first, ties to the lower row index. Brute force, O(|query|·|pool|·p).
   */
  static int[][] neighbours(double[][] cols, int[] query, int[] pool, int k) {
    int[][] out = new int[query.length][];
    int[] best = new int[k];
    double[] bd = new double[k];
    for (int q = 0; q < query.length; q++) {
      int a = query[q];
      int n = 0;
      for (int b : pool) {
        if (b == a) {
          continue;
        }
        double d = dist2(cols, a, b);
        if (n < k || d < bd[n - 1] || (d == bd[n - 1] && b < best[n - 1])) {
          int pos = n < k ? n++ : k - 1;
          while (pos > 0 && (bd[pos - 1] > d || (bd[pos - 1] == d && best[pos - 1] > b))) {
            bd[pos] = bd[pos - 1];
            best[pos] = best[pos - 1];
            pos--;
          }
          bd[pos] = d;
          best[pos] = b;
        }
      }
      out[q] = java.util.Arrays.copyOf(best, n);
    }
    return out;
  }

  /** Row indices of class {@code c}. */
  static int[] rowsOf(int[] codes, int c) {
    int n = 0;
    for (int v : codes) {
      n += v == c ? 1 : 0;
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] == c) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** All row indices {@code 0..n-1}. */
  static int[] all(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  /** The original rows followed by synthetic numeric rows (one array per column) with labels. */
  static praxis.api.Resampler.Sample append(Frame x, Target y, double[][] cols, List<double[]> synth,
      List<Integer> synthCodes) {
    int n = x.rowCount();
    int m = synth.size();
    List<Column> out = new ArrayList<>(cols.length);
    for (int j = 0; j < cols.length; j++) {
      double[] v = java.util.Arrays.copyOf(cols[j], n + m);
      for (int s = 0; s < m; s++) {
        v[n + s] = synth.get(s)[j];
      }
      out.add(DoubleColumn.wrap(x.column(j).name(), v));
    }
    int[] codes = java.util.Arrays.copyOf(y.codes(), n + m);
    for (int s = 0; s < m; s++) {
      codes[n + s] = synthCodes.get(s);
    }
    return new praxis.api.Resampler.Sample(Frame.of(out), Target.ofCodes(y.name(), codes, y.classList()));
  }

  /** Keeps the rows with {@code keep[i]}. */
  static praxis.api.Resampler.Sample keep(Frame x, Target y, boolean[] keep) {
    int n = 0;
    for (boolean b : keep) {
      n += b ? 1 : 0;
    }
    int[] rows = new int[n];
    int k = 0;
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        rows[k++] = i;
      }
    }
    return new praxis.api.Resampler.Sample(x.rows(rows), y.rows(rows));
  }
}
