package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Rescales each numeric column linearly so that its training minimum and maximum map to {@code min} and
 * {@code max} (scikit-learn's {@code MinMaxScaler}: {@code x * scale + offset} with
 * {@code scale = (max - min) / (dataMax - dataMin)}; a constant column gets range 1). Missing values (NaN) are
 * ignored when fitting and stay NaN; with {@code clip}, transformed values are clipped to the range. Cost:
 * one pass.
 *
 * <pre>{@code
 * var m = new MinMaxScaler(new MinMaxScaler.Params(-1, 1, false)).fit(x, Target.none(x.rowCount()));
 * Frame scaled = m.transform(x);
 * double[] lo = m.dataMin();
 * }</pre>
 */
public final class MinMaxScaler implements Estimator<MinMaxScaler.Params, MinMaxScalerModel> {
  /**
   * Hyperparameters.
   *
   * @param min lower end of the target range
   * @param max upper end of the target range ({@code > min})
   * @param clip clip transformed values (of new data) into {@code [min, max]}
   */
  public record Params(double min, double max, boolean clip) implements praxis.api.Params {
    /** Range [0, 1], no clipping. */
    public static final Params DEFAULTS = new Params(0.0, 1.0, false);

    /** Validates. */
    public Params {
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
        throw new IllegalArgumentException("MinMaxScaler range must be finite with min < max, got min=" + min
            + ", max=" + max);
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MinMaxScaler() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MinMaxScaler(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MinMaxScaler withParams(Params p) {
    return new MinMaxScaler(p);
  }

  @Override
  public String name() {
    return "min_max_scaler";
  }

  @Override
  public MinMaxScalerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "MinMaxScaler");
    Support.requireNumeric(x, "MinMaxScaler");
    int p = x.columnCount();
    double[] lo = new double[p];
    double[] hi = new double[p];
    double[] scale = new double[p];
    double[] offset = new double[p];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "MinMaxScaler");
      double a = Double.POSITIVE_INFINITY;
      double b = Double.NEGATIVE_INFINITY;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          a = Math.min(a, d);
          b = Math.max(b, d);
        }
      }
      if (a == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("MinMaxScaler: column '" + c.name()
            + "' has no non-missing value in the " + v.length + " training rows; drop it or impute it first");
      }
      lo[j] = a;
      hi[j] = b;
      scale[j] = (params.max() - params.min()) / Support.handleZero(b - a);
      offset[j] = params.min() - a * scale[j];
    }
    return new MinMaxScalerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.min(), params.max(),
        params.clip(), lo, hi, scale, offset);
  }
}
