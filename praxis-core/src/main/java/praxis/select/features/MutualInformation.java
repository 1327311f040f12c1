package praxis.select.features;

import java.util.Arrays;
import praxis.api.Check;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Mutual information between each feature and the target by k-nearest-neighbour estimators, as scikit-learn
 * 1.2's {@code mutual_info_classif} (Ross 2014, continuous feature vs discrete target) and
 * {@code mutual_info_regression} (Kraskov et al. 2004, continuous vs continuous): features (and a numeric target)
 * are divided by their standard deviation and get scikit-learn's tiny noise
 * {@code 1e-10·max(1, mean|x|)·N(0,1)}, drawn from NumPy's legacy {@code RandomState(seed)} in scikit-learn's
 * order, so results match scikit-learn with the same {@code random_state}. Estimates below 0 are reported as 0.
 * All features are treated as continuous. Cost: O(n²) per feature.
 *
 * <pre>{@code
 * double[] mi = MutualInformation.classif(x, y, 3, 0L);
 * }</pre>
 */
public final class MutualInformation {
  private MutualInformation() {}

  /** Mutual information of each feature with class labels, {@code k} neighbours, noise seed {@code seed}. */
  public static double[] classif(Frame x, Target y, int k, long seed) {
    Check.notNull(y, "y");
    Check.sameRows(x, y, "mutual_info_classif");
    Check.atLeast(k, 1, "k");
    double[][] cols = FeatureSupport.columns(x, "mutual_info_classif");
    FeatureSupport.requireClasses(y, "mutual_info_classif");
    NumpyRandom rnd = new NumpyRandom(seed);
    scaleAndJitter(cols, rnd);
    int[] codes = y.codes();
    double[] out = new double[cols.length];
    for (int j = 0; j < cols.length; j++) {
      out[j] = miCd(cols[j], codes, y.classCount(), k);
    }
    return out;
  }

  /** Mutual information of each feature with a numeric target, {@code k} neighbours, noise seed {@code seed}. */
  public static double[] regression(Frame x, Target y, int k, long seed) {
    Check.notNull(y, "y");
    Check.sameRows(x, y, "mutual_info_regression");
    Check.atLeast(k, 1, "k");
    double[][] cols = FeatureSupport.columns(x, "mutual_info_regression");
    double[] t = FeatureSupport.requireValues(y, "mutual_info_regression").clone();
    int n = t.length;
    if (n <= k) {
      throw new IllegalArgumentException("mutual_info_regression needs more rows (" + n + ") than k=" + k);
    }
    NumpyRandom rnd = new NumpyRandom(seed);
    scaleAndJitter(cols, rnd);
    double[][] ty = {t};
    scale(ty);
    double mean = 0;
    for (double v : t) {
      mean += Math.abs(v);
    }
    double m = Math.max(1, mean / n);
    Gauss g = new Gauss(rnd);
    for (int i = 0; i < n; i++) {
      t[i] += 1e-10 * m * g.next();
    }
    double[] out = new double[cols.length];
    for (int j = 0; j < cols.length; j++) {
      out[j] = miCc(cols[j], t, k);
    }
    return out;
  }

