package praxis.select.features;

import java.util.Arrays;
import praxis.data.Frame;

/**
 * Correlation matrices of the columns of a numeric frame: Pearson (linear) and Spearman (Pearson of the ranks,
 * ties given their average rank, as {@code scipy.stats.spearmanr} and {@code pandas.DataFrame.corr}). A constant
 * column has NaN correlations.
 *
 * <pre>{@code
 * double[][] r = Correlation.matrix(x, Correlation.Method.SPEARMAN);
 * }</pre>
 */
public final class Correlation {
  /** Correlation coefficient. */
  public enum Method {
    /** Pearson product-moment correlation. */
    PEARSON,
    /** Spearman rank correlation. */
    SPEARMAN
  }

  private Correlation() {}

  /** The symmetric {@code p × p} correlation matrix of the columns of {@code x} (no missing values). */
  public static double[][] matrix(Frame x, Method method) {
    double[][] cols = FeatureSupport.columns(x, "Correlation");
    return matrix(cols, method);
  }

  static double[][] matrix(double[][] cols, Method method) {
    int p = cols.length;
    double[][] c = method == Method.SPEARMAN ? ranksOf(cols) : cols;
    double[][] r = new double[p][p];
    for (int a = 0; a < p; a++) {
      r[a][a] = 1.0;
      for (int b = a + 1; b < p; b++) {
        r[a][b] = r[b][a] = FeatureSupport.pearson(c[a], c[b]);
      }
    }
    return r;
  }

  static double[][] ranksOf(double[][] cols) {
    double[][] out = new double[cols.length][];
    for (int j = 0; j < cols.length; j++) {
      out[j] = ranks(cols[j]);
    }
    return out;
  }

  /** Average ranks (1-based) of {@code v}. */
  static double[] ranks(double[] v) {
    int n = v.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }
}
