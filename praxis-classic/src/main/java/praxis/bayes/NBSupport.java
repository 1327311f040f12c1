package praxis.bayes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Shared pieces of the count-based naive Bayes estimators: input checks, count accumulation, class log
 * priors and log-sum-exp normalization.
 *
 * <p>The accumulation and scoring work on a dense column-major matrix or on a CSR matrix (frames with sparse
 * columns); the CSR versions walk only the stored non-zeros, in the same row order, so both give the same
 * sums. Everything downstream (smoothing, log probabilities, partial fits) is shared.
 */
final class NBSupport {
  /** scikit-learn's floor for alpha (its {@code force_alpha=False} behaviour). */
  static final double ALPHA_MIN = 1e-10;

  private NBSupport() {}

  /**
   * First-fit checks shared by the estimators: rows, at least one numeric column, and the class list (the
   * target's own when {@code classes} is null).
   */
  static List<String> startFit(Frame x, Target y, List<String> classes, String who) {
    Inputs.requireRows(x, y, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    y.requireKind(Target.Kind.CLASSES);
    return classes == null ? y.classList() : classList(classes, who);
  }

  /** Validates prediction input and requires every cell to be non-negative. */
  static void requireNonNegative(double[] xc, Frame x, String who) {
    int n = x.rowCount();
    for (int j = 0; j < x.columnCount(); j++) {
      int off = j * n;
      for (int i = 0; i < n; i++) {
        if (xc[off + i] < 0) {
          throw new IllegalArgumentException(who + " needs non-negative counts but column '" + x.column(j).name()
              + "' row " + i + " is " + xc[off + i] + "; use GaussianNB for real-valued features, or shift/"
              + "rescale them (MinMaxScaler) to non-negative values");
        }
      }
    }
  }

  /**
   * Adds one batch into the sufficient statistics: {@code featureCount[c][j] += sum of x[i][j] over rows of class
   * c} and {@code classCount[c] += number of rows of class c}. Dense column-major input.
   */
  static void accumulate(double[] xc, int n, int p, int[] codes, double[][] featureCount, double[] classCount) {
    for (int i = 0; i < n; i++) {
      classCount[codes[i]] += 1;
    }
    for (int j = 0; j < p; j++) {
      int off = j * n;
      for (int i = 0; i < n; i++) {
        featureCount[codes[i]][j] += xc[off + i];
      }
    }
  }

  /**
   * The codes of {@code y}'s rows in the fixed class list {@code classes}.
   *
   * @throws IllegalArgumentException when y has a label outside the list
   */
  static int[] codesIn(Target y, List<String> classes, String who) {
    y.requireKind(Target.Kind.CLASSES);
    List<String> yl = y.classList();
    if (yl.equals(classes)) {
      return y.codes();
    }
    Map<String, Integer> dict = new HashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      dict.put(classes.get(k), k);
    }
    int[] map = new int[yl.size()];
    for (int k = 0; k < yl.size(); k++) {
      Integer c = dict.get(yl.get(k));
      if (c == null) {
        throw new IllegalArgumentException(who + ": label '" + yl.get(k) + "' is not one of the classes " + classes
            + " fixed by the first fit; give the full class list up front (partialFit(x, y, classes))");
      }
      map[k] = c;
    }
    int[] codes = y.codes();
    for (int i = 0; i < codes.length; i++) {
      codes[i] = map[codes[i]];
    }
    return codes;
  }

  /** Validates a class list given up front: non-empty, no duplicates, sorted like scikit-learn. */
  static List<String> classList(List<String> classes, String who) {
    if (classes.isEmpty()) {
      throw new IllegalArgumentException(who + ": the class list is empty; give at least one class");
    }
    for (int k = 1; k < classes.size(); k++) {
      if (classes.get(k - 1).compareTo(classes.get(k)) >= 0) {
        throw new IllegalArgumentException(who + ": the class list " + classes
            + " must be sorted without duplicates (class codes follow the sorted labels)");
      }
    }
    return List.copyOf(classes);
  }

  /** Checks a prior vector: empty, or finite non-negative values summing to 1. */
  static double[] checkPriors(double[] priors, String name) {
    priors = priors.clone();
    if (priors.length > 0) {
      double s = 0;
      for (int k = 0; k < priors.length; k++) {
        if (!(priors[k] >= 0) || !Double.isFinite(priors[k])) {
          throw new IllegalArgumentException(name + "[" + k + "] must be a finite number >= 0, got " + priors[k]);
        }
        s += priors[k];
      }
      if (Math.abs(s - 1) > 1e-8) {
        throw new IllegalArgumentException(name + " must sum to 1, got " + s + "; normalize them");
      }
    }
    return priors;
  }

