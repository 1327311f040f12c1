package praxis.svm;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link SVR}: support vectors (training-row order), their dual coefficients {@code a_i - a*_i}
 * ({@code dual_coef_}) and the intercept {@code -rho}; predicts {@code sum_i coef_i K(x_i, x) + intercept}.
 *
 * <pre>{@code
 * SVRModel m = new SVR().fit(x, y);
 * double[] yhat = m.predict(x);
 * double b = m.intercepts()[0];
 * }</pre>
 */
public final class SVRModel extends KernelExpansionModel implements Regressor {
  static final String TYPE = "svr";

  SVRModel(Schema schema, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx, SupportSet sv,
      double[] coef, double rho, boolean converged, Provenance provenance) {
    super(TYPE, schema, kernel, gamma, degree, coef0, svIdx, sv, coef, rho, converged, provenance);
  }

  @Override
  public double[] predict(Frame x) {
    return decisionValues(x, "SVR");
  }

  /** Reads {@code svr} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SVRModel read(State s) {
      return KernelExpansionModel.read(s, TYPE, SVRModel::new);
    }
  }
}
