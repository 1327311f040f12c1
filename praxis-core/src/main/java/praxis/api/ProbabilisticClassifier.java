package praxis.api;

import praxis.data.Frame;

/**
 * A classifier that also estimates class probabilities.
 *
 * <pre>{@code
 * double[][] p = model.predictProba(x);   // p[i][k] = P(class k | row i); rows sum to 1
 * }</pre>
 */
public interface ProbabilisticClassifier extends Classifier {
  /** Probabilities {@code [row][class]}, each row summing to 1. */
  double[][] predictProba(Frame x);
}
