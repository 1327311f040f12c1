package praxis.api;

import praxis.data.Frame;

/**
 * A model telling inliers from outliers (anomaly / novelty detection). {@link #predict} gives {@code +1} for
 * an inlier and {@code -1} for an outlier (so an outlier detector is also a two-group {@link Clusterer} whose
 * "noise" is the outliers); {@link #decisionFunction} is negative for outliers and positive for inliers (the
 * shifted score); {@link #scoreSamples} is the raw normality score, higher meaning more normal — the same
 * conventions as scikit-learn.
 *
 * <pre>{@code
 * OutlierDetector d = (OutlierDetector) new IsolationForest().fit(x, Target.none(x.rowCount()));
 * int[] flags = d.predict(test);             // +1 / -1
 * double[] margin = d.decisionFunction(test);
 * }</pre>
 */
public interface OutlierDetector extends Clusterer {
  /** Normality score per row; higher is more normal. */
  double[] scoreSamples(Frame x);

  /** {@link #scoreSamples} minus the model's threshold: negative for outliers. */
  double[] decisionFunction(Frame x);

  /** {@code +1} (inlier) or {@code -1} (outlier) per row: the sign of {@link #decisionFunction}. */
  @Override
  default int[] predict(Frame x) {
    double[] d = decisionFunction(x);
    int[] out = new int[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = d[i] < 0 ? -1 : 1;
    }
    return out;
  }
}
