package praxis.select;

import java.util.List;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;

/** Small estimators for the model-selection tests (the real ones live in other modules). */
final class TestEstimators {
  private TestEstimators() {}

  /** Distance for {@link NearestCentroid}. */
  enum Metric {
    EUCLIDEAN,
    MANHATTAN
  }

  /** Nearest class mean (scikit-learn's NearestCentroid without shrinkage); first class wins ties. */
  static final class NearestCentroid implements Estimator<NearestCentroid.Params, CentroidModel> {
    record Params(Metric metric) implements praxis.api.Params {
      static final Params DEFAULTS = new Params(Metric.EUCLIDEAN);

      Params {
        Check.notNull(metric, "metric");
      }
    }

    private final Params params;

    NearestCentroid() {
      this(Params.DEFAULTS);
    }

    NearestCentroid(Params params) {
      this.params = params;
    }

    @Override
    public Params params() {
      return params;
    }

    @Override
    public NearestCentroid withParams(Params p) {
      return new NearestCentroid(p);
    }

    @Override
    public CentroidModel fit(Frame x, Target y) {
      Check.nonEmpty(x, "NearestCentroid");
      int p = x.columnCount();
      int k = y.classCount();
      double[][] c = new double[k][p];
      int[] counts = new int[k];
      for (int i = 0; i < x.rowCount(); i++) {
        int cls = y.code(i);
        counts[cls]++;
        for (int j = 0; j < p; j++) {
          c[cls][j] += x.getDouble(i, j);
        }
      }
      for (int cls = 0; cls < k; cls++) {
        for (int j = 0; j < p; j++) {
          c[cls][j] = counts[cls] == 0 ? Double.NaN : c[cls][j] / counts[cls];
        }
      }
      return new CentroidModel(x.schema(), y.classList(), c, params.metric(),
          Provenance.of(name(), params, x, y, 0L));
    }
  }

  record CentroidModel(Schema inputSchema, List<String> classes, double[][] centroids, Metric metric,
      Provenance provenance) implements Classifier {
    @Override
    public int[] predict(Frame x) {
      int[] out = new int[x.rowCount()];
      for (int i = 0; i < out.length; i++) {
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
          double d = 0;
          for (int j = 0; j < centroids[c].length; j++) {
            double diff = x.getDouble(i, j) - centroids[c][j];
            d += metric == Metric.EUCLIDEAN ? diff * diff : Math.abs(diff);
          }
          if (d < best) {
            best = d;
            out[i] = c;
          }
        }
      }
      return out;
    }

    @Override
    public State toState() {
      return State.builder("test.centroid").put("classes", classes).build();
    }
  }

  /** Ridge regression with an unpenalised intercept (scikit-learn's Ridge, solver by Gauss elimination). */
  static final class Ridge implements Estimator<Ridge.Params, RidgeModel> {
    record Params(double alpha) implements praxis.api.Params {
      static final Params DEFAULTS = new Params(1.0);

      Params {
        Check.nonNegative(alpha, "alpha");
      }
    }

    private final Params params;

    Ridge() {
      this(Params.DEFAULTS);
    }

    Ridge(Params params) {
      this.params = params;
    }

    @Override
    public Params params() {
      return params;
    }

    @Override
    public Ridge withParams(Params p) {
      return new Ridge(p);
    }

    @Override
    public RidgeModel fit(Frame x, Target y) {
      Check.nonEmpty(x, "Ridge");
      int n = x.rowCount();
      int p = x.columnCount();
      double[] mx = new double[p];
      double my = 0;
      for (int i = 0; i < n; i++) {
        my += y.value(i);
        for (int j = 0; j < p; j++) {
          mx[j] += x.getDouble(i, j);
        }
      }
      my /= n;
      for (int j = 0; j < p; j++) {
        mx[j] /= n;
      }
      double[][] a = new double[p][p + 1];
      for (int i = 0; i < n; i++) {
        double yc = y.value(i) - my;
        for (int j = 0; j < p; j++) {
          double xj = x.getDouble(i, j) - mx[j];
          for (int l = 0; l < p; l++) {
            a[j][l] += xj * (x.getDouble(i, l) - mx[l]);
          }
          a[j][p] += xj * yc;
        }
      }
      for (int j = 0; j < p; j++) {
        a[j][j] += params.alpha();
      }
      double[] w = solve(a, p);
      double b = my;
      for (int j = 0; j < p; j++) {
        b -= mx[j] * w[j];
      }
      return new RidgeModel(x.schema(), w, b, Provenance.of(name(), params, x, y, 0L));
    }

    private static double[] solve(double[][] a, int p) {
      for (int c = 0; c < p; c++) {
        int piv = c;
        for (int r = c + 1; r < p; r++) {
          if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
            piv = r;
          }
        }
        double[] t = a[c];
        a[c] = a[piv];
        a[piv] = t;
        for (int r = c + 1; r < p; r++) {
          double f = a[r][c] / a[c][c];
          for (int l = c; l <= p; l++) {
            a[r][l] -= f * a[c][l];
          }
        }
      }
      double[] w = new double[p];
      for (int r = p - 1; r >= 0; r--) {
        double s = a[r][p];
        for (int l = r + 1; l < p; l++) {
          s -= a[r][l] * w[l];
        }
        w[r] = s / a[r][r];
      }
      return w;
    }
  }

  record RidgeModel(Schema inputSchema, double[] coef, double intercept, Provenance provenance) implements Regressor {
    @Override
    public double[] predict(Frame x) {
      double[] out = new double[x.rowCount()];
      for (int i = 0; i < out.length; i++) {
        double s = intercept;
        for (int j = 0; j < coef.length; j++) {
          s += coef[j] * x.getDouble(i, j);
        }
        out[i] = s;
      }
      return out;
    }

    @Override
    public State toState() {
      return State.builder("test.ridge").put("coef", coef).put("intercept", intercept).build();
    }
  }

  /**
   * A wrapper whose only parameter is addressed as {@code inner.alpha}, to exercise the {@link Tunable} hook
   * the way a pipeline would.
   */
  static final class WrappedRidge implements Estimator<Ridge.Params, RidgeModel>, Tunable {
    private final Ridge inner;

    WrappedRidge(Ridge inner) {
      this.inner = inner;
    }

    @Override
    public Ridge.Params params() {
      return inner.params();
    }

    @Override
    public WrappedRidge withParams(Ridge.Params p) {
      return new WrappedRidge(inner.withParams(p));
    }

    @Override
    public RidgeModel fit(Frame x, Target y) {
      return inner.fit(x, y);
    }

    @Override
    public Estimator<?, ?> withParameters(Map<String, String> values) {
      Ridge r = inner;
      for (Map.Entry<String, String> e : values.entrySet()) {
        if (!e.getKey().equals("inner.alpha")) {
          throw new IllegalArgumentException("unknown hyperparameter '" + e.getKey() + "'; valid: [inner.alpha]");
        }
        r = r.withParams(new Ridge.Params(Double.parseDouble(e.getValue())));
      }
      return new WrappedRidge(r);
    }
  }

  /** Always fails in fit with an IllegalArgumentException, to test how fold errors are reported. */
  static final class Failing implements Estimator<Ridge.Params, RidgeModel> {
    @Override
    public Ridge.Params params() {
      return Ridge.Params.DEFAULTS;
    }

    @Override
    public Failing withParams(Ridge.Params p) {
      return this;
    }

    @Override
    public RidgeModel fit(Frame x, Target y) {
      throw new IllegalArgumentException("column 'x0' has a bad value");
    }
  }
}
