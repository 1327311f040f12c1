package praxis.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import praxis.data.Frame;
import praxis.io.Datasets;
import praxis.trees.forest.ForestClassifierModel;
import praxis.trees.forest.ForestRegressorModel;
import praxis.trees.forest.RandomForestClassifier;
import praxis.trees.forest.RandomForestRegressor;

/**
 * TreeSHAP: attributions sum to the prediction (1e-9), and equal brute-force Shapley values (all 2^p
 * coalitions, with the cover-weighted conditional expectation of Lundberg et al.'s Algorithm 1) to 1e-9.
 */
class TreeShapTest {
  /** E[f(x) | x_S] by cover-weighted descent (Algorithm 1), from the exported node table. */
  private static double condExp(double[][] nodes, double[] x, int mask, int node) {
    double[] nd = nodes[node];
    if (nd[0] < 0) {
      return nd[7];
    }
    int j = (int) nd[2];
    int l = (int) nd[0];
    int r = (int) nd[1];
    if ((mask & (1 << j)) != 0) {
      return condExp(nodes, x, mask, x[j] <= nd[3] ? l : r);
    }
    return (nodes[l][5] * condExp(nodes, x, mask, l) + nodes[r][5] * condExp(nodes, x, mask, r)) / nd[5];
  }

  private static double[] bruteForce(double[][] nodes, double[] x) {
    int p = x.length;
    double[] phi = new double[p];
    double[] fact = new double[p + 1];
    fact[0] = 1;
    for (int i = 1; i <= p; i++) {
      fact[i] = fact[i - 1] * i;
    }
    for (int j = 0; j < p; j++) {
      for (int mask = 0; mask < (1 << p); mask++) {
        if ((mask & (1 << j)) != 0) {
          continue;
        }
        int s = Integer.bitCount(mask);
        double wgt = fact[s] * fact[p - s - 1] / fact[p];
        phi[j] += wgt * (condExp(nodes, x, mask | (1 << j), 0) - condExp(nodes, x, mask, 0));
      }
    }
    return phi;
  }

  @Test
  void regressionTreeMatchesBruteForceShapley() {
    var d = Datasets.xy("diabetes");
    var m = new DecisionTreeRegressor(DecisionTreeRegressor.Params.DEFAULTS.withMaxDepth(6)).fit(d.x(), d.y());
    Frame q = d.x().rowRange(0, 8);
    double[][] phi = m.shapValues(q);
    double[] pred = m.predict(q);
    double[][] rows = q.toRowArrays();
    for (int i = 0; i < rows.length; i++) {
      double[] bf = bruteForce(m.nodes(), rows[i]);
      double sum = m.expectedValue();
      for (int j = 0; j < bf.length; j++) {
        assertEquals(bf[j], phi[i][j], 1e-9, "row " + i + " feature " + j);
        sum += phi[i][j];
      }
      assertEquals(pred[i], sum, 1e-9, "row " + i + ": attributions + baseline = prediction");
    }
  }

  @Test
  void forestAttributionsSumToPredictions() {
    var iris = Datasets.xy("iris");
    ForestClassifierModel rf = new RandomForestClassifier(RandomForestClassifier.DEFAULTS.withNTrees(20))
        .fit(iris.x(), iris.y());
    double[][][] phi = rf.shapValues(iris.x());
    double[][] p = rf.predictProba(iris.x());
    double[] base = rf.expectedValues();
    for (int i = 0; i < p.length; i++) {
      for (int c = 0; c < 3; c++) {
        double s = base[c];
        for (double v : phi[i][c]) {
          s += v;
        }
        assertEquals(p[i][c], s, 1e-9, "row " + i + " class " + c);
      }
    }
    var d = Datasets.xy("diabetes");
    ForestRegressorModel rr = new RandomForestRegressor(RandomForestRegressor.DEFAULTS.withNTrees(10))
        .fit(d.x(), d.y());
    double[][] ph = rr.shapValues(d.x());
    double[] pr = rr.predict(d.x());
    for (int i = 0; i < pr.length; i++) {
      double s = rr.expectedValue();
      for (double v : ph[i]) {
        s += v;
      }
      assertEquals(pr[i], s, 1e-9 * Math.max(1, Math.abs(pr[i])), "row " + i);
    }
  }
}
