package praxis.boost;

import java.util.Arrays;

/** The built-in {@link Loss} implementations. */
final class BuiltinLosses {
  private BuiltinLosses() {}

  static final class Squared implements Loss {
    @Override
    public double value(double y, double raw) {
      double d = raw - y;
      return 0.5 * d * d;
    }

    @Override
    public double gradient(double y, double raw) {
      return raw - y;
    }

    @Override
    public double hessian(double y, double raw) {
      return 1;
    }
  }

  static final class Huber implements Loss {
    private final double delta;

    Huber(double delta) {
      if (!(delta > 0) || !Double.isFinite(delta)) {
        throw new IllegalArgumentException("huberDelta must be finite and > 0, got " + delta);
      }
      this.delta = delta;
    }

    @Override
    public double value(double y, double raw) {
      double a = Math.abs(raw - y);
      return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
    }

    @Override
    public double gradient(double y, double raw) {
      return Math.max(-delta, Math.min(delta, raw - y));
    }

    @Override
    public double hessian(double y, double raw) {
      return 1;
    }

    @Override
    public double initialRaw(double[] y, double[] weight) {
      return weightedQuantile(y, weight, 0.5);
    }
  }

  static final class Quantile implements Loss {
    private final double alpha;

    Quantile(double alpha, String name) {
      if (!(alpha > 0 && alpha < 1)) {
        throw new IllegalArgumentException(name + " loss: quantile must be in (0, 1), got " + alpha);
      }
      this.alpha = alpha;
    }

    @Override
    public double value(double y, double raw) {
      double d = y - raw;
      return d >= 0 ? alpha * d : (alpha - 1) * d;
    }

    @Override
    public double gradient(double y, double raw) {
      return y > raw ? -alpha : y < raw ? 1 - alpha : 0;
    }

    @Override
    public double hessian(double y, double raw) {
      return 1;
    }

    @Override
    public double initialRaw(double[] y, double[] weight) {
      return weightedQuantile(y, weight, alpha);
    }

    @Override
    public boolean refitsLeaves() {
      return true;
    }

    @Override
    public double leafValue(double[] residuals, double[] weights) {
      return weightedQuantile(residuals, weights, alpha);
    }
  }

  static final class Poisson implements Loss {
    @Override
    public double value(double y, double raw) {
      return Math.exp(raw) - y * raw;
    }

    @Override
    public double gradient(double y, double raw) {
      return Math.exp(raw) - y;
    }

    @Override
    public double hessian(double y, double raw) {
      return Math.exp(raw);
    }

    @Override
    public Link link() {
      return Link.LOG;
    }

    @Override
    public double initialRaw(double[] y, double[] weight) {
      double s = 0;
      double ws = 0;
      for (int i = 0; i < y.length; i++) {
        s += weight[i] * y[i];
        ws += weight[i];
      }
      if (!(s > 0)) {
        throw new IllegalArgumentException("poisson loss needs a positive weighted target mean, got " + s / ws
            + "; use the squared loss for an all-zero target");
      }
      return Math.log(s / ws);
    }

    @Override
    public void checkTarget(double y, int row) {
      if (y < 0) {
        throw new IllegalArgumentException("poisson loss needs targets >= 0, but row " + row + " has " + y
            + "; use another loss for negative targets");
      }
    }
  }

  static final class Logistic implements Loss {
    @Override
    public double value(double y, double raw) {
      // log(1 + exp(raw)) - y raw, computed stably
      double sp = raw > 0 ? raw + Math.log1p(Math.exp(-raw)) : Math.log1p(Math.exp(raw));
      return sp - y * raw;
    }

    @Override
    public double gradient(double y, double raw) {
      return sigmoid(raw) - y;
    }

    @Override
    public double derivatives(double y, double raw, double[] gh) {
      // one exponential for sigmoid and softplus alike: the same operations as value/gradient/hessian
      double e = Math.exp(-Math.abs(raw));
      double p = raw >= 0 ? 1 / (1 + e) : e / (1 + e);
      gh[0] = p - y;
      gh[1] = Math.max(p * (1 - p), 1e-16);
      double sp = raw > 0 ? raw + Math.log1p(e) : Math.log1p(e);
      return sp - y * raw;
    }

    @Override
    public double hessian(double y, double raw) {
      double p = sigmoid(raw);
      return Math.max(p * (1 - p), 1e-16);
    }

    @Override
    public Link link() {
      return Link.LOGIT;
    }

    @Override
    public double initialRaw(double[] y, double[] weight) {
      double s = 0;
      double ws = 0;
      for (int i = 0; i < y.length; i++) {
        s += weight[i] * y[i];
        ws += weight[i];
      }
      double p = Math.min(1 - 1e-15, Math.max(1e-15, s / ws));
      return Math.log(p / (1 - p));
    }

    @Override
    public void checkTarget(double y, int row) {
      if (y != 0 && y != 1) {
        throw new IllegalArgumentException("logistic loss needs targets 0 or 1, but row " + row + " has " + y);
      }
    }
  }

  static double sigmoid(double r) {
    return r >= 0 ? 1 / (1 + Math.exp(-r)) : Math.exp(r) / (1 + Math.exp(r));
  }

  /** Smallest y with cumulative weight share &gt;= q (midpoint with the next y when the share equals q exactly). */
  static double weightedQuantile(double[] y, double[] weight, double q) {
    int n = y.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(y[a], y[b]));
    double total = 0;
    for (double v : weight) {
      total += v;
    }
    double acc = 0;
    for (int k = 0; k < n; k++) {
      acc += weight[idx[k]];
      if (acc >= q * total) {
        if (acc == q * total && k + 1 < n) {
          return (y[idx[k]] + y[idx[k + 1]]) / 2;
        }
        return y[idx[k]];
      }
    }
    return y[idx[n - 1]];
  }
}
