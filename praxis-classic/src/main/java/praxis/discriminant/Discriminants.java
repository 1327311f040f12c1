package praxis.discriminant;

import praxis.api.Check;
import praxis.data.Target;

/** Shared checks and small helpers of the discriminant estimators (package-private). */
final class Discriminants {
  private Discriminants() {}

  /** Validates optional priors (empty = use frequencies): finite, non-negative, summing to 1; returns a copy. */
  static double[] checkPriors(double[] priors) {
    Check.notNull(priors, "priors");
    double[] out = priors.clone();
    if (out.length > 0) {
      double s = 0;
      for (int k = 0; k < out.length; k++) {
        if (!(out[k] >= 0) || !Double.isFinite(out[k])) {
          throw new IllegalArgumentException("priors[" + k + "] must be a finite number >= 0, got " + out[k]);
        }
        s += out[k];
      }
      if (Math.abs(s - 1) > 1e-8) {
        throw new IllegalArgumentException("priors must sum to 1, got " + s + "; normalize them");
      }
    }
    return out;
  }

  /** The priors to use: the given ones (one per class) or the class frequencies. */
  static double[] priors(double[] given, Target y, String who) {
    int k = y.classCount();
    if (given.length > 0 && given.length != k) {
      throw new IllegalArgumentException(who + " priors has " + given.length + " values but y has " + k
          + " classes " + y.classList() + "; give one prior per class in that order");
    }
    int[] counts = y.classCounts();
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = given.length > 0 ? given[c] : counts[c] / (double) y.size();
    }
    return out;
  }

  /** Requires at least two classes and {@code minRows} rows in every class of y's class list. */
  static void requireClasses(Target y, int minRows, String who, String why) {
    int k = y.classCount();
    if (k < 2) {
      throw new IllegalArgumentException(who + ": y has " + k + " class(es) " + y.classList()
          + " but at least 2 are required; check the target column");
    }
    int[] counts = y.classCounts();
    for (int c = 0; c < k; c++) {
      if (counts[c] < minRows) {
        throw new IllegalArgumentException(who + ": class '" + y.classList().get(c) + "' has " + counts[c]
            + " row(s) but at least " + minRows + " are required (" + why + "); add rows of that class or drop it");
      }
    }
  }

  /** Softmax of each row in place (max-shifted; -Inf scores get probability 0). */
  static double[][] softmaxRows(double[][] scores) {
    for (double[] row : scores) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : row) {
        max = Math.max(max, v);
      }
      double s = 0;
      for (int c = 0; c < row.length; c++) {
        row[c] = Math.exp(row[c] - max);
        s += row[c];
      }
      for (int c = 0; c < row.length; c++) {
        row[c] /= s;
      }
    }
    return scores;
  }

  static double[][] deepCopy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }
}
