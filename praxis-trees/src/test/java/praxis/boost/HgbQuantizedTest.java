package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;

/**
 * Quantized gradients ({@code quantizedGradients=true}, the default): leaf values come from the exact
 * gradients, the model does not depend on the thread count (also through the parallel partition and gather of
 * large nodes), and quality matches the exact double sums.
 */
class HgbQuantizedTest {
  private static HistGradientBoostingRegressor.Params regressor(int maxIter, int depth, int threads, boolean q) {
    var d = HistGradientBoostingRegressor.Params.DEFAULTS;
    return new HistGradientBoostingRegressor.Params(d.loss(), d.huberDelta(), d.quantile(), 0.5, maxIter, 0,
        OptionalInt.of(depth), 1, 1e-3, 1.0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10,
        1e-7, 0L, threads, q);
  }

  /** y = 3 [x0 > 0.5] + 2 [x1 > 0.3] + x2 / 10 plus small noise; x3 is noise. */
  private static Frame steps(int n, long seed, double[] y) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] c = new double[4][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 4; j++) {
        c[j][i] = r.nextDouble();
      }
      y[i] = 3 * (c[0][i] > 0.5 ? 1 : 0) + 2 * (c[1][i] > 0.3 ? 1 : 0) + c[2][i] / 10 + 0.01 * r.nextGaussian();
    }
    return Frame.of(DoubleColumn.wrap("x0", c[0]), DoubleColumn.wrap("x1", c[1]), DoubleColumn.wrap("x2", c[2]),
        DoubleColumn.wrap("x3", c[3]));
  }

  /**
   * One depth-2 tree on data with two clear steps: both modes pick the same splits, and the quantized model's
   * leaves equal the exact ones (recomputed from the exact gradients), to 1e-12.
   */
  @Test
  void leafValuesAreExactWhenTheSplitsAgree() {
    double[] yv = new double[5000];
    Frame x = steps(yv.length, 5, yv);
    Target y = Target.values(yv);
    var exact = new HistGradientBoostingRegressor(regressor(1, 2, 1, false)).fit(x, y);
    var quant = new HistGradientBoostingRegressor(regressor(1, 2, 1, true)).fit(x, y);
    assertArrayEquals(exact.toState().getDoubles("threshold"), quant.toState().getDoubles("threshold"), 0);
    assertArrayEquals(exact.predict(x), quant.predict(x), 1e-12);
  }

  /**
   * 70,000 rows (above the 65,536 from which a node's partition and gather run in parallel chunks): one and two
   * threads give the same model, bit for bit.
   */
  @Test
  void sameModelForAnyThreadCountOnLargeNodes() {
    double[] yv = new double[70_000];
    Frame x = steps(yv.length, 9, yv);
    Target y = Target.values(yv);
    double[] one = new HistGradientBoostingRegressor(regressor(5, 4, 1, true)).fit(x, y).predict(x);
    double[] two = new HistGradientBoostingRegressor(regressor(5, 4, 2, true)).fit(x, y).predict(x);
    double[] three = new HistGradientBoostingRegressor(regressor(5, 4, 3, true)).fit(x, y).predict(x);
    assertArrayEquals(one, two, 0);
    assertArrayEquals(one, three, 0);
    // and the exact mode's parallel paths as well
    double[] e1 = new HistGradientBoostingRegressor(regressor(5, 4, 1, false)).fit(x, y).predict(x);
    double[] e2 = new HistGradientBoostingRegressor(regressor(5, 4, 2, false)).fit(x, y).predict(x);
    assertArrayEquals(e1, e2, 0);
    // the two modes grow nearly the same trees here: mean squared difference far below the noise (1e-4)
    double msd = 0;
    for (int i = 0; i < one.length; i++) {
      msd += (one[i] - e1[i]) * (one[i] - e1[i]) / one.length;
    }
    assertTrue(msd < 1e-5, "mean squared difference " + msd);
  }

  /**
   * LetterRecognition (26 classes, 20,000 rows), depth-6 trees without a row minimum as in the benchmark:
   * every fifth row held out, the quantized model's accuracy within 0.5 points of the exact one's.
   */
  @Test
  void letterAccuracyMatchesTheExactSums() {
    Datasets.XY d = Datasets.xy("LetterRecognition");
    int n = d.y().size();
    int[] train = new int[n - (n + 4) / 5];
    int[] test = new int[(n + 4) / 5];
    for (int i = 0, a = 0, b = 0; i < n; i++) {
      if (i % 5 == 0) {
        test[b++] = i;
      } else {
        train[a++] = i;
      }
    }
    var base = HistGradientBoostingClassifier.Params.DEFAULTS;
    var p = new HistGradientBoostingClassifier.Params(0.1, 20, 0, OptionalInt.of(6), 1, 1.0, 1.0, 0, 0, 0, 255, 1,
        1, 1, 1, new double[0], EarlyStopping.OFF, base.validationFraction(), base.nIterNoChange(), base.tol(), 0L,
        2);
    double exact = accuracy(new HistGradientBoostingClassifier(p.withQuantizedGradients(false)), d, train, test);
    double quant = accuracy(new HistGradientBoostingClassifier(p), d, train, test);
    assertTrue(p.quantizedGradients());
    assertEquals(exact, quant, 0.005, "exact " + exact + " quantized " + quant);
    assertTrue(quant > 0.85, "accuracy " + quant);
  }

  private static double accuracy(HistGradientBoostingClassifier est, Datasets.XY d, int[] train, int[] test) {
    var m = est.fit(d.x().rows(train), d.y().rows(train));
    int[] pred = m.predict(d.x().rows(test));
    int[] truth = d.y().rows(test).codes();
    int ok = 0;
    for (int i = 0; i < test.length; i++) {
      ok += pred[i] == truth[i] ? 1 : 0;
    }
    return (double) ok / test.length;
  }
}
