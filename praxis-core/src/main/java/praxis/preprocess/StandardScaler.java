package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Standardizes numeric columns: {@code z = (x - mean) / std}, with the population standard deviation (divisor
 * n), as scikit-learn's {@code StandardScaler}. Missing values (NaN) are ignored when fitting and stay NaN;
 * boolean columns are read as 0/1. A column whose variance is zero up to rounding (scikit-learn's
 * {@code _is_constant_feature} bound) gets scale 1, so it is only centred. Cost: one pass over the data.
 *
 * <pre>{@code
 * StandardScalerModel m = new StandardScaler().fit(train, Target.none(train.rowCount()));
 * Frame z = m.transform(test);
 * double[] mu = m.mean();
 * }</pre>
 */
public final class StandardScaler implements Estimator<StandardScaler.Params, StandardScalerModel> {
  /**
   * Hyperparameters.
   *
   * @param withMean subtract the mean
   * @param withStd divide by the standard deviation
   */
  public record Params(boolean withMean, boolean withStd) implements praxis.api.Params {
    /** Centre and scale. */
    public static final Params DEFAULTS = new Params(true, true);
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public StandardScaler() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public StandardScaler(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public StandardScaler withParams(Params p) {
    return new StandardScaler(p);
  }

  @Override
  public String name() {
    return "standard_scaler";
  }

  @Override
  public StandardScalerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "StandardScaler");
    Support.requireNumeric(x, "StandardScaler");
    int p = x.columnCount();
    double[] mean = new double[p];
    double[] var = new double[p];
    double[] scale = new double[p];
    long[] count = new long[p];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "StandardScaler");
      double sum = 0;
      long n = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          sum += d;
          n++;
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException("StandardScaler: column '" + c.name()
            + "' has no non-missing value in the " + v.length + " training rows; drop it or impute it first");
      }
      double m = sum / n;
      double corr = 0;
      double sq = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          double t = d - m;
          corr += t;
          sq += t * t;
        }
      }
      double vr = (sq - corr * corr / n) / n;
      mean[j] = m;
      var[j] = vr;
      count[j] = n;
      scale[j] = Support.constantFeature(vr, m, n) ? 1.0 : Math.sqrt(vr);
    }
    return new StandardScalerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.withMean(),
        params.withStd(), mean, var, scale, count);
  }
}
