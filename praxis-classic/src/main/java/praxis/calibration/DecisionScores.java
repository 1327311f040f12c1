package praxis.calibration;

import praxis.data.Frame;

/**
 * Optional capability of a classifier model: real-valued decision scores (larger = more likely), used by
 * {@link CalibratedClassifier} in preference to probabilities, like scikit-learn's {@code decision_function}.
 *
 * <pre>{@code
 * double[][] s = ((DecisionScores) model).decisionFunction(x);   // binary: s[i][0]; else s[i][class]
 * }</pre>
 */
public interface DecisionScores {
  /**
   * Scores {@code [row][column]}: for a two-class model ONE column, the score of class code 1; otherwise
   * one column per class code.
   */
  double[][] decisionFunction(Frame x);
}
