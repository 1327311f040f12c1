package praxis.quality;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Flags univariate outliers in numeric columns by a rule fitted on the training rows:
 * {@link Method#Z_SCORE} {@code |x - mean| / sd > t} (population sd; t = 3 customary);
 * {@link Method#MODIFIED_Z} {@code 0.6745 |x - median| / MAD > t} (Iglewicz and Hoaglin 1993; t = 3.5);
 * {@link Method#IQR} {@code x < Q1 - t IQR} or {@code x > Q3 + t IQR} (Tukey's fences; t = 1.5; quartiles by
 * linear interpolation). A column with zero spread (sd, MAD or IQR) flags nothing. The fitted model's
 * {@code transform} sets flagged cells missing (for a later imputer) and leaves non-numeric columns as they are;
 * {@link OutlierFlaggerModel#report} counts flags per column and lists the rows, so nothing is removed silently.
 * Missing values are ignored. Cost: one sort per column.
 *
 * <pre>{@code
 * OutlierFlaggerModel m = new OutlierFlagger(new OutlierFlagger.Params(OutlierFlagger.Method.MODIFIED_Z, 3.5))
 *     .fit(x, Target.none(x.rowCount()));
 * System.out.print(m.report(x));
 * Frame cleaned = m.transform(x);   // outliers -> missing
 * }</pre>
 */
public final class OutlierFlagger implements Estimator<OutlierFlagger.Params, OutlierFlaggerModel> {
  /** The outlier rule. */
  public enum Method {
    /** Distance from the mean in standard deviations. */
    Z_SCORE,
    /** Distance from the median in scaled median absolute deviations. */
    MODIFIED_Z,
    /** Distance beyond the quartiles in interquartile ranges. */
    IQR
  }

  /**
   * Hyperparameters.
   *
   * @param method the rule
   * @param threshold the cut-off {@code t} (positive)
   */
  public record Params(Method method, double threshold) implements praxis.api.Params {
    /** Tukey's fences at 1.5 IQR. */
    public static final Params DEFAULTS = new Params(Method.IQR, 1.5);

    /** Validates. */
    public Params {
      Check.notNull(method, "method");
      Check.positive(threshold, "threshold");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public OutlierFlagger() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public OutlierFlagger(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public OutlierFlagger withParams(Params p) {
    return new OutlierFlagger(p);
  }

  @Override
  public String name() {
    return "outlier_flagger";
  }

  @Override
  public OutlierFlaggerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "OutlierFlagger");
    int p = x.columnCount();
    double[] lo = new double[p];
    double[] hi = new double[p];
    double t = params.threshold();
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      lo[j] = Double.NEGATIVE_INFINITY;
      hi[j] = Double.POSITIVE_INFINITY;
      if (c.type() != ColumnType.NUMERIC) {
        continue;
      }
      double[] v = new double[c.size()];
      int n = 0;
      for (int i = 0; i < c.size(); i++) {
        double d = Cells.number(c, i);
        if (Double.isInfinite(d)) {
          throw new IllegalArgumentException("OutlierFlagger: column '" + c.name() + "' row " + i + " is " + d
              + "; infinite values are not allowed (replace them, e.g. by NaN)");
        }
        if (!Double.isNaN(d)) {
          v[n++] = d;
        }
      }
      if (n == 0) {
        continue;
      }
      double[] s = Arrays.copyOf(v, n);
      Arrays.sort(s);
      switch (params.method()) {
        case Z_SCORE -> {
          double m = 0;
          for (double d : s) {
            m += d;
          }
          m /= n;
          double ss = 0;
          for (double d : s) {
            ss += (d - m) * (d - m);
          }
          double sd = Math.sqrt(ss / n);
          if (sd > 0) {
            lo[j] = m - t * sd;
            hi[j] = m + t * sd;
          }
        }
        case MODIFIED_Z -> {
          double med = quantile(s, 0.5);
          double[] dev = new double[n];
          for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(s[i] - med);
          }
          Arrays.sort(dev);
          double mad = quantile(dev, 0.5);
          if (mad > 0) {
            lo[j] = med - t * mad / 0.6745;
            hi[j] = med + t * mad / 0.6745;
          }
        }
        default -> {
          double q1 = quantile(s, 0.25);
          double q3 = quantile(s, 0.75);
          double iqr = q3 - q1;
          if (iqr > 0) {
            lo[j] = q1 - t * iqr;
            hi[j] = q3 + t * iqr;
          }
        }
      }
    }
    return new OutlierFlaggerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.method(), lo, hi);
  }

  /** Linear-interpolation quantile of sorted values (numpy's default). */
  static double quantile(double[] s, double q) {
    double pos = (s.length - 1) * q;
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }
}