  /**
   * Class log priors as scikit-learn: {@code log(classPrior)} when given, else the empirical
   * {@code log(count_c / n)} when {@code fitPrior}, else uniform {@code -log k}.
   */
  static double[] classLogPrior(double[] classCount, boolean fitPrior, double[] classPrior, String who) {
    int k = classCount.length;
    double[] out = new double[k];
    if (classPrior.length > 0) {
      if (classPrior.length != k) {
        throw new IllegalArgumentException(who + " classPrior has " + classPrior.length + " values but there are "
            + k + " classes; give one prior per class in class order");
      }
      for (int c = 0; c < k; c++) {
        out[c] = Math.log(classPrior[c]);
      }
    } else if (fitPrior) {
      double total = 0;
      for (double v : classCount) {
        total += v;
      }
      double lt = Math.log(total);
      for (int c = 0; c < k; c++) {
        out[c] = Math.log(classCount[c]) - lt;
      }
    } else {
      java.util.Arrays.fill(out, -Math.log(k));
    }
    return out;
  }

  /** Turns joint log likelihood rows into probabilities in place (log-sum-exp). */
  static double[][] softmaxRows(double[][] jll) {
    for (double[] row : jll) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : row) {
        max = Math.max(max, v);
      }
      double s = 0;
      for (double v : row) {
        s += Math.exp(v - max);
      }
      double lse = max + Math.log(s);
      for (int c = 0; c < row.length; c++) {
        row[c] = Math.exp(row[c] - lse);
      }
    }
    return jll;
  }

  /** {@code out[i][c] = bias[c] + sum_j x[i][j] w[c][j]} for column-major x. */
  static double[][] linear(double[] xc, int n, double[][] w, double[] bias) {
    int k = w.length;
    int p = k == 0 ? 0 : w[0].length;
    double[][] out = new double[n][k];
    double[] acc = new double[n];
    for (int c = 0; c < k; c++) {
      java.util.Arrays.fill(acc, bias[c]);
      double[] wc = w[c];
      for (int j = 0; j < p; j++) {
        double wj = wc[j];
        int off = j * n;
        for (int i = 0; i < n; i++) {
          acc[i] += xc[off + i] * wj;
        }
      }
      for (int i = 0; i < n; i++) {
        out[i][c] = acc[i];
      }
    }
    return out;
  }

  /**
   * Validates prediction input with sparse columns (schema, finite values) and returns it as CSR, without
   * densifying.
   */
  static CsrMatrix predictCsr(praxis.data.Schema fitted, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    x.requireFinite(who);
    return x.toCsr();
  }

  /** Requires every stored value of a CSR batch to be non-negative, naming the column and row. */
  static void requireNonNegative(CsrMatrix m, Frame x, String who) {
    int[] ptr = m.indptr();
    int[] idx = m.indices();
    double[] v = m.values();
    for (int i = 0; i < m.rows(); i++) {
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        if (v[k] < 0) {
          throw new IllegalArgumentException(who + " needs non-negative counts but column '" + x.column(idx[k]).name()
              + "' row " + i + " is " + v[k] + "; use GaussianNB for real-valued features, or shift/"
              + "rescale them (MinMaxScaler) to non-negative values");
        }
      }
    }
  }

  /** {@link #accumulate(double[], int, int, int[], double[][], double[])} for a CSR batch: O(nnz). */
  static void accumulate(CsrMatrix m, int[] codes, double[][] featureCount, double[] classCount) {
    int[] ptr = m.indptr();
    int[] idx = m.indices();
    double[] v = m.values();
    for (int i = 0; i < m.rows(); i++) {
      classCount[codes[i]] += 1;
      double[] fc = featureCount[codes[i]];
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        fc[idx[k]] += v[k];
      }
    }
  }

  /** {@code out[i][c] = bias[c] + sum_j x[i][j] w[c][j]} over the stored entries of CSR x: O(nnz k). */
  static double[][] linearSparse(CsrMatrix m, double[][] w, double[] bias) {
    int k = w.length;
    int[] ptr = m.indptr();
    int[] idx = m.indices();
    double[] v = m.values();
    double[][] out = new double[m.rows()][k];
    for (int i = 0; i < m.rows(); i++) {
      double[] row = out[i];
      for (int c = 0; c < k; c++) {
        double[] wc = w[c];
        double acc = bias[c];
        for (int t = ptr[i]; t < ptr[i + 1]; t++) {
          acc += v[t] * wc[idx[t]];
        }
        row[c] = acc;
      }
    }
    return out;
  }

  static double[][] deepCopy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }
}