  /** Divides by the population std (1 if below 10·eps), then adds the scaled Gaussian noise row by row. */
  private static void scaleAndJitter(double[][] cols, NumpyRandom rnd) {
    scale(cols);
    int p = cols.length;
    int n = cols[0].length;
    double[] means = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (double v : cols[j]) {
        s += Math.abs(v);
      }
      means[j] = Math.max(1, s / n);
    }
    Gauss g = new Gauss(rnd);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        cols[j][i] += 1e-10 * means[j] * g.next();
      }
    }
  }

  private static void scale(double[][] cols) {
    for (double[] c : cols) {
      int n = c.length;
      double m = 0;
      for (double v : c) {
        m += v;
      }
      m /= n;
      double s = 0;
      for (double v : c) {
        s += (v - m) * (v - m);
      }
      double sd = Math.sqrt(s / n);
      if (sd < 10 * Math.ulp(1.0)) {
        sd = 1;
      }
      for (int i = 0; i < n; i++) {
        c[i] /= sd;
      }
    }
  }

  /** NumPy's legacy {@code standard_normal} (polar Box–Muller with one cached value). */
  private static final class Gauss {
    private final NumpyRandom rnd;
    private boolean has;
    private double cached;

    Gauss(NumpyRandom rnd) {
      this.rnd = rnd;
    }

    double next() {
      if (has) {
        has = false;
        return cached;
      }
      double x1;
      double x2;
      double r2;
      do {
        x1 = 2.0 * rnd.nextDouble() - 1.0;
        x2 = 2.0 * rnd.nextDouble() - 1.0;
        r2 = x1 * x1 + x2 * x2;
      } while (r2 >= 1.0 || r2 == 0.0);
      double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
      cached = f * x1;
      has = true;
      return f * x2;
    }
  }

  /** Kraskov estimator, Chebyshev joint distance. */
  static double miCc(double[] x, double[] y, int k) {
    int n = x.length;
    double[] kth = new double[k];
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      Arrays.fill(kth, Double.POSITIVE_INFINITY);
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        double d = Math.max(Math.abs(x[i] - x[j]), Math.abs(y[i] - y[j]));
        if (d < kth[k - 1]) {
          int pos = k - 1;
          while (pos > 0 && kth[pos - 1] > d) {
            kth[pos] = kth[pos - 1];
            pos--;
          }
          kth[pos] = d;
        }
      }
      double r = Math.nextDown(kth[k - 1]);
      int nx = 0;
      int ny = 0;
      for (int j = 0; j < n; j++) {
        nx += Math.abs(x[i] - x[j]) <= r ? 1 : 0;
        ny += Math.abs(y[i] - y[j]) <= r ? 1 : 0;
      }
      sx += digamma(nx);
      sy += digamma(ny);
    }
    double mi = digamma(n) + digamma(k) - sx / n - sy / n;
    return Math.max(0, mi);
  }

  /** Ross estimator: continuous feature, discrete target. */
  static double miCd(double[] c, int[] codes, int classes, int nNeighbors) {
    int n = c.length;
    int[] count = new int[classes];
    for (int v : codes) {
      count[v]++;
    }
    double[] radius = new double[n];
    int used = 0;
    double sk = 0;
    double sl = 0;
    for (int i = 0; i < n; i++) {
      int cl = codes[i];
      if (count[cl] <= 1) {
        continue;
      }
      int k = Math.min(nNeighbors, count[cl] - 1);
      double[] kth = new double[k];
      Arrays.fill(kth, Double.POSITIVE_INFINITY);
      for (int j = 0; j < n; j++) {
        if (j == i || codes[j] != cl) {
          continue;
        }
        double d = Math.abs(c[i] - c[j]);
        if (d < kth[k - 1]) {
          int pos = k - 1;
          while (pos > 0 && kth[pos - 1] > d) {
            kth[pos] = kth[pos - 1];
            pos--;
          }
          kth[pos] = d;
        }
      }
      radius[i] = Math.nextDown(kth[k - 1]);
      used++;
      sk += digamma(k);
      sl += digamma(count[cl]);
    }
    double sm = 0;
    for (int i = 0; i < n; i++) {
      if (count[codes[i]] <= 1) {
        continue;
      }
      double r2 = radius[i] * radius[i];
      int m = 0;
      for (int j = 0; j < n; j++) {
        if (count[codes[j]] > 1) {
          double d = c[i] - c[j];
          m += d * d <= r2 ? 1 : 0;
        }
      }
      sm += digamma(m);
    }
    double mi = digamma(used) + sk / used - sl / used - sm / used;
    return Math.max(0, mi);
  }

  /** The digamma function ψ(x) for x &gt; 0 (recurrence to x ≥ 6, then the asymptotic series). */
  static double digamma(double x) {
    double r = 0;
    while (x < 6) {
      r -= 1 / x;
      x += 1;
    }
    double f = 1 / (x * x);
    double t = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 + f * (-1.0 / 132
        + f * (691.0 / 32760 + f * (-1.0 / 12)))))));
    return r + Math.log(x) - 0.5 / x + t;
  }
}
