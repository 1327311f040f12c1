package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link SGDRegressor}: coefficients, intercept and the per-epoch loss curve.
 *
 * <pre>{@code
 * SGDRegressorModel m = new SGDRegressor().fit(x, y);
 * double[] yhat = m.predict(x);
 * double[] curve = m.lossCurve();
 * }</pre>
 */
public final class SGDRegressorModel implements Regressor {
  static final String TYPE = "sgd_regressor";
  private final Schema schema;
  private final double[] coef;
  private final double intercept;
  private final double[] curve;
  private final boolean converged;
  private final Provenance provenance;

  SGDRegressorModel(Schema schema, double[] coef, double intercept, double[] curve, boolean converged,
      Provenance provenance) {
    this.schema = schema;
    this.coef = coef.clone();
    this.intercept = intercept;
    this.curve = curve.clone();
    this.converged = converged;
    this.provenance = provenance;
  }

  /** Coefficients in column order. */
  public double[] coefficients() {
    return coef.clone();
  }

  /** The intercept (0 when not fitted). */
  public double intercept() {
    return intercept;
  }

  /** Mean training loss (plus penalty) of each epoch. */
  public double[] lossCurve() {
    return curve.clone();
  }

  /** Epochs run. */
  public int epochs() {
    return curve.length;
  }

  /** Whether the tolerance was met before maxIter. */
  public boolean converged() {
    return converged;
  }

  @Override
  public double[] predict(Frame x) {
    if (x.hasSparseColumns()) {
      praxis.linalg.CsrMatrix xs = Inputs.predictCsr(schema, x, "SGDRegressor");
      double[] out = new double[xs.rows()];
      for (int i = 0; i < out.length; i++) {
        out[i] = intercept + xs.rowDot(i, coef);
      }
      return out;
    }
    double[] xc = Inputs.predictMatrix(schema, x, "SGDRegressor");
    int n = x.rowCount();
    double[] out = new double[n];
    java.util.Arrays.fill(out, intercept);
    for (int j = 0; j < coef.length; j++) {
      double w = coef[j];
      int off = j * n;
      for (int i = 0; i < n; i++) {
        out[i] += xc[off + i] * w;
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
    return provenance;
  }

  @Override
  public State toState() {
    return ModelStates.start(TYPE, schema, provenance).put("coef", coef).put("intercept", intercept)
        .put("loss_curve", curve).put("converged", converged).build();
  }

  /** Reads {@code sgd_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SGDRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] coef = s.getDoubles("coef");
      ModelStates.require(coef.length == schema.size(), s,
          coef.length + " coefficients for " + schema.size() + " features");
      return new SGDRegressorModel(schema, coef, s.getDouble("intercept"), s.getDoubles("loss_curve"),
          s.getBoolean("converged"), ModelStates.provenance(s));
    }
  }
}
