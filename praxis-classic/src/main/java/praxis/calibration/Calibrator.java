package praxis.calibration;

import praxis.io.ModelFormatException;
import praxis.io.State;

/** One fitted score-to-probability map: a {@link Sigmoid} or isotonic thresholds (clipped out of range). */
final class Calibrator {
  private final Sigmoid sigmoid;
  private final double[] xs;
  private final double[] ys;

  private Calibrator(Sigmoid sigmoid, double[] xs, double[] ys) {
    this.sigmoid = sigmoid;
    this.xs = xs;
    this.ys = ys;
  }

  static Calibrator fit(CalibratedClassifier.Method method, double[] f, int[] y01) {
    if (method == CalibratedClassifier.Method.SIGMOID) {
      return new Calibrator(Sigmoid.fit(f, y01, null), null, null);
    }
    double[] yv = new double[y01.length];
    for (int i = 0; i < yv.length; i++) {
      yv[i] = y01[i];
    }
    double[][] t = IsotonicRegression.thresholds(f, yv, null,
        IsotonicRegression.Params.DEFAULTS.withOutOfBounds(IsotonicRegression.OutOfBounds.CLIP));
    return new Calibrator(null, t[0], t[1]);
  }

  double apply(double f) {
    return sigmoid != null ? sigmoid.probability(f) : IsotonicRegressionModel.interpolate(xs, ys, f, true);
  }

  State toState() {
    State.Builder b = State.builder("calibrator");
    if (sigmoid != null) {
      return b.put("kind", "sigmoid").put("a", sigmoid.a()).put("b", sigmoid.b()).build();
    }
    return b.put("kind", "isotonic").put("x", xs).put("y", ys).build();
  }

  static Calibrator fromState(State s) {
    String kind = s.getString("kind");
    if (kind.equals("sigmoid")) {
      return new Calibrator(new Sigmoid(s.getDouble("a"), s.getDouble("b")), null, null);
    }
    if (kind.equals("isotonic")) {
      double[] xs = s.getDoubles("x");
      double[] ys = s.getDoubles("y");
      if (xs.length == 0 || xs.length != ys.length) {
        throw new ModelFormatException("inconsistent calibrator state: " + xs.length + " x and " + ys.length
            + " y thresholds (equal, positive counts expected)");
      }
      return new Calibrator(null, xs, ys);
    }
    throw new ModelFormatException("calibrator kind must be 'sigmoid' or 'isotonic', got '" + kind + "'");
  }
}
