package praxis.select.features;

import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Variance inflation factors: for each column, {@code VIF = 1 / (1 − R²)} of the least-squares regression (with
 * intercept) of that column on all the others, as R's {@code car::vif} on an all-numeric linear model and
 * statsmodels' {@code variance_inflation_factor} with a constant. Perfectly collinear columns (R² within 1e-10
 * of 1) are reported by name instead of returning an infinite VIF.
 *
 * <pre>{@code
 * double[] v = Vif.compute(x);   // one value per column of x
 * }</pre>
 */
public final class Vif {
  /** Columns with {@code 1 − R²} below this are reported as perfectly collinear. */
  public static final double COLLINEAR_TOLERANCE = 1e-10;

  private Vif() {}

  /**
   * The VIF of every column of a numeric frame without missing values.
   *
   * @throws IllegalArgumentException naming the columns when one is a perfect linear combination of others, or
   *     a column is constant
   */
  public static double[] compute(Frame x) {
    double[][] cols = FeatureSupport.columns(x, "VIF");
    List<String> names = x.schema().names();
    return compute(cols, names);
  }

  static double[] compute(double[][] cols, List<String> names) {
    int p = cols.length;
    if (p < 2) {
      throw new IllegalArgumentException("VIF needs at least 2 columns, got " + p);
    }
    int n = cols[0].length;
    if (n <= p) {
      throw new IllegalArgumentException("VIF needs more rows (" + n + ") than columns (" + p + ")");
    }
    double[][] c = new double[p][];
    double[] norm = new double[p];
    for (int j = 0; j < p; j++) {
      double m = 0;
      for (double d : cols[j]) {
        m += d;
      }
      m /= n;
      c[j] = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        c[j][i] = cols[j][i] - m;
        s += c[j][i] * c[j][i];
      }
      norm[j] = Math.sqrt(s);
      if (norm[j] == 0) {
        throw new IllegalArgumentException("VIF: column '" + names.get(j) + "' is constant, so it is collinear with"
            + " the intercept; drop it first (e.g. with VarianceThreshold)");
      }
    }
    double[] vif = new double[p];
    double[] a = new double[n * (p - 1)];
    for (int j = 0; j < p; j++) {
      int k = 0;
      int[] others = new int[p - 1];
      for (int o = 0; o < p; o++) {
        if (o != j) {
          others[k] = o;
          for (int i = 0; i < n; i++) {
            a[k * n + i] = c[o][i] / norm[o];
          }
          k++;
        }
      }
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        b[i] = c[j][i] / norm[j];
      }
      double[] coef = LinAlg.leastSquares(DenseMatrix.wrap(n, p - 1, a.clone()), b);
      double rss = 0;
      for (int i = 0; i < n; i++) {
        double r = b[i];
        for (int q = 0; q < p - 1; q++) {
          r -= a[q * n + i] * coef[q];
        }
        rss += r * r;
      }
      if (rss < COLLINEAR_TOLERANCE) {
        List<String> with = new ArrayList<>();
        for (int q = 0; q < p - 1; q++) {
          if (Math.abs(coef[q]) > 1e-6) {
            with.add(names.get(others[q]));
          }
        }
        throw new IllegalArgumentException("VIF: column '" + names.get(j) + "' is a perfect linear combination of "
            + with + " (1 - R² = " + rss + " < " + COLLINEAR_TOLERANCE + "), so its VIF is infinite; drop '"
            + names.get(j) + "' or one of " + with + " before computing VIFs");
      }
      vif[j] = 1.0 / rss;
    }
    return vif;
  }
}
