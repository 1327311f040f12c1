package praxis.calibration;

import java.util.OptionalDouble;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link IsotonicRegression}: the kept thresholds (x strictly increasing, fitted y monotone) and
 * the out-of-bounds policy. Prediction interpolates linearly between thresholds; a NaN input gives NaN.
 *
 * <pre>{@code
 * IsotonicRegressionModel m = new IsotonicRegression().fit(new double[] {1, 2, 3}, new double[] {1, 3, 2}, null);
 * double v = m.predictValue(2.5);   // 2.5
 * }</pre>
 */
public final class IsotonicRegressionModel implements Regressor {
  static final String TYPE = "isotonic_regression";
  private final Schema schema;
  private final double[] xs;
  private final double[] ys;
  private final IsotonicRegression.Params params;
  private final Provenance provenance;

  IsotonicRegressionModel(Schema schema, double[] xs, double[] ys, IsotonicRegression.Params params,
      Provenance provenance) {
    this.schema = schema;
    this.xs = xs.clone();
    this.ys = ys.clone();
    this.params = params;
    this.provenance = provenance;
  }

  /** The x thresholds (strictly increasing), as scikit-learn's {@code X_thresholds_}. */
  public double[] xThresholds() {
    return xs.clone();
  }

  /** The fitted values at the thresholds, as scikit-learn's {@code y_thresholds_}. */
  public double[] yThresholds() {
    return ys.clone();
  }

  /** The fitting hyperparameters. */
  public IsotonicRegression.Params params() {
    return params;
  }

  /** The prediction at one value of the feature. */
  public double predictValue(double x) {
    return interpolate(xs, ys, x, params.outOfBounds() == IsotonicRegression.OutOfBounds.CLIP);
  }

  static double interpolate(double[] xs, double[] ys, double x, boolean clip) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    int n = xs.length;
    if (x < xs[0] || x > xs[n - 1]) {
      if (!clip) {
        return Double.NaN;
      }
      return x < xs[0] ? ys[0] : ys[n - 1];
    }
    if (n == 1) {
      return ys[0];
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    if (x == xs[hi]) {
      return ys[hi];
    }
    double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
    return ys[lo] + t * (ys[hi] - ys[lo]);
  }

  /**
   * Predictions for a frame with the fitted column (finite cells required); with
   * {@link IsotonicRegression.OutOfBounds#NAN}, values outside the training range give NaN.
   */
  @Override
  public double[] predict(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "IsotonicRegression");
    double[] out = new double[xc.length];
    for (int i = 0; i < xc.length; i++) {
      out[i] = predictValue(xc[i]);
    }
    return out;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    State.Builder b = ModelStates.start(TYPE, schema, provenance).put("x", xs).put("y", ys)
        .put("increasing", params.increasing()).put("outOfBounds", params.outOfBounds().name());
    b.put("yMin", params.yMin().orElse(Double.NaN)).put("yMax", params.yMax().orElse(Double.NaN));
    return b.build();
  }

  /** Reads {@code isotonic_regression} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public IsotonicRegressionModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] xs = s.getDoubles("x");
      double[] ys = s.getDoubles("y");
      ModelStates.require(xs.length == ys.length && xs.length > 0, s, xs.length + " x thresholds and " + ys.length
          + " y thresholds (equal, positive counts expected)");
      for (int i = 1; i < xs.length; i++) {
        ModelStates.require(xs[i] > xs[i - 1], s, "x thresholds strictly increasing");
      }
      ModelStates.require(schema.size() == 1, s, "1 input column, got " + schema.size());
      IsotonicRegression.OutOfBounds oob;
      try {
        oob = IsotonicRegression.OutOfBounds.valueOf(s.getString("outOfBounds"));
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "outOfBounds one of NAN, CLIP, got " + s.getString("outOfBounds"));
        throw e;
      }
      double lo = s.getDouble("yMin");
      double hi = s.getDouble("yMax");
      var p = new IsotonicRegression.Params(s.getBoolean("increasing"), oob,
          Double.isNaN(lo) ? OptionalDouble.empty() : OptionalDouble.of(lo),
          Double.isNaN(hi) ? OptionalDouble.empty() : OptionalDouble.of(hi));
      return new IsotonicRegressionModel(schema, xs, ys, p, ModelStates.provenance(s));
    }
  }
}
