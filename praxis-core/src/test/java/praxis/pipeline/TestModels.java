package praxis.pipeline;

import java.util.List;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Clusterer;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.Persist;
import praxis.io.State;

/**
 * Tiny predictive estimators for pipeline tests (the real models live in praxis-classic): a one-feature least
 * squares line, a nearest-centroid classifier (probabilistic or not) and a sign clusterer.
 */
public final class TestModels {
  private TestModels() {}

  /** y = a + b * (first column), by least squares. */
  static final class LineRegressor implements Estimator<LineRegressor.Params, LineModel> {
    record Params(double unused) implements praxis.api.Params {
      static final Params DEFAULTS = new Params(0);
    }

    private final Params params;

    LineRegressor() {
      this(Params.DEFAULTS);
    }

    LineRegressor(Params p) {
      this.params = p;
    }

    @Override
    public Params params() {
      return params;
    }

    @Override
    public LineRegressor withParams(Params p) {
      return new LineRegressor(p);
    }

    @Override
    public String name() {
      return "line";
    }

    @Override
    public LineModel fit(Frame x, Target y) {
      Check.nonEmpty(x, "line");
      x.requireFinite("line");
      double[] v = y.values();
      int n = v.length;
      double mx = 0;
      double my = 0;
      for (int i = 0; i < n; i++) {
        mx += x.getDouble(i, 0);
        my += v[i];
      }
      mx /= n;
      my /= n;
      double sxy = 0;
      double sxx = 0;
      for (int i = 0; i < n; i++) {
        double dx = x.getDouble(i, 0) - mx;
        sxy += dx * (v[i] - my);
        sxx += dx * dx;
      }
      double b = sxx == 0 ? 0 : sxy / sxx;
      return new LineModel(x.schema(), Provenance.of(name(), params, x, y, 0), my - b * mx, b);
    }
  }

  /** Fitted line. */
  static final class LineModel implements Regressor {
    private final Schema schema;
    private final Provenance prov;
    final double a;
    final double b;

    LineModel(Schema schema, Provenance prov, double a, double b) {
      this.schema = schema;
      this.prov = prov;
      this.a = a;
      this.b = b;
    }

    @Override
    public double[] predict(Frame x) {
      schema.requireCompatible(x.schema(), "line input");
      double[] out = new double[x.rowCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = a + b * x.getDouble(i, 0);
      }
      return out;
    }

    @Override
    public Schema inputSchema() {
      return schema;
    }

    @Override
    public Provenance provenance() {
      return prov;
    }

    @Override
    public State toState() {
      return State.builder("test_line").put("schema", Persist.schema(schema)).put("provenance", prov.toState())
          .put("a", a).put("b", b).build();
    }
  }

  /** Reads test_line. */
  public static final class LineCodec implements ModelCodec {
    /** For the service loader. */
    public LineCodec() {}

    @Override
    public String type() {
      return "test_line";
    }

    @Override
    public Model read(State s) {
      return new LineModel(Persist.schema(s.getState("schema")), Provenance.fromState(s.getState("provenance")),
          s.getDouble("a"), s.getDouble("b"));
    }
  }

  /** Nearest class centroid (squared Euclidean); probabilities softmax(-distance). */
  static final class Centroids implements Estimator<Centroids.Params, CentroidModel> {
    record Params(boolean probabilistic) implements praxis.api.Params {
      static final Params DEFAULTS = new Params(true);
    }

    private final Params params;

    Centroids(Params p) {
      this.params = p;
    }

    @Override
    public Params params() {
      return params;
    }

    @Override
    public Centroids withParams(Params p) {
      return new Centroids(p);
    }

    @Override
    public String name() {
      return "centroids";
    }

    @Override
    public CentroidModel fit(Frame x, Target y) {
      x.requireFinite("centroids");
      int k = y.classCount();
      int p = x.columnCount();
      double[][] c = new double[k][p];
      int[] counts = y.classCounts();
      for (int i = 0; i < x.rowCount(); i++) {
        for (int j = 0; j < p; j++) {
          c[y.code(i)][j] += x.getDouble(i, j) / counts[y.code(i)];
        }
      }
      Provenance prov = Provenance.of(name(), params, x, y, 0);
      return params.probabilistic() ? new ProbCentroidModel(x.schema(), prov, y.classList(), c)
          : new CentroidModel(x.schema(), prov, y.classList(), c);
    }
  }

