package praxis.linear;

import java.util.List;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;

/**
 * An {@link SGDClassifierModel} fitted with {@link SGDClassifier.Loss#LOG} or
 * {@link SGDClassifier.Loss#MODIFIED_HUBER}, which gives class probabilities as scikit-learn: per row score
 * {@code s}, {@code sigmoid(s)} (LOG) or {@code (clip(s, -1, 1) + 1) / 2} (MODIFIED_HUBER); binary problems
 * give {@code [1 - q, q]}, one-vs-rest ones normalize the per-class values to sum 1 (all zero: uniform).
 *
 * <pre>{@code
 * var m = (SGDProbabilisticClassifierModel) new SGDClassifier(
 *     SGDClassifier.Params.DEFAULTS.withLoss(SGDClassifier.Loss.LOG)).fit(x, y);
 * double[][] proba = m.predictProba(x);
 * }</pre>
 */
public final class SGDProbabilisticClassifierModel extends SGDClassifierModel implements ProbabilisticClassifier {
  SGDProbabilisticClassifierModel(Schema schema, List<String> classes, SGDClassifier.Loss loss, double[][] coef,
      double[] intercepts, double[][] curves, boolean converged, Provenance provenance) {
    super(schema, classes, loss, coef, intercepts, curves, converged, provenance);
  }

  private double link(double s) {
    if (loss() == SGDClassifier.Loss.LOG) {
      return s >= 0 ? 1.0 / (1.0 + Math.exp(-s)) : Math.exp(s) / (1.0 + Math.exp(s));
    }
    return (Math.max(-1.0, Math.min(1.0, s)) + 1.0) / 2.0;
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] z = decisionFunction(x);
    double[][] out = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      double[] row = z[i];
      if (row.length == 1) {
        double q = link(row[0]);
        out[i] = new double[] {1.0 - q, q};
        continue;
      }
      double[] pr = new double[row.length];
      double sum = 0;
      for (int c = 0; c < row.length; c++) {
        pr[c] = link(row[c]);
        sum += pr[c];
      }
      for (int c = 0; c < row.length; c++) {
        pr[c] = sum > 0 ? pr[c] / sum : 1.0 / row.length;
      }
      out[i] = pr;
    }
    return out;
  }
}
