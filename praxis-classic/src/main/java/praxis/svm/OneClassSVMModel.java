package praxis.svm;

import praxis.api.ModelCodec;
import praxis.api.OutlierDetector;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link OneClassSVM}: support vectors (training-row order), their coefficients {@code a_i}
 * ({@code dual_coef_}) and {@code rho}. {@link #decisionFunction} is {@code sum_i a_i K(x_i, x) - rho}
 * (negative outside the learned region), {@link #predict} is {@code +1} (inlier) where it is positive and
 * {@code -1} (outlier) otherwise, as scikit-learn / LIBSVM.
 *
 * <pre>{@code
 * OneClassSVMModel m = new OneClassSVM().fit(x, Target.none(x.rowCount()));
 * int[] label = m.predict(test);       // +1 / -1
 * double offset = m.offset();          // rho
 * }</pre>
 */
public final class OneClassSVMModel extends KernelExpansionModel implements OutlierDetector {
  static final String TYPE = "one_class_svm";

  OneClassSVMModel(Schema schema, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx, SupportSet sv,
      double[] coef, double rho, boolean converged, Provenance provenance) {
    super(TYPE, schema, kernel, gamma, degree, coef0, svIdx, sv, coef, rho, converged, provenance);
  }

  /** {@code rho}, subtracted from the kernel sum ({@code offset_}). */
  public double offset() {
    return rho();
  }

  /** {@code sum_i a_i K(x_i, x)} per row ({@code score_samples}). */
  @Override
  public double[] scoreSamples(Frame x) {
    return kernelSums(x, "OneClassSVM");
  }

  /** {@code sum_i a_i K(x_i, x) - rho} per row: positive inside, negative outside ({@code decision_function}). */
  @Override
  public double[] decisionFunction(Frame x) {
    return decisionValues(x, "OneClassSVM");
  }

  /** {@code +1} (inlier) where the decision value is positive, {@code -1} (outlier) otherwise. */
  @Override
  public int[] predict(Frame x) {
    double[] d = decisionFunction(x);
    int[] out = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = d[i] > 0 ? 1 : -1;
    }
    return out;
  }

  /** Reads {@code one_class_svm} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public OneClassSVMModel read(State s) {
      return KernelExpansionModel.read(s, TYPE, OneClassSVMModel::new);
    }
  }
}
