package praxis.calibration;

import java.util.Arrays;
import java.util.OptionalDouble;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Isotonic regression of a target on ONE numeric feature: the monotone (non-decreasing, or non-increasing)
 * step function minimizing the weighted squared error, found by the pool-adjacent-violators algorithm in
 * O(n log n) (sorting) plus O(n). Follows scikit-learn 1.2.1's {@code IsotonicRegression}: rows with weight
 * 0 are dropped, rows are sorted by (x, y), equal x values are merged into their weighted mean, the pooled
 * values are clipped to {@code [yMin, yMax]} when given, and prediction interpolates linearly between the
 * kept thresholds (interior points of constant runs are dropped). Outside the training range of x the
 * prediction is NaN ({@link OutOfBounds#NAN}, scikit-learn's default) or the value at the nearest end
 * ({@link OutOfBounds#CLIP}). Sample weights: {@link #fit(double[], double[], double[])}.
 *
 * <pre>{@code
 * IsotonicRegressionModel m = new IsotonicRegression(IsotonicRegression.Params.DEFAULTS
 *     .withOutOfBounds(IsotonicRegression.OutOfBounds.CLIP)).fit(x, y);   // x: one numeric column
 * double[] yhat = m.predict(x);
 * }</pre>
 */
public final class IsotonicRegression implements Estimator<IsotonicRegression.Params, IsotonicRegressionModel> {
  /** What to predict for x outside the fitted range. */
  public enum OutOfBounds {
    /** NaN (scikit-learn's {@code out_of_bounds="nan"}). */
    NAN,
    /** The value at the nearest end of the range ({@code "clip"}). */
    CLIP
  }

  /**
   * Hyperparameters.
   *
   * @param increasing true for a non-decreasing fit, false for non-increasing
   * @param outOfBounds prediction outside the training range of x
   * @param yMin lower bound of the fitted values (empty = none)
   * @param yMax upper bound of the fitted values (empty = none)
   */
  public record Params(boolean increasing, OutOfBounds outOfBounds, OptionalDouble yMin, OptionalDouble yMax)
      implements praxis.api.Params {
    /** Increasing, NaN out of bounds, unbounded. */
    public static final Params DEFAULTS = new Params(true, OutOfBounds.NAN, OptionalDouble.empty(),
        OptionalDouble.empty());

    /** Validates. */
    public Params {
      Check.notNull(outOfBounds, "outOfBounds");
      Check.notNull(yMin, "yMin");
      Check.notNull(yMax, "yMax");
      if (yMin.isPresent() && Double.isNaN(yMin.getAsDouble()) || yMax.isPresent() && Double.isNaN(yMax.getAsDouble())) {
        throw new IllegalArgumentException("yMin and yMax must be numbers, got yMin=" + yMin + ", yMax=" + yMax);
      }
      if (yMin.isPresent() && yMax.isPresent() && yMin.getAsDouble() > yMax.getAsDouble()) {
        throw new IllegalArgumentException("yMin must be <= yMax, got yMin=" + yMin.getAsDouble() + ", yMax="
            + yMax.getAsDouble() + "; swap them");
      }
    }

    /** A copy with another direction. */
    public Params withIncreasing(boolean v) {
      return new Params(v, outOfBounds, yMin, yMax);
    }

    /** A copy with another out-of-bounds policy. */
    public Params withOutOfBounds(OutOfBounds v) {
      return new Params(increasing, v, yMin, yMax);
    }

    /** A copy with bounds on the fitted values (NaN = no bound). */
    public Params withBounds(double lo, double hi) {
      return new Params(increasing, outOfBounds, Double.isNaN(lo) ? OptionalDouble.empty() : OptionalDouble.of(lo),
          Double.isNaN(hi) ? OptionalDouble.empty() : OptionalDouble.of(hi));
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public IsotonicRegression() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public IsotonicRegression(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public IsotonicRegression withParams(Params p) {
    return new IsotonicRegression(p);
  }

  @Override
  public String name() {
    return "isotonic_regression";
  }

  /**
   * Fits on a frame with exactly one numeric column and a numeric target (all weights 1).
   *
   * @throws IllegalArgumentException on empty input, a frame with other than one column, non-finite
   *     values or a non-numeric target
   */
  @Override
  public IsotonicRegressionModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, "IsotonicRegression");
    if (x.columnCount() != 1) {
      throw new IllegalArgumentException("IsotonicRegression: x must have exactly 1 column, got "
          + x.columnCount() + " " + x.schema().names() + "; select the one feature to regress on");
    }
    y.requireKind(Target.Kind.VALUES);
    double[] yv = y.values();
    for (int i = 0; i < yv.length; i++) {
      if (!Double.isFinite(yv[i])) {
        throw new IllegalArgumentException("IsotonicRegression: target value at row " + i + " is " + yv[i]
            + "; drop or impute non-finite targets");
      }
    }
    double[][] t = thresholds(xc, yv, null, params);
    return new IsotonicRegressionModel(x.schema(), t[0], t[1], params, Provenance.of(name(), params, x, y, 0L));
  }

  /**
   * Fits on raw arrays with sample weights (the model's input schema is one column named {@code x}).
   *
   * @param w non-negative finite weights, or null for all 1; rows of weight 0 are ignored
   * @throws IllegalArgumentException on mismatched lengths, non-finite values, negative weights or all
   *     weights 0
   */
  public IsotonicRegressionModel fit(double[] x, double[] y, double[] w) {
    Frame f = Frame.ofRows(column(x), java.util.List.of("x"));
    Target t = Target.values("y", y);
    double[][] th = thresholds(x, y, w, params);
    return new IsotonicRegressionModel(f.schema(), th[0], th[1], params, Provenance.of(name(), params, f, t, 0L));
  }

  private static double[][] column(double[] x) {
    double[][] rows = new double[x.length][1];
    for (int i = 0; i < x.length; i++) {
      rows[i][0] = x[i];
    }
    return rows;
  }

  /**
   * The kept thresholds {@code {xs, ys}} (xs strictly increasing) of an isotonic fit.
   */
  static double[][] thresholds(double[] x, double[] y, double[] w, Params params) {
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    if (x.length != y.length || w != null && w.length != x.length) {
      throw new IllegalArgumentException("IsotonicRegression: x has " + x.length + " values, y " + y.length
          + (w == null ? "" : ", w " + w.length) + "; give one value per row in each");
    }
    int m = 0;
    for (int i = 0; i < x.length; i++) {
      double wi = w == null ? 1 : w[i];
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || !Double.isFinite(wi) || wi < 0) {
        throw new IllegalArgumentException("IsotonicRegression: row " + i + " has x=" + x[i] + ", y=" + y[i]
            + ", w=" + wi + "; x and y must be finite and w finite and >= 0");
      }
      if (wi > 0) {
        m++;
      }
    }
    if (m == 0) {
      throw new IllegalArgumentException("IsotonicRegression: no row has a positive weight (" + x.length
          + " rows); give at least one row a weight > 0");
    }
    Integer[] order = new Integer[m];
    int q = 0;
    for (int i = 0; i < x.length; i++) {
      if (w == null || w[i] > 0) {
        order[q++] = i;
      }
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(x[a], x[b]);
      return c != 0 ? c : Double.compare(y[a], y[b]);
    });
    // merge equal x into weighted means
    double[] ux = new double[m];
    double[] uy = new double[m];
    double[] uw = new double[m];
    int u = -1;
    for (int r = 0; r < m; r++) {
      int i = order[r];
      double wi = w == null ? 1 : w[i];
      if (u < 0 || x[i] != ux[u]) {
        u++;
        ux[u] = x[i];
        uy[u] = 0;
        uw[u] = 0;
      }
      uy[u] += wi * y[i];
      uw[u] += wi;
    }
    int k = u + 1;
    for (int j = 0; j < k; j++) {
      uy[j] /= uw[j];
    }
    double[] fitted = pav(Arrays.copyOf(uy, k), Arrays.copyOf(uw, k), params.increasing());
    double lo = params.yMin().orElse(Double.NEGATIVE_INFINITY);
    double hi = params.yMax().orElse(Double.POSITIVE_INFINITY);
    for (int j = 0; j < k; j++) {
      fitted[j] = Math.min(Math.max(fitted[j], lo), hi);
    }
    // drop interior points of constant runs
    double[] xs = new double[k];
    double[] ys = new double[k];
    int n = 0;
    for (int j = 0; j < k; j++) {
      boolean keep = j == 0 || j == k - 1 || fitted[j] != fitted[j - 1] || fitted[j] != fitted[j + 1];
      if (keep) {
        xs[n] = ux[j];
        ys[n] = fitted[j];
        n++;
      }
    }
    return new double[][] {Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)};
  }

  /**
   * Pool adjacent violators: the weighted least-squares monotone fit of {@code y} in the given order.
   *
   * <pre>{@code
   * double[] fit = IsotonicRegression.pav(new double[] {1, 3, 2}, null, true);   // {1, 2.5, 2.5}
   * }</pre>
   *
   * @param y values in order (not modified)
   * @param w positive weights, or null for all 1
   * @param increasing non-decreasing when true, non-increasing when false
   * @return the fitted values
   */
  public static double[] pav(double[] y, double[] w, boolean increasing) {
    int n = y.length;
    double sign = increasing ? 1 : -1;
    double[] level = new double[n];
    double[] weight = new double[n];
    int[] start = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      double wi = w == null ? 1 : w[i];
      level[blocks] = sign * y[i];
      weight[blocks] = wi;
      start[blocks] = i;
      blocks++;
      while (blocks > 1 && level[blocks - 2] >= level[blocks - 1]) {
        double nw = weight[blocks - 2] + weight[blocks - 1];
        level[blocks - 2] = (weight[blocks - 2] * level[blocks - 2] + weight[blocks - 1] * level[blocks - 1]) / nw;
        weight[blocks - 2] = nw;
        blocks--;
      }
    }
    double[] out = new double[n];
    for (int b = 0; b < blocks; b++) {
      int end = b + 1 < blocks ? start[b + 1] : n;
      Arrays.fill(out, start[b], end, sign * level[b]);
    }
    return out;
  }
}
