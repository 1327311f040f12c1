package praxis.svm;

import java.util.List;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;

/**
 * An {@link SVCModel} fitted with {@code probability} set: class probabilities from LIBSVM's Platt
 * sigmoids on the pairwise decision values ({@code P(first class | pair) = 1 / (1 + exp(A f + B))}, clamped
 * to [1e-7, 1 - 1e-7]) combined by pairwise coupling (Wu, Lin &amp; Weng 2004). As in LIBSVM /
 * scikit-learn, {@link #predict} still votes, so it can disagree with the most probable class.
 *
 * <pre>{@code
 * var m = (SVCProbabilityModel) new SVC(SVC.Params.DEFAULTS.withProbability(true, 0L)).fit(x, y);
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class SVCProbabilityModel extends SVCModel implements ProbabilisticClassifier {
  SVCProbabilityModel(Schema schema, List<String> classes, Kernel kernel, double gamma, int degree, double coef0,
      int[] svIdx, SupportSet sv, int[] nSupport, double[][] coef, double[] rho, boolean converged, double[] probA,
      double[] probB, Provenance provenance) {
    super(schema, classes, kernel, gamma, degree, coef0, svIdx, sv, nSupport, coef, rho, converged, probA, probB,
        provenance);
  }

  /** Platt sigmoid slopes A per pair. */
  public double[] probA() {
    return probA.clone();
  }

  /** Platt sigmoid offsets B per pair. */
  public double[] probB() {
    return probB.clone();
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] d = raw(x);
    int k = classes().size();
    double[][] r = new double[k][k];
    double[][] qm = new double[k][k];
    double[] qp = new double[k];
    double[][] out = new double[d.length][];
    for (int i = 0; i < d.length; i++) {
      int pi = 0;
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          r[a][b] = Platt.sigmoidPredict(d[i][pi], probA[pi], probB[pi]);
          r[b][a] = 1 - r[a][b];
          pi++;
        }
      }
      out[i] = k == 2 ? new double[] {r[0][1], r[1][0]} : Platt.couple(r, qm, qp);
    }
    return out;
  }
}
