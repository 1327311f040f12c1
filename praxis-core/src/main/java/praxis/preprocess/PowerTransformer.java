package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Makes numeric columns more Gaussian by a per-column power transform, as scikit-learn's
 * {@code PowerTransformer}. Box-Cox ({@code (x^λ - 1)/λ}, {@code log x} at λ = 0) needs strictly positive data;
 * Yeo-Johnson extends it to zero and negative values. Each column's λ maximizes the Gaussian profile
 * log-likelihood of the transformed non-missing values (SciPy's {@code boxcox_normmax(method="mle")} and
 * scikit-learn's {@code _yeo_johnson_optimize}), found by Brent's method from the bracket (-2, 2). With
 * {@code standardize} the output is then centred and scaled to unit variance. NaN is ignored when fitting and
 * stays NaN. Cost: O(n) per likelihood evaluation, a few dozen evaluations per column.
 *
 * <pre>{@code
 * PowerTransformerModel m = new PowerTransformer(PowerTransformer.Params.DEFAULTS.withMethod(
 *     PowerTransformer.Method.BOX_COX)).fit(x, Target.none(x.rowCount()));
 * double[] lambdas = m.lambdas();
 * Frame back = m.inverseTransform(m.transform(x));
 * }</pre>
 */
public final class PowerTransformer implements Estimator<PowerTransformer.Params, PowerTransformerModel> {
  /** The power family. */
  public enum Method {
    /** Yeo-Johnson: any real values. */
    YEO_JOHNSON,
    /** Box-Cox: strictly positive values only. */
    BOX_COX
  }

  /**
   * Hyperparameters.
   *
   * @param method the power family
   * @param standardize centre and scale the transformed columns to zero mean, unit variance
   */
  public record Params(Method method, boolean standardize) implements praxis.api.Params {
    /** Yeo-Johnson, standardized (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Method.YEO_JOHNSON, true);

    /** Validates. */
    public Params {
      Check.notNull(method, "method");
    }

    /** A copy with another method. */
    public Params withMethod(Method m) {
      return new Params(m, standardize);
    }

    /** A copy with standardization on or off. */
    public Params withStandardize(boolean s) {
      return new Params(method, s);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public PowerTransformer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public PowerTransformer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public PowerTransformer withParams(Params p) {
    return new PowerTransformer(p);
  }

  @Override
  public String name() {
    return "power_transformer";
  }

  @Override
  public PowerTransformerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "PowerTransformer");
    Support.requireNumeric(x, "PowerTransformer");
    int p = x.columnCount();
    double[] lambdas = new double[p];
    double[] mean = new double[p];
    double[] scale = new double[p];
    boolean boxCox = params.method() == Method.BOX_COX;
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "PowerTransformer");
      if (boxCox) {
        requirePositive(c.name(), v, "PowerTransformer");
      }
      double[] obs = observed(v);
      if (obs.length == 0) {
        throw new IllegalArgumentException("PowerTransformer: column '" + c.name() + "' has no non-missing value in the "
            + v.length + " training rows; drop it or impute it first");
      }
      lambdas[j] = boxCox ? boxCoxLambda(obs) : yeoJohnsonLambda(obs);
      if (params.standardize()) {
        double[] t = obs.clone();
        apply(params.method(), lambdas[j], t);
        double s = 0;
        for (double d : t) {
          s += d;
        }
        double m = s / t.length;
        double corr = 0;
        double sq = 0;
        for (double d : t) {
          corr += d - m;
          sq += (d - m) * (d - m);
        }
        double var = (sq - corr * corr / t.length) / t.length;
        mean[j] = m;
        scale[j] = Support.constantFeature(var, m, t.length) ? 1.0 : Math.sqrt(var);
      } else {
        scale[j] = 1.0;
      }
    }
    return new PowerTransformerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.method(),
        params.standardize(), lambdas, mean, scale);
  }

  static void requirePositive(String column, double[] v, String who) {
    for (int i = 0; i < v.length; i++) {
      if (v[i] <= 0) {
        throw new IllegalArgumentException(who + ": Box-Cox needs strictly positive data but column '" + column
            + "' has " + v[i] + " at row " + i + "; use method YEO_JOHNSON (handles zero and negative values) or"
            + " shift the column to be positive first");
      }
    }
  }

  private static double[] observed(double[] v) {
    int n = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        n++;
      }
    }
    double[] o = new double[n];
    int k = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        o[k++] = d;
      }
    }
    return o;
  }

  private static boolean constant(double[] x) {
    for (double d : x) {
      if (d != x[0]) {
        return false;
      }
    }
    return true;
  }

  /** Population variance (two-pass). */
  private static double variance(double[] t) {
    double s = 0;
    for (double d : t) {
      s += d;
    }
    double m = s / t.length;
    double sq = 0;
    for (double d : t) {
      sq += (d - m) * (d - m);
    }
    return sq / t.length;
  }

  /** Maximum-likelihood Box-Cox lambda (SciPy's {@code boxcox_normmax(x, method="mle")}); 1 for constant data. */
  static double boxCoxLambda(double[] x) {
    if (constant(x)) {
      return 1.0;
    }
    int n = x.length;
    double[] logx = new double[n];
    double sumLog = 0;
    for (int i = 0; i < n; i++) {
      logx[i] = Math.log(x[i]);
      sumLog += logx[i];
    }
    double sl = sumLog;
    double[] t = new double[n];
    return Brent.minimize(lmb -> {
      double var;
      if (lmb == 0) {
        var = variance(logx);
      } else {
        for (int i = 0; i < n; i++) {
          t[i] = Math.exp(lmb * logx[i]) / lmb;
        }
        var = variance(t);
      }
      return -((lmb - 1) * sl - n / 2.0 * Math.log(var));
    }, -2, 2, 1.48e-8);
  }

  /** Maximum-likelihood Yeo-Johnson lambda (scikit-learn's {@code _yeo_johnson_optimize}); 1 for constant data. */
  static double yeoJohnsonLambda(double[] x) {
    if (constant(x)) {
      return 1.0;
    }
    int n = x.length;
    double signedLog = 0;
    for (double d : x) {
      signedLog += Math.signum(d) * Math.log1p(Math.abs(d));
    }
    double sl = signedLog;
    double[] t = new double[n];
    double tiny = Double.MIN_NORMAL;
    return Brent.minimize(lmb -> {
      System.arraycopy(x, 0, t, 0, n);
      apply(Method.YEO_JOHNSON, lmb, t);
      double var = variance(t);
      if (var < tiny) {
        return Double.POSITIVE_INFINITY;
      }
      return -(-n / 2.0 * Math.log(var) + (lmb - 1) * sl);
    }, -2, 2, 1.48e-8);
  }

  /** Applies the transform in place (NaN stays NaN). */
  static void apply(Method method, double lmb, double[] v) {
    double eps = Math.ulp(1.0);
    if (method == Method.BOX_COX) {
      for (int i = 0; i < v.length; i++) {
        v[i] = lmb == 0 ? Math.log(v[i]) : Math.expm1(lmb * Math.log(v[i])) / lmb;
      }
      return;
    }
    for (int i = 0; i < v.length; i++) {
      double d = v[i];
      if (d >= 0) {
        v[i] = Math.abs(lmb) < eps ? Math.log1p(d) : (Math.pow(d + 1, lmb) - 1) / lmb;
      } else if (d < 0) {
        v[i] = Math.abs(lmb - 2) > eps ? -(Math.pow(1 - d, 2 - lmb) - 1) / (2 - lmb) : -Math.log1p(-d);
      }
    }
  }

  /** Inverts {@link #apply} in place. */
  static void invert(Method method, double lmb, double[] v) {
    double eps = Math.ulp(1.0);
    if (method == Method.BOX_COX) {
      for (int i = 0; i < v.length; i++) {
        v[i] = lmb == 0 ? Math.exp(v[i]) : Math.exp(Math.log1p(lmb * v[i]) / lmb);
      }
      return;
    }
    for (int i = 0; i < v.length; i++) {
      double d = v[i];
      if (d >= 0) {
        v[i] = Math.abs(lmb) < eps ? Math.expm1(d) : Math.pow(d * lmb + 1, 1 / lmb) - 1;
      } else if (d < 0) {
        v[i] = Math.abs(lmb - 2) > eps ? 1 - Math.pow(-(2 - lmb) * d + 1, 1 / (2 - lmb)) : -Math.expm1(-d);
      }
    }
  }
}
