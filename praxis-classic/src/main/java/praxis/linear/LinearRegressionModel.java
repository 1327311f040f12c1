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
 * A fitted {@link LinearRegression}: coefficients by feature, intercept and the numerical rank of the
 * (centred) design.
 *
 * <pre>{@code
 * LinearRegressionModel m = new LinearRegression().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class LinearRegressionModel implements Regressor, praxis.api.FeatureImportance {
  static final String TYPE = "linear_regression";
  private final Schema schema;
  private final double[] coef;
  private final double intercept;
  private final int rank;
  private final Provenance provenance;

  LinearRegressionModel(Schema schema, double[] coef, double intercept, int rank, Provenance provenance) {
    this.schema = schema;
    this.coef = coef.clone();
    this.intercept = intercept;
    this.rank = rank;
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

  /** Numerical rank of the (centred) design matrix; below the feature count means collinear features. */
  public int rank() {
    return rank;
  }

  @Override
  public double[] predict(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "LinearRegression");
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
        .put("rank", rank).build();
  }

  /** Reads {@code linear_regression} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LinearRegressionModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] coef = s.getDoubles("coef");
      ModelStates.require(coef.length == schema.size(), s,
          coef.length + " coefficients for " + schema.size() + " features");
      return new LinearRegressionModel(schema, coef, s.getDouble("intercept"), s.getInt("rank"),
          ModelStates.provenance(s));
    }
  }

  /** Absolute coefficients, one per input column ({@link praxis.api.FeatureImportance}). */
  @Override
  public double[] featureImportances() {
    double[] c = coefficients();
    for (int j = 0; j < c.length; j++) {
      c[j] = Math.abs(c[j]);
    }
    return c;
  }
}
