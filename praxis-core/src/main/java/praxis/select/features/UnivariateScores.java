package praxis.select.features;

import praxis.api.Check;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.stat.ChiSquared;
import praxis.stat.FisherF;

/**
 * Univariate feature scores with p-values, computed as scikit-learn 1.2's {@code chi2}, {@code f_classif} and
 * {@code f_regression} (same formulas and order of operations; scores and p-values are tested to agree within 1e-9
 * relative). Constant columns give NaN scores for chi-squared/ANOVA (as scikit-learn) and score 0 with
 * p-value 1 for F-regression (scikit-learn's {@code force_finite}).
 *
 * <pre>{@code
 * UnivariateScores.Result r = UnivariateScores.fClassif(x, y);
 * double[] f = r.scores();
 * double[] p = r.pValues();
 * }</pre>
 */
public final class UnivariateScores {
  /**
   * Per column score and p-value.
   *
   * @param scores statistic per column (NaN where undefined)
   * @param pValues p-value per column (NaN where undefined)
   */
  public record Result(double[] scores, double[] pValues) {}

  /** The univariate score functions. */
  public enum Function {
    /** Chi-squared statistic of non-negative features (counts, frequencies) against class labels. */
    CHI2,
    /** ANOVA F statistic between classes. */
    F_CLASSIF,
    /** F statistic of the univariate linear regression of a numeric target on each feature. */
    F_REGRESSION,
    /** Mutual information with class labels (kNN estimator, k = 3, noise seed 0); no p-values. */
    MUTUAL_INFO_CLASSIF,
    /** Mutual information with a numeric target (kNN estimator, k = 3, noise seed 0); no p-values. */
    MUTUAL_INFO_REGRESSION;

    /** Computes this score. */
    public Result compute(Frame x, Target y) {
      return switch (this) {
        case CHI2 -> chi2(x, y);
        case F_CLASSIF -> fClassif(x, y);
        case F_REGRESSION -> fRegression(x, y, true);
        case MUTUAL_INFO_CLASSIF -> withoutPValues(MutualInformation.classif(x, y, 3, 0L));
        case MUTUAL_INFO_REGRESSION -> withoutPValues(MutualInformation.regression(x, y, 3, 0L));
      };
    }
  }

  private UnivariateScores() {}

  private static Result withoutPValues(double[] scores) {
    double[] nan = new double[scores.length];
    java.util.Arrays.fill(nan, Double.NaN);
    return new Result(scores, nan);
  }

  /**
   * Chi-squared statistic of each non-negative feature against class labels: observed per-class feature sums
   * against the sums expected from the class frequencies; p-values from chi-squared with (classes − 1) degrees
   * of freedom.
   *
   * @throws IllegalArgumentException for negative values, missing values or a non-class target
   */
  public static Result chi2(Frame x, Target y) {
    Check.notNull(y, "y");
    Check.sameRows(x, y, "chi2");
    double[][] cols = FeatureSupport.columns(x, "chi2");
    FeatureSupport.requireClasses(y, "chi2");
    int[] codes = y.codes();
    int k = y.classCount();
    int n = codes.length;
    int[] counts = new int[k];
    for (int c : codes) {
      counts[c]++;
    }
    int p = cols.length;
    double[] score = new double[p];
    double[] pv = new double[p];
    ChiSquared dist = new ChiSquared(k - 1);
    double[] obs = new double[k];
    for (int j = 0; j < p; j++) {
      double[] v = cols[j];
      java.util.Arrays.fill(obs, 0.0);
      double total = 0;
      for (int i = 0; i < n; i++) {
        if (v[i] < 0) {
          throw new IllegalArgumentException("chi2 needs non-negative features (counts or frequencies) but column '"
              + x.column(j).name() + "' row " + i + " is " + v[i] + "; use F_CLASSIF, or rescale with MinMaxScaler");
        }
        obs[codes[i]] += v[i];
        total += v[i];
      }
      double s = 0;
      for (int c = 0; c < k; c++) {
        double exp = (double) counts[c] / n * total;
        double d = obs[c] - exp;
        s += d * d / exp;
      }
      score[j] = s;
      pv[j] = Double.isNaN(s) ? Double.NaN : dist.sf(s);
    }
    return new Result(score, pv);
  }

