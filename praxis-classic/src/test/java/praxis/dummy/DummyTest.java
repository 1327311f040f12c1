package praxis.dummy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import praxis.api.ParamsCodec;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

class DummyTest {
  private static final Frame X5 = Frame.of(DoubleColumn.of("x", 1, 2, 3, 4, 5));
  private static final Target Y5 = Target.classes("b", "a", "b", "c", "b"); // classes [a, b, c], priors .2 .6 .2

  private static DummyClassifierModel fitC(DummyClassifier.Strategy s, String constant) {
    return new DummyClassifier(new DummyClassifier.Params(s, 1L, constant)).fit(X5, Y5);
  }

  @Test
  void mostFrequentAndPrior() {
    var mf = fitC(DummyClassifier.Strategy.MOST_FREQUENT, "");
    assertArrayEquals(new int[] {1, 1, 1, 1, 1}, mf.predict(X5));
    assertArrayEquals(new double[] {0, 1, 0}, mf.predictProba(X5)[0]);
    var prior = fitC(DummyClassifier.Strategy.PRIOR, "");
    assertArrayEquals(new int[] {1, 1, 1, 1, 1}, prior.predict(X5));
    assertArrayEquals(new double[] {0.2, 0.6, 0.2}, prior.predictProba(X5)[3], 1e-15);
  }

  @Test
  void modeTiesGoToTheSmallestClass() {
    var m = new DummyClassifier(new DummyClassifier.Params(DummyClassifier.Strategy.MOST_FREQUENT, 0, ""))
        .fit(Frame.of(DoubleColumn.of("x", 1, 2, 3, 4)), Target.classes("q", "p", "q", "p"));
    assertEquals(0, m.predict(Frame.of(DoubleColumn.of("x", 9)))[0]);
  }

  @Test
  void constantAndUniform() {
    var c = fitC(DummyClassifier.Strategy.CONSTANT, "c");
    assertArrayEquals(new int[] {2, 2, 2, 2, 2}, c.predict(X5));
    var u = fitC(DummyClassifier.Strategy.UNIFORM, "");
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, u.predictProba(X5)[0], 1e-15);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fitC(DummyClassifier.Strategy.CONSTANT, "zebra"));
    assertTrue(e.getMessage().contains("'zebra'") && e.getMessage().contains("[a, b, c]"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ParamsCodec.with(DummyClassifier.Params.DEFAULTS, Map.of("strategy", "constant")));
    assertTrue(e.getMessage().contains("constant"), e.getMessage());
  }

  @Test
  void stratifiedDrawsFollowThePriorsAndAreReproducible() {
    int n = 20000;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    Frame big = Frame.of(DoubleColumn.wrap("x", v));
    var m = fitC(DummyClassifier.Strategy.STRATIFIED, "");
    int[] pred = m.predict(big);
    int[] counts = new int[3];
    for (int p : pred) {
      counts[p]++;
    }
    // binomial standard deviation of a share of 0.6 over 20000 draws is 0.0035; allow 5 sigma
    assertEquals(0.2, counts[0] / (double) n, 0.0175);
    assertEquals(0.6, counts[1] / (double) n, 0.0175);
    assertEquals(0.2, counts[2] / (double) n, 0.0175);
    assertArrayEquals(pred, fitC(DummyClassifier.Strategy.STRATIFIED, "").predict(big));
    var other = new DummyClassifier(new DummyClassifier.Params(DummyClassifier.Strategy.STRATIFIED, 2L, ""))
        .fit(X5, Y5).predict(big);
    assertTrue(!java.util.Arrays.equals(pred, other), "another seed gives other draws");
    // probabilities are one-hot on the drawn class
    double[][] proba = m.predictProba(big.rowRange(0, 50));
    for (int i = 0; i < 50; i++) {
      assertEquals(1.0, proba[i][pred[i]]);
    }
  }

  @Test
  void regressorStatistics() {
    Target y = Target.values(1, 2, 3, 4, 10);
    Frame x = X5;
    assertEquals(4.0, new DummyRegressor().fit(x, y).value(), 1e-15);
    assertEquals(3.0, fitR(DummyRegressor.Strategy.MEDIAN, 0.5, y).value());
    // numpy.percentile([1,2,3,4,10], 90) = 4 + 0.6 * 6 = 7.6; 25 -> 2.0; 0 -> 1; 100 -> 10
    assertEquals(7.6, fitR(DummyRegressor.Strategy.QUANTILE, 0.9, y).value(), 1e-12);
    assertEquals(2.0, fitR(DummyRegressor.Strategy.QUANTILE, 0.25, y).value(), 1e-15);
    assertEquals(1.0, fitR(DummyRegressor.Strategy.QUANTILE, 0.0, y).value());
    assertEquals(10.0, fitR(DummyRegressor.Strategy.QUANTILE, 1.0, y).value());
    // even count: median is the midpoint
    assertEquals(2.5, new DummyRegressor(new DummyRegressor.Params(DummyRegressor.Strategy.MEDIAN, 0.5,
        OptionalDouble.empty())).fit(Frame.of(DoubleColumn.of("x", 1, 2, 3, 4)), Target.values(4, 1, 3, 2)).value());
    var c = new DummyRegressor(new DummyRegressor.Params(DummyRegressor.Strategy.CONSTANT, 0.5, OptionalDouble.of(-7)))
        .fit(x, y);
    assertArrayEquals(new double[] {-7, -7}, c.predict(x.rowRange(0, 2)));
  }

  private static DummyRegressorModel fitR(DummyRegressor.Strategy s, double q, Target y) {
    return new DummyRegressor(new DummyRegressor.Params(s, q, OptionalDouble.empty())).fit(X5, y);
  }

  @Test
  void regressorValidation() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DummyRegressor.Params(DummyRegressor.Strategy.QUANTILE, 1.5, OptionalDouble.empty()));
    assertTrue(e.getMessage().contains("quantile must be in [0.0, 1.0], got 1.5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new DummyRegressor.Params(DummyRegressor.Strategy.CONSTANT, 0.5, OptionalDouble.empty()));
    assertTrue(e.getMessage().contains("constant"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new DummyRegressor().fit(X5, Y5));
    assertTrue(e.getMessage().contains("numeric target"), e.getMessage());
  }
}