  /** Fitted centroids (plain classifier). */
  static class CentroidModel implements Classifier {
    final Schema schema;
    final Provenance prov;
    final List<String> classes;
    final double[][] centroids;

    CentroidModel(Schema schema, Provenance prov, List<String> classes, double[][] centroids) {
      this.schema = schema;
      this.prov = prov;
      this.classes = classes;
      this.centroids = centroids;
    }

    double[][] distances(Frame x) {
      schema.requireCompatible(x.schema(), "centroids input");
      double[][] d = new double[x.rowCount()][centroids.length];
      for (int i = 0; i < d.length; i++) {
        for (int k = 0; k < centroids.length; k++) {
          for (int j = 0; j < schema.size(); j++) {
            double t = x.getDouble(i, j) - centroids[k][j];
            d[i][k] += t * t;
          }
        }
      }
      return d;
    }

    @Override
    public List<String> classes() {
      return classes;
    }

    @Override
    public int[] predict(Frame x) {
      double[][] d = distances(x);
      int[] out = new int[d.length];
      for (int i = 0; i < d.length; i++) {
        for (int k = 1; k < d[i].length; k++) {
          if (d[i][k] < d[i][out[i]]) {
            out[i] = k;
          }
        }
      }
      return out;
    }

    @Override
    public Schema inputSchema() {
      return schema;
    }

    @Override
    public Provenance provenance() {
      return prov;
    }

    @Override
    public State toState() {
      return State.builder("test_centroids").put("schema", Persist.schema(schema)).put("provenance", prov.toState())
          .put("classes", classes).put("centroids", centroids).put("probabilistic", this instanceof ProbCentroidModel)
          .build();
    }
  }

  /** Fitted centroids with probabilities. */
  static final class ProbCentroidModel extends CentroidModel implements ProbabilisticClassifier {
    ProbCentroidModel(Schema schema, Provenance prov, List<String> classes, double[][] centroids) {
      super(schema, prov, classes, centroids);
    }

    @Override
    public double[][] predictProba(Frame x) {
      double[][] d = distances(x);
      for (double[] row : d) {
        double sum = 0;
        for (int k = 0; k < row.length; k++) {
          row[k] = Math.exp(-row[k]);
          sum += row[k];
        }
        for (int k = 0; k < row.length; k++) {
          row[k] /= sum;
        }
      }
      return d;
    }
  }

  /** Reads test_centroids. */
  public static final class CentroidCodec implements ModelCodec {
    /** For the service loader. */
    public CentroidCodec() {}

    @Override
    public String type() {
      return "test_centroids";
    }

    @Override
    public Model read(State s) {
      Schema schema = Persist.schema(s.getState("schema"));
      Provenance prov = Provenance.fromState(s.getState("provenance"));
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] c = s.getMatrix("centroids");
      return s.getBoolean("probabilistic") ? new ProbCentroidModel(schema, prov, classes, c)
          : new CentroidModel(schema, prov, classes, c);
    }
  }

  /** Cluster 1 where the first column is positive, else 0. */
  static final class SignClusterer implements Estimator<LineRegressor.Params, SignModel> {
    @Override
    public LineRegressor.Params params() {
      return LineRegressor.Params.DEFAULTS;
    }

    @Override
    public SignClusterer withParams(LineRegressor.Params p) {
      return this;
    }

    @Override
    public SignModel fit(Frame x, Target y) {
      return new SignModel(x.schema(), Provenance.of("sign", null, x, y, 0));
    }
  }

  /** Fitted sign clusterer. */
  record SignModel(Schema inputSchema, Provenance provenance) implements Clusterer {
    @Override
    public int[] predict(Frame x) {
      int[] out = new int[x.rowCount()];
      for (int i = 0; i < out.length; i++) {
        out[i] = x.getDouble(i, 0) > 0 ? 1 : 0;
      }
      return out;
    }

    @Override
    public State toState() {
      return State.builder("test_sign").build();
    }
  }
}
