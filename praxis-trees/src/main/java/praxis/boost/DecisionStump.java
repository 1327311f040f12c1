package praxis.boost;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.boost.internal.FeatureColumns;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A weighted depth-1 classification tree (decision stump), the default weak learner of
 * {@link AdaBoostClassifier}: the single split {@code x_j <= t} minimizing the weighted Gini impurity of the
 * two children over every feature and every midpoint between consecutive distinct values (as scikit-learn's
 * {@code DecisionTreeClassifier(max_depth=1)}), leaves predicting the weighted class frequencies. A pure node
 * stays a single leaf. Categorical columns are split on their level codes as ordered values; rows with a
 * missing value in the split feature are ignored when choosing the split and then follow the child with the
 * larger weight. Ties go to the first feature and the smallest threshold. Cost O(p n log n).
 *
 * <pre>{@code
 * DecisionStumpModel s = new DecisionStump().fit(x, y, weights);
 * double[][] p = s.predictProba(x);
 * }</pre>
 */
public final class DecisionStump implements Estimator<DecisionStump.Params, DecisionStumpModel> {
  /**
   * Hyperparameters.
   *
   * @param minSamplesLeaf minimum rows per child
   */
  public record Params(int minSamplesLeaf) implements praxis.api.Params {
    /** One row per child. */
    public static final Params DEFAULTS = new Params(1);

    /** Validates. */
    public Params {
      Check.atLeast(minSamplesLeaf, 1, "minSamplesLeaf");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DecisionStump() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DecisionStump(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DecisionStump withParams(Params p) {
    return new DecisionStump(p);
  }

  @Override
  public String name() {
    return "decision_stump";
  }

  @Override
  public DecisionStumpModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /** Fits with one weight (&gt;= 0) per row ({@code null} = unit weights). */
  public DecisionStumpModel fit(Frame x, Target y, double[] sampleWeight) {
    String who = "DecisionStump";
    HgbCommon.requireRows(x, y.size(), who);
    y.requireKind(Target.Kind.CLASSES);
    int n = x.rowCount();
    double[] w = sampleWeight == null ? null : HgbCommon.weights(sampleWeight, n, who);
    if (w == null) {
      w = new double[n];
      Arrays.fill(w, 1.0);
    }
    int k = y.classCount();
    int[] yc = y.codes();
    double[][] cols = FeatureColumns.of(null, x, who);
    double[] total = new double[k];
    for (int i = 0; i < n; i++) {
      total[yc[i]] += w[i];
    }
    int bestF = -1;
    double bestT = 0;
    double bestImp = Double.POSITIVE_INFINITY;
    double[] bestLeft = null;
    double[] bestRight = null;
    double[] bestMissing = null;
    if (gini(total, sum(total)) * sum(total) > 1e-12 * sum(total)) {
      Integer[] order = new Integer[n];
      double[] left = new double[k];
      double[] present = new double[k];
      for (int f = 0; f < cols.length; f++) {
        double[] v = cols[f];
        int m = 0;
        Arrays.fill(present, 0);
        for (int i = 0; i < n; i++) {
          if (!Double.isNaN(v[i])) {
            order[m++] = i;
            present[yc[i]] += w[i];
          }
        }
        Arrays.sort(order, 0, m, (a, b) -> Double.compare(v[a], v[b]));
        double[] missing = new double[k];
        for (int c = 0; c < k; c++) {
          missing[c] = total[c] - present[c];
        }
        double wPresent = sum(present);
        Arrays.fill(left, 0);
        double wl = 0;
        for (int t = 0; t < m - 1; t++) {
          int r = order[t];
          left[yc[r]] += w[r];
          wl += w[r];
          double a = v[r];
          double b = v[order[t + 1]];
          if (b <= a || t + 1 < params.minSamplesLeaf() || m - t - 1 < params.minSamplesLeaf()) {
            continue;
          }
          double wr = wPresent - wl;
          double imp = wl * gini(left, wl) + wr * giniRight(present, left, wr);
          if (imp < bestImp - 1e-12 * Math.max(1, wPresent)) {
            bestImp = imp;
            bestF = f;
            double mid = a / 2 + b / 2;
            bestT = mid >= b ? a : mid;
            bestLeft = left.clone();
            bestRight = new double[k];
            for (int c = 0; c < k; c++) {
              bestRight[c] = present[c] - left[c];
            }
            bestMissing = missing;
          }
        }
      }
    }
    Provenance prov = Provenance.of(name(), params, x, y, 0L);
    if (bestF < 0) {
      return new DecisionStumpModel(x.schema(), y.classList(), -1, 0, false, normalize(total), normalize(total),
          prov);
    }
    boolean missingLeft = sum(bestLeft) >= sum(bestRight);
    double[] l = bestLeft.clone();
    double[] r = bestRight.clone();
    for (int c = 0; c < k; c++) {
      if (missingLeft) {
        l[c] += bestMissing[c];
      } else {
        r[c] += bestMissing[c];
      }
    }
    return new DecisionStumpModel(x.schema(), y.classList(), bestF, bestT, missingLeft, normalize(l),
        normalize(r), prov);
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }

  private static double gini(double[] counts, double w) {
    if (w <= 0) {
      return 0;
    }
    double s = 0;
    for (double c : counts) {
      double p = c / w;
      s += p * p;
    }
    return 1 - s;
  }

  private static double giniRight(double[] total, double[] left, double w) {
    if (w <= 0) {
      return 0;
    }
    double s = 0;
    for (int c = 0; c < total.length; c++) {
      double p = (total[c] - left[c]) / w;
      s += p * p;
    }
    return 1 - s;
  }

  private static double[] normalize(double[] a) {
    double s = sum(a);
    double[] out = new double[a.length];
    for (int c = 0; c < a.length; c++) {
      out[c] = s > 0 ? a[c] / s : 1.0 / a.length;
    }
    return out;
  }
}
