package praxis.linear;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LogisticRegression}: coefficients {@code [row][feature]} and intercepts, with one row for
 * two classes (the log-odds of {@code classes().get(1)}) and one row per class otherwise (softmax).
 *
 * <pre>{@code
 * LogisticRegressionModel m = new LogisticRegression().fit(x, y);
 * double[][] p = m.predictProba(x);
 * double[] b = m.intercepts();
 * }</pre>
 */
public final class LogisticRegressionModel implements ProbabilisticClassifier, praxis.api.FeatureImportance {
  static final String TYPE = "logistic_regression";
  private final Schema schema;
  private final List<String> classes;
  private final double[][] coef;
  private final double[] intercepts;
  private final int iterations;
  private final boolean converged;
  private final Provenance provenance;

  LogisticRegressionModel(Schema schema, List<String> classes, double[][] coef, double[] intercepts, int iterations,
      boolean converged, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.coef = new double[coef.length][];
    for (int c = 0; c < coef.length; c++) {
      this.coef[c] = coef[c].clone();
    }
    this.intercepts = intercepts.clone();
    this.iterations = iterations;
    this.converged = converged;
    this.provenance = provenance;
  }

  /** Coefficients {@code [row][feature]}: 1 row for binary problems, one per class otherwise. */
  public double[][] coefficients() {
    double[][] out = new double[coef.length][];
    for (int c = 0; c < coef.length; c++) {
      out[c] = coef[c].clone();
    }
    return out;
  }

  /** Intercepts, one per coefficient row. */
  public double[] intercepts() {
    return intercepts.clone();
  }

  /** Solver iterations used (L-BFGS, or OWL-QN for L1 and elastic-net penalties). */
  public int iterations() {
    return iterations;
  }

  /** Whether the optimizer met its tolerance within maxIter. */
  public boolean converged() {
    return converged;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Linear scores {@code [row][coefficient row]}: {@code x . w + b}. */
  public double[][] decisionFunction(Frame x) {
    if (x.hasSparseColumns()) {
      return Inputs.linearScores(Inputs.predictCsr(schema, x, "LogisticRegression"), coef, intercepts);
    }
    double[] xc = Inputs.predictMatrix(schema, x, "LogisticRegression");
    return Inputs.linearScores(xc, x.rowCount(), coef, intercepts);
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] z = decisionFunction(x);
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      if (coef.length == 1) {
        double zi = z[i][0];
        double s = zi >= 0 ? 1.0 / (1.0 + Math.exp(-zi)) : Math.exp(zi) / (1.0 + Math.exp(zi));
        out[i] = new double[] {1.0 - s, s};
      } else {
        double[] row = z[i];
        double max = Double.NEGATIVE_INFINITY;
        for (double v : row) {
          max = Math.max(max, v);
        }
        double sum = 0;
        double[] pr = new double[row.length];
        for (int c = 0; c < row.length; c++) {
          pr[c] = Math.exp(row[c] - max);
          sum += pr[c];
        }
        for (int c = 0; c < row.length; c++) {
          pr[c] /= sum;
        }
        out[i] = pr;
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    double[][] z = decisionFunction(x);
    if (coef.length > 1) {
      return Inputs.argmaxRows(z);
    }
    int[] out = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i][0] > 0 ? 1 : 0;
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("coef", coef)
        .put("intercepts", intercepts).put("iterations", iterations).put("converged", converged).build();
  }

  /** Reads {@code logistic_regression} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LogisticRegressionModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] coef = s.getMatrix("coef");
      double[] b = s.getDoubles("intercepts");
      int rows = classes.size() == 2 ? 1 : classes.size();
      ModelStates.require(coef.length == rows && b.length == rows, s,
          "expected " + rows + " coefficient rows for " + classes.size() + " classes");
      for (double[] w : coef) {
        ModelStates.require(w.length == schema.size(), s, "a coefficient row does not have " + schema.size() + " values");
      }
      return new LogisticRegressionModel(schema, classes, coef, b, s.getInt("iterations"), s.getBoolean("converged"),
          ModelStates.provenance(s));
    }
  }

  /**
   * Per input column, the sum over coefficient rows of the absolute coefficients (scikit-learn's L1 norm over
   * classes; {@link praxis.api.FeatureImportance}).
   */
  @Override
  public double[] featureImportances() {
    double[] out = new double[coef[0].length];
    for (double[] row : coef) {
      for (int j = 0; j < out.length; j++) {
        out[j] += Math.abs(row[j]);
      }
    }
    return out;
  }
}
