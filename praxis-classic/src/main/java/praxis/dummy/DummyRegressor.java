package praxis.dummy;

import java.util.Arrays;
import java.util.OptionalDouble;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A baseline regressor that ignores the features, as scikit-learn's {@code DummyRegressor}: it always
 * predicts the training mean, median, a quantile, or a constant. Quantiles use linear interpolation between
 * order statistics (NumPy's default {@code percentile} method), so the median of an even count is the
 * midpoint of the two middle values. Cost: O(n log n) to fit (sorting), O(1) per row.
 *
 * <pre>{@code
 * var p = new DummyRegressor.Params(DummyRegressor.Strategy.QUANTILE, 0.9, OptionalDouble.empty());
 * double[] yhat = new DummyRegressor(p).fit(x, y).predict(x);
 * }</pre>
 */
public final class DummyRegressor implements Estimator<DummyRegressor.Params, DummyRegressorModel> {
  /** Which statistic of the training target is predicted. */
  public enum Strategy {
    /** The mean. */
    MEAN,
    /** The median. */
    MEDIAN,
    /** The {@code quantile}-th quantile. */
    QUANTILE,
    /** The {@code constant}. */
    CONSTANT
  }

  /**
   * Hyperparameters.
   *
   * @param strategy statistic predicted
   * @param quantile quantile in [0, 1] for {@code QUANTILE}
   * @param constant value for {@code CONSTANT} (required then)
   */
  public record Params(Strategy strategy, double quantile, OptionalDouble constant) implements praxis.api.Params {
    /** MEAN, quantile 0.5, no constant. */
    public static final Params DEFAULTS = new Params(Strategy.MEAN, 0.5, OptionalDouble.empty());

    /** Validates. */
    public Params {
      Check.notNull(strategy, "strategy");
      Check.inRange(quantile, 0, 1, "quantile");
      Check.notNull(constant, "constant");
      if (strategy == Strategy.CONSTANT && constant.isEmpty()) {
        throw new IllegalArgumentException("strategy CONSTANT needs a 'constant' value, got none; set constant=<number>");
      }
      if (constant.isPresent() && !Double.isFinite(constant.getAsDouble())) {
        throw new IllegalArgumentException("constant must be finite, got " + constant.getAsDouble());
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DummyRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DummyRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DummyRegressor withParams(Params p) {
    return new DummyRegressor(p);
  }

  @Override
  public String name() {
    return "dummy_regressor";
  }

  /**
   * Computes the statistic.
   *
   * @throws IllegalArgumentException on 0 rows or a non-numeric target
   */
  @Override
  public DummyRegressorModel fit(Frame x, Target y) {
    Inputs.requireRows(x, y, "DummyRegressor");
    y.requireKind(Target.Kind.VALUES);
    double[] v = y.values();
    double value = switch (params.strategy()) {
      case MEAN -> mean(v);
      case MEDIAN -> quantile(v, 0.5);
      case QUANTILE -> quantile(v, params.quantile());
      case CONSTANT -> params.constant().getAsDouble();
    };
    return new DummyRegressorModel(x.schema(), value, Provenance.of(name(), params, x, y, 0L));
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double e : v) {
      s += e;
    }
    double m = s / v.length;
    double corr = 0;
    for (double e : v) {
      corr += e - m;
    }
    return m + corr / v.length;
  }

  /** Linear-interpolation quantile (NumPy {@code method="linear"}). */
  static double quantile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double pos = q * (v.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, v.length - 1);
    double frac = pos - lo;
    return frac == 0 ? v[lo] : v[lo] + frac * (v[hi] - v[lo]);
  }
}
