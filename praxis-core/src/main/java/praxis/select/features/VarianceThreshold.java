package praxis.select.features;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Drops columns whose population variance (divisor n) is not above a threshold, as scikit-learn's
 * {@code VarianceThreshold}; with the default threshold 0 it drops constant columns. Unsupervised: the target
 * is ignored. Scores are the variances; there are no p-values.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new VarianceThreshold(new VarianceThreshold.Params(0.1)).fit(x, Target.none(x.rowCount()));
 * Frame kept = m.transform(x);
 * }</pre>
 */
public final class VarianceThreshold implements Estimator<VarianceThreshold.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param threshold keep columns with variance strictly above this (≥ 0)
   */
  public record Params(double threshold) implements praxis.api.Params {
    /** Threshold 0: drop constant columns. */
    public static final Params DEFAULTS = new Params(0.0);

    /** Validates. */
    public Params {
      Check.nonNegative(threshold, "threshold");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public VarianceThreshold() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public VarianceThreshold(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public VarianceThreshold withParams(Params p) {
    return new VarianceThreshold(p);
  }

  @Override
  public String name() {
    return "variance_threshold";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    double[][] cols = FeatureSupport.columns(x, "VarianceThreshold");
    int p = cols.length;
    double[] var = new double[p];
    boolean[] keep = new boolean[p];
    for (int j = 0; j < p; j++) {
      double[] v = cols[j];
      double m = 0;
      for (double d : v) {
        m += d;
      }
      m /= v.length;
      double s = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double d : v) {
        s += (d - m) * (d - m);
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      var[j] = s / v.length;
      keep[j] = var[j] > params.threshold() && !(params.threshold() == 0 && min == max);
    }
    int[] idx = FeatureSupport.indices(keep);
    if (idx.length == 0) {
      throw new IllegalArgumentException("VarianceThreshold: no column has variance above threshold="
          + params.threshold() + " (largest variance " + Arrays.stream(var).max().orElse(0) + "); lower the threshold");
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(), idx, var, nan);
  }
}
