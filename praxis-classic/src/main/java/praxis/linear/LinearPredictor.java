package praxis.linear;

import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * The part every fitted penalized linear regressor shares: coefficients by feature, intercept, schema,
 * provenance and the prediction {@code Xw + b}.
 *
 * <pre>{@code
 * RidgeModel m = new Ridge().fit(x, y);          // RidgeModel, LassoModel, ... extend this class
 * double[] yhat = m.predict(test);
 * }</pre>
 */
abstract class LinearPredictor implements Regressor, praxis.api.FeatureImportance {
  final Schema schema;
  final double[] coef;
  final double intercept;
  final Provenance provenance;

  LinearPredictor(Schema schema, double[] coef, double intercept, Provenance provenance) {
    this.schema = schema;
    this.coef = coef.clone();
    this.intercept = intercept;
    this.provenance = provenance;
  }

  /** Coefficients in column order (a copy). */
  public double[] coefficients() {
    return coef.clone();
  }

  /** The intercept (0 when not fitted). */
  public double intercept() {
    return intercept;
  }

  /** The short estimator label used in error messages. */
  abstract String who();

  /** The model state type. */
  abstract String type();

  @Override
  public double[] predict(Frame x) {
    if (x.hasSparseColumns()) {
      praxis.linalg.CsrMatrix xs = Inputs.predictCsr(schema, x, who());
      double[] out = new double[xs.rows()];
      for (int i = 0; i < out.length; i++) {
        out[i] = intercept + xs.rowDot(i, coef);
      }
      return out;
    }
    double[] xc = Inputs.predictMatrix(schema, x, who());
    int n = x.rowCount();
    double[] out = new double[n];
    java.util.Arrays.fill(out, intercept);
    for (int j = 0; j < coef.length; j++) {
      double w = coef[j];
      if (w == 0) {
        continue;
      }
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

  /** A state builder holding schema, provenance, coefficients and intercept. */
  State.Builder startState() {
    return ModelStates.start(type(), schema, provenance).put("coef", coef).put("intercept", intercept);
  }

  /** The coefficients of a state, checked against its schema. */
  static double[] readCoef(State s, Schema schema) {
    double[] coef = s.getDoubles("coef");
    ModelStates.require(coef.length == schema.size(), s,
        coef.length + " coefficients for " + schema.size() + " features");
    return coef;
  }

  /** Absolute coefficients, one per input column ({@link praxis.api.FeatureImportance}). */
  @Override
  public double[] featureImportances() {
    double[] out = new double[coef.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = Math.abs(coef[j]);
    }
    return out;
  }
}
