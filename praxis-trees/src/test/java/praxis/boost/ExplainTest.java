package praxis.boost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.io.Datasets;
import praxis.io.State;
import praxis.testkit.Fixtures;

/**
 * TreeSHAP and partial dependence: contributions sum to the raw score (tolerance 1e-9); on a small model they
 * equal the Shapley values computed by brute force over all feature subsets with the path-dependent value
 * function (covers), tolerance 1e-9; partial dependence of an additive (depth-1) model equals the brute-force
 * average of predictions over the training rows with the feature replaced, tolerance 1e-9.
 */
class ExplainTest {
  @Test
  void contributionsSumToTheRawScore() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    var reg = new HistGradientBoostingRegressor(HistGradientBoostingRegressor.Params.DEFAULTS.withMaxIter(30))
        .fit(d.x(), d.y());
    double[][] phi = reg.shapValues(d.x());
    double[] raw = reg.predictRaw(d.x());
    for (int i = 0; i < raw.length; i++) {
      assertEquals(raw[i], sum(phi[i]), 1e-9, "row " + i);
    }
    Datasets.XY bc = Datasets.xy("BreastCancer"); // categorical columns and missing values
    var cls = new HistGradientBoostingClassifier(HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(20))
        .fit(bc.x(), bc.y());
    double[][][] cphi = cls.shapValues(bc.x());
    double[][] dec = cls.decisionFunction(bc.x());
    for (int i = 0; i < dec.length; i++) {
      assertEquals(dec[i][0], sum(cphi[i][0]), 1e-9, "row " + i);
    }
    Fixtures.XY iris = Fixtures.xy("iris");
    var multi = new HistGradientBoostingClassifier(HistGradientBoostingClassifier.Params.DEFAULTS.withMaxIter(10))
        .fit(iris.x(), iris.y());
    double[][][] mphi = multi.shapValues(iris.x());
    double[][] mdec = multi.decisionFunction(iris.x());
    for (int i = 0; i < mdec.length; i++) {
      for (int k = 0; k < 3; k++) {
        assertEquals(mdec[i][k], sum(mphi[i][k]), 1e-9);
      }
    }
  }

  @Test
  void equalsBruteForceShapleyValues() {
    Fixtures.XY iris = Fixtures.xy("iris");
    var d = HistGradientBoostingRegressor.Params.DEFAULTS;
    var p = new HistGradientBoostingRegressor.Params(d.loss(), 1, 0.5, 0.3, 3, 0, OptionalInt.of(3), 5, 0, 0, 0, 0,
        0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7, 0L, 1);
    // regress petal width on the other three measurements
    Frame x = iris.x().select("sepal length (cm)", "sepal width (cm)", "petal length (cm)");
    double[] y = iris.x().doubleColumn("petal width (cm)").toArray();
    var m = new HistGradientBoostingRegressor(p).fit(x, praxis.data.Target.values(y));
    State s = m.toState();
    double[][] cols = {x.doubleColumn("sepal length (cm)").toArray(), x.doubleColumn("sepal width (cm)").toArray(),
        x.doubleColumn("petal length (cm)").toArray()};
    double[][] phi = m.shapValues(x);
    for (int i = 0; i < 150; i += 7) {
      double[] row = {cols[0][i], cols[1][i], cols[2][i]};
      double[] exact = bruteForce(s, row);
      for (int j = 0; j < 3; j++) {
        assertEquals(exact[j], phi[i][j], 1e-9, "row " + i + " feature " + j);
      }
    }
  }

  /** Shapley values of v(S) = expected raw score with the features in S fixed (cover-weighted elsewhere). */
  private static double[] bruteForce(State s, double[] row) {
    int p = row.length;
    double[] phi = new double[p];
    int[] fact = {1, 1, 2, 6, 24};
    for (int j = 0; j < p; j++) {
      for (int mask = 0; mask < (1 << p); mask++) {
        if ((mask & (1 << j)) != 0) {
          continue;
        }
        int size = Integer.bitCount(mask);
        double w = (double) fact[size] * fact[p - size - 1] / fact[p];
        phi[j] += w * (value(s, row, mask | (1 << j)) - value(s, row, mask));
      }
    }
    return phi;
  }

  private static double value(State s, double[] row, int mask) {
    int[] roots = s.getInts("roots");
    double total = s.getDoubles("base")[0];
    for (int r : roots) {
      total += cond(s, r, row, mask);
    }
    return total;
  }

  private static double cond(State s, int node, double[] row, int mask) {
    int f = s.getInts("feature")[node];
    double[] value = s.getDoubles("value");
    if (f < 0) {
      return value[node];
    }
    int l = s.getInts("left")[node];
    int r = s.getInts("right")[node];
    if ((mask & (1 << f)) != 0) {
      return cond(s, row[f] <= s.getDoubles("threshold")[node] ? l : r, row, mask);
    }
    double[] cover = s.getDoubles("cover");
    return (cover[l] * cond(s, l, row, mask) + cover[r] * cond(s, r, row, mask)) / cover[node];
  }

  @Test
  void partialDependenceOfAnAdditiveModelIsTheDataAverage() {
    Fixtures.XY d = Fixtures.xy("diabetes");
    var b = HistGradientBoostingRegressor.Params.DEFAULTS;
    var p = new HistGradientBoostingRegressor.Params(b.loss(), 1, 0.5, 0.1, 40, 0, OptionalInt.of(1), 1, 0, 0, 0,
        0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF, 0.1, 10, 1e-7, 0L, 1);
    var m = new HistGradientBoostingRegressor(p).fit(d.x(), d.y());
    String col = d.x().column(2).name();
    double[] grid = {-0.05, 0.0, 0.03, 0.1};
    double[] pd = m.partialDependence(col, 0, grid);
    int n = d.x().rowCount();
    int pcols = d.x().columnCount();
    double[][] rows = d.x().toRowArrays();
    for (int g = 0; g < grid.length; g++) {
      double avg = 0;
      for (int i = 0; i < n; i++) {
        double[] r = rows[i].clone();
        r[2] = grid[g];
        avg += m.predict(r);
      }
      assertEquals(avg / n, pd[g], 1e-9, "grid " + grid[g]);
      assertEquals(pcols, rows[0].length);
    }
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