  /**
   * One-way ANOVA F statistic of each feature across the classes (scikit-learn {@code f_classif}); p-values from
   * F(classes − 1, n − classes).
   */
  public static Result fClassif(Frame x, Target y) {
    Check.notNull(y, "y");
    Check.sameRows(x, y, "f_classif");
    double[][] cols = FeatureSupport.columns(x, "f_classif");
    FeatureSupport.requireClasses(y, "f_classif");
    int[] codes = y.codes();
    int k = y.classCount();
    int n = codes.length;
    int[] counts = new int[k];
    for (int c : codes) {
      counts[c]++;
    }
    int present = 0;
    for (int c : counts) {
      present += c > 0 ? 1 : 0;
    }
    if (n - present <= 0) {
      throw new IllegalArgumentException("f_classif needs more rows (" + n + ") than classes (" + present + ")");
    }
    double dfb = present - 1;
    double dfw = n - present;
    FisherF dist = new FisherF(dfb, dfw);
    int p = cols.length;
    double[] score = new double[p];
    double[] pv = new double[p];
    double[] sums = new double[k];
    for (int j = 0; j < p; j++) {
      double[] v = cols[j];
      java.util.Arrays.fill(sums, 0.0);
      double ss = 0;
      double all = 0;
      for (int i = 0; i < n; i++) {
        ss += v[i] * v[i];
        sums[codes[i]] += v[i];
        all += v[i];
      }
      double sqAll = all * all;
      double sstot = ss - sqAll / n;
      double between = 0;
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          between += sums[c] * sums[c] / counts[c];
        }
      }
      double ssbn = between - sqAll / n;
      double sswn = sstot - ssbn;
      double f = (ssbn / dfb) / (sswn / dfw);
      score[j] = f;
      pv[j] = Double.isNaN(f) ? Double.NaN : dist.sf(f);
    }
    return new Result(score, pv);
  }

  /**
   * F statistic of the univariate regression of a numeric target on each feature (scikit-learn
   * {@code f_regression}): {@code F = r²/(1−r²)·dof} with dof = n − 2 ({@code center}) or n − 1; p-values from
   * F(1, dof). A constant feature gets F = 0 and p = 1; a perfectly correlated one F = Double.MAX_VALUE, p = 0.
   */
  public static Result fRegression(Frame x, Target y, boolean center) {
    Check.notNull(y, "y");
    Check.sameRows(x, y, "f_regression");
    double[][] cols = FeatureSupport.columns(x, "f_regression");
    double[] t = FeatureSupport.requireValues(y, "f_regression").clone();
    int n = t.length;
    if (center) {
      double m = 0;
      for (double d : t) {
        m += d;
      }
      m /= n;
      for (int i = 0; i < n; i++) {
        t[i] -= m;
      }
    }
    double ny = 0;
    for (double d : t) {
      ny += d * d;
    }
    ny = Math.sqrt(ny);
    double dof = n - (center ? 2 : 1);
    if (dof <= 0) {
      throw new IllegalArgumentException("f_regression needs at least " + (center ? 3 : 2) + " rows, got " + n);
    }
    FisherF dist = new FisherF(1, dof);
    int p = cols.length;
    double[] score = new double[p];
    double[] pv = new double[p];
    for (int j = 0; j < p; j++) {
      double[] v = cols[j];
      double sq = 0;
      double sum = 0;
      double dot = 0;
      for (int i = 0; i < n; i++) {
        sq += v[i] * v[i];
        sum += v[i];
        dot += t[i] * v[i];
      }
      double norm;
      if (center) {
        double mean = sum / n;
        norm = Math.sqrt(sq - n * mean * mean);
      } else {
        norm = Math.sqrt(sq);
      }
      double r = dot / norm / ny;
      if (Double.isNaN(r)) {
        r = 0.0;
      }
      double r2 = r * r;
      double f = r2 / (1 - r2) * dof;
      if (Double.isInfinite(f)) {
        score[j] = Double.MAX_VALUE;
        pv[j] = 0.0;
      } else if (Double.isNaN(f)) {
        score[j] = 0.0;
        pv[j] = 1.0;
      } else {
        score[j] = f;
        pv[j] = dist.sf(f);
      }
    }
    return new Result(score, pv);
  }
}
