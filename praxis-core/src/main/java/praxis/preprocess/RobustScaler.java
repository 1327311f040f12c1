package praxis.preprocess;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Scales numeric columns with statistics robust to outliers, as scikit-learn's {@code RobustScaler}:
 * {@code (x - median) / (q(qMax) - q(qMin))} where {@code q} is the percentile with linear interpolation
 * (numpy's default method); an interquantile range below {@code 10*eps} becomes 1. Missing values (NaN) are
 * ignored when fitting and stay NaN. Cost: a sort per column, {@code O(n log n)}.
 *
 * <pre>{@code
 * var m = new RobustScaler().fit(x, Target.none(x.rowCount()));
 * Frame r = m.transform(x);
 * double[] iqr = m.scale();
 * }</pre>
 */
public final class RobustScaler implements Estimator<RobustScaler.Params, RobustScalerModel> {
  /**
   * Hyperparameters.
   *
   * @param withCentering subtract the median
   * @param withScaling divide by the interquantile range
   * @param qMin lower percentile of the range, in [0, 100]
   * @param qMax upper percentile of the range, in [qMin, 100]
   */
  public record Params(boolean withCentering, boolean withScaling, double qMin, double qMax)
      implements praxis.api.Params {
    /** Median and interquartile range (25, 75). */
    public static final Params DEFAULTS = new Params(true, true, 25.0, 75.0);

    /** Validates. */
    public Params {
      Check.inRange(qMin, 0, 100, "qMin");
      Check.inRange(qMax, 0, 100, "qMax");
      if (qMin > qMax) {
        throw new IllegalArgumentException("RobustScaler quantile range needs qMin <= qMax, got qMin=" + qMin
            + ", qMax=" + qMax);
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public RobustScaler() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RobustScaler(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RobustScaler withParams(Params p) {
    return new RobustScaler(p);
  }

  @Override
  public String name() {
    return "robust_scaler";
  }

  @Override
  public RobustScalerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "RobustScaler");
    Support.requireNumeric(x, "RobustScaler");
    int p = x.columnCount();
    double[] center = new double[p];
    double[] scale = new double[p];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "RobustScaler");
      double[] s = sortedObserved(v);
      if (s.length == 0) {
        throw new IllegalArgumentException("RobustScaler: column '" + c.name()
            + "' has no non-missing value in the " + v.length + " training rows; drop it or impute it first");
      }
      center[j] = params.withCentering() ? median(s) : 0.0;
      scale[j] = params.withScaling()
          ? Support.handleZero(percentile(s, params.qMax()) - percentile(s, params.qMin())) : 1.0;
    }
    return new RobustScalerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), center, scale);
  }

  /** The non-NaN values of {@code v}, sorted ascending. */
  static double[] sortedObserved(double[] v) {
    double[] s = new double[v.length];
    int n = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        s[n++] = d;
      }
    }
    s = Arrays.copyOf(s, n);
    Arrays.sort(s);
    return s;
  }

  /** Median of sorted values: the middle one, or the mean of the two middle ones. */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /**
   * Percentile {@code q} (0..100) of sorted values with numpy's {@code linear} method (virtual index
   * {@code (n-1)q/100}), including its interpolation formula ({@code a + (b-a)t} for {@code t < 0.5}, {@code b - (b-a)(1-t)} otherwise).
   */
  static double percentile(double[] sorted, double q) {
    int n = sorted.length;
    double qq = q / 100.0;
    double virtual = (n - 1) * qq;
    if (virtual <= 0) {
      return sorted[0];
    }
    if (virtual >= n - 1) {
      return sorted[n - 1];
    }
    int lo = (int) Math.floor(virtual);
    double t = virtual - lo;
    double a = sorted[lo];
    double b = sorted[lo + 1];
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
