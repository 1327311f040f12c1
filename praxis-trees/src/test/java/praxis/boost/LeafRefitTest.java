package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Absolute and quantile losses re-fit each leaf to the loss's minimizer over the leaf's rows (as scikit-learn
 * and XGBoost do): with one tree and learning rate 1 every training row's prediction is the alpha-quantile of the
 * targets in its leaf (hand-checked: the start value cancels because a quantile shifts with its data).
 */
class LeafRefitTest {
  private static final double[] Y = {1, 2, 10, 3, 20, 21, 40, 22, 5, 7};

  /** Weighted quantile with unit weights, as the loss defines it (midpoint when the cumulative share hits q). */
  private static double quantile(List<Double> v, double q) {
    double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    for (int k = 0; k < s.length; k++) {
      double acc = k + 1;
      if (acc >= q * s.length) {
        return acc == q * s.length && k + 1 < s.length ? (s[k] + s[k + 1]) / 2 : s[k];
      }
    }
    return s[s.length - 1];
  }

  private static void check(HistGradientBoostingRegressor.RegressionLoss loss, double q) {
    double[] x = new double[Y.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i + 1;
    }
    Frame f = Frame.of(DoubleColumn.of("x", x));
    var p = HistGradientBoostingRegressor.Params.DEFAULTS.withLoss(loss).withQuantile(q).withMaxIter(1)
        .withLearningRate(1.0).withMaxDepth(1).withMinSamplesLeaf(1).withEarlyStopping(EarlyStopping.OFF);
    double[] pred = new HistGradientBoostingRegressor(p).fit(f, Target.values(Y)).predict(f);
    TreeMap<Double, List<Double>> leaves = new TreeMap<>();
    for (int i = 0; i < Y.length; i++) {
      leaves.computeIfAbsent(pred[i], v -> new ArrayList<>()).add(Y[i]);
    }
    assertEquals(2, leaves.size(), "one split: " + Arrays.toString(pred));
    leaves.forEach((value, ys) -> assertEquals(quantile(ys, q), value, 1e-12, loss + " leaf of " + ys));
  }

  @Test
  void absoluteLossLeavesAreMedians() {
    check(HistGradientBoostingRegressor.RegressionLoss.ABSOLUTE, 0.5);
  }

  @Test
  void quantileLossLeavesAreQuantiles() {
    check(HistGradientBoostingRegressor.RegressionLoss.QUANTILE, 0.8);
  }

  @Test
  void squaredLossKeepsNewtonSteps() {
    assertTrue(!Loss.squared().refitsLeaves() && Loss.absolute().refitsLeaves() && Loss.quantile(0.3).refitsLeaves());
  }
}
