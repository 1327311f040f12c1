package praxis.linear;

import java.util.List;
import praxis.api.Classifier;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link SGDClassifier}: coefficient rows (one for two classes, one per class for one-vs-rest),
 * intercepts and the per-epoch loss curves. Models fitted with the LOG or MODIFIED_HUBER loss are
 * {@link SGDProbabilisticClassifierModel}s.
 *
 * <pre>{@code
 * SGDClassifierModel m = new SGDClassifier().fit(x, y);
 * int[] labels = m.predict(x);
 * double[] curve = m.lossCurve();
 * }</pre>
 */
public sealed class SGDClassifierModel implements Classifier permits SGDProbabilisticClassifierModel {
  static final String TYPE = "sgd_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final SGDClassifier.Loss loss;
  private final double[][] coef;
  private final double[] intercepts;
  private final double[][] curves;
  private final boolean converged;
  private final Provenance provenance;

  SGDClassifierModel(Schema schema, List<String> classes, SGDClassifier.Loss loss, double[][] coef,
      double[] intercepts, double[][] curves, boolean converged, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.loss = loss;
    this.coef = deepCopy(coef);
    this.intercepts = intercepts.clone();
    this.curves = deepCopy(curves);
    this.converged = converged;
    this.provenance = provenance;
  }

  static SGDClassifierModel create(Schema schema, List<String> classes, SGDClassifier.Loss loss, double[][] coef,
      double[] intercepts, double[][] curves, boolean converged, Provenance provenance) {
    return loss.probabilistic()
        ? new SGDProbabilisticClassifierModel(schema, classes, loss, coef, intercepts, curves, converged, provenance)
        : new SGDClassifierModel(schema, classes, loss, coef, intercepts, curves, converged, provenance);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }

  /** The loss the model was fitted with. */
  public SGDClassifier.Loss loss() {
    return loss;
  }

  /** Coefficients {@code [row][feature]}: 1 row for binary problems, one per class otherwise. */
  public double[][] coefficients() {
    return deepCopy(coef);
  }

  /** Intercepts, one per coefficient row. */
  public double[] intercepts() {
    return intercepts.clone();
  }

  /** Per-epoch loss curve of each coefficient row (one-vs-rest problems may stop after different epochs). */
  public double[][] lossCurves() {
    return deepCopy(curves);
  }

  /**
   * The per-epoch loss curve: that of the single row for binary problems; for one-vs-rest the mean over the
   * rows at each epoch, a row that stopped earlier contributing its last value.
   */
  public double[] lossCurve() {
    int len = 0;
    for (double[] c : curves) {
      len = Math.max(len, c.length);
    }
    double[] out = new double[len];
    for (int e = 0; e < len; e++) {
      double s = 0;
      for (double[] c : curves) {
        s += c[Math.min(e, c.length - 1)];
      }
      out[e] = s / curves.length;
    }
    return out;
  }

  /** Epochs run (the most over the coefficient rows). */
  public int epochs() {
    int e = 0;
    for (double[] c : curves) {
      e = Math.max(e, c.length);
    }
    return e;
  }

  /** Whether every row met the tolerance before maxIter. */
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
      return Inputs.linearScores(Inputs.predictCsr(schema, x, "SGDClassifier"), coef, intercepts);
    }
    double[] xc = Inputs.predictMatrix(schema, x, "SGDClassifier");
    return Inputs.linearScores(xc, x.rowCount(), coef, intercepts);
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
    int len = epochs();
    double[][] padded = new double[curves.length][len];
    int[] lengths = new int[curves.length];
    for (int c = 0; c < curves.length; c++) {
      lengths[c] = curves[c].length;
      System.arraycopy(curves[c], 0, padded[c], 0, curves[c].length);
    }
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("loss", loss.name())
        .put("coef", coef).put("intercepts", intercepts).put("loss_curves", padded).put("curve_lengths", lengths)
        .put("converged", converged).build();
  }

  /** Reads {@code sgd_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SGDClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      String lossName = s.getString("loss");
      SGDClassifier.Loss loss;
      try {
        loss = SGDClassifier.Loss.valueOf(lossName);
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "unknown loss '" + lossName + "'");
        return null;
      }
      double[][] coef = s.getMatrix("coef");
      double[] b = s.getDoubles("intercepts");
      int rows = classes.size() == 2 ? 1 : classes.size();
      ModelStates.require(coef.length == rows && b.length == rows, s,
          "expected " + rows + " coefficient rows for " + classes.size() + " classes");
      for (double[] w : coef) {
        ModelStates.require(w.length == schema.size(), s, "a coefficient row does not have " + schema.size() + " values");
      }
      double[][] padded = s.getMatrix("loss_curves");
      int[] lengths = s.getInts("curve_lengths");
      ModelStates.require(padded.length == rows && lengths.length == rows, s, "expected " + rows + " loss curves");
      double[][] curves = new double[rows][];
      for (int c = 0; c < rows; c++) {
        ModelStates.require(lengths[c] >= 1 && lengths[c] <= padded[c].length, s, "bad loss curve length");
        curves[c] = java.util.Arrays.copyOf(padded[c], lengths[c]);
      }
      return create(schema, classes, loss, coef, b, curves, s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
