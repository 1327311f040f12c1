package praxis.trees.bagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.State;
import praxis.trees.DecisionTreeRegressor;

/** Bagging of an arbitrary estimator (here a label-only nearest-centroid classifier defined in the test). */
class BaggingTest {
  /** Nearest centroid on numeric columns; predicts labels only (so bagging must vote). */
  record Centroid(Params params) implements Estimator<Centroid.Params, Centroid.Model> {
    record Params(int unused) implements praxis.api.Params {}

    @Override
    public Centroid withParams(Params p) {
      return new Centroid(p);
    }

    @Override
    public Model fit(Frame x, Target y) {
      int k = y.classCount();
      int p = x.columnCount();
      double[][] c = new double[k][p];
      int[] cnt = new int[k];
      for (int i = 0; i < x.rowCount(); i++) {
        cnt[y.code(i)]++;
        for (int j = 0; j < p; j++) {
          c[y.code(i)][j] += x.getDouble(i, j);
        }
      }
      for (int q = 0; q < k; q++) {
        for (int j = 0; j < p; j++) {
          c[q][j] /= Math.max(1, cnt[q]);
        }
      }
      return new Model(x.schema(), y.classList(), c);
    }

    record Model(Schema inputSchema, List<String> classes, double[][] centroids) implements Classifier {
      @Override
      public int[] predict(Frame x) {
        int[] out = new int[x.rowCount()];
        for (int i = 0; i < out.length; i++) {
          double best = Double.POSITIVE_INFINITY;
          for (int q = 0; q < centroids.length; q++) {
            double d = 0;
            for (int j = 0; j < centroids[q].length; j++) {
              double t = x.getDouble(i, j) - centroids[q][j];
              d += t * t;
            }
            if (d < best) {
              best = d;
              out[i] = q;
            }
          }
        }
        return out;
      }

      @Override
      public Provenance provenance() {
        return null;
      }

      @Override
      public State toState() {
        throw new UnsupportedOperationException("test model");
      }
    }
  }

  @Test
  void baggingAnyClassifierVotesAndScoresOutOfBag() {
    var d = Datasets.xy("iris");
    var bag = new BaggingClassifier(new Centroid(new Centroid.Params(0)), BaggingClassifier.DEFAULTS
        .withNEstimators(15).withMaxFeatures(0.5).withOobScore(true).withNThreads(2));
    BaggingClassifierModel m = bag.fit(d.x(), d.y());
    assertEquals(15, m.memberCount());
    assertEquals(2, m.memberFeatures(0).length);
    double oob = m.oobScore().getAsDouble();
    assertTrue(oob > 0.8, "OOB accuracy of bagged centroids " + oob);
    double[][] p = m.predictProba(d.x());
    for (double[] row : p) {
      assertEquals(1.0, row[0] + row[1] + row[2], 1e-12);
      for (double v : row) {
        assertEquals(0, Math.round(v * 15) - v * 15, 1e-9, "votes are multiples of 1/15");
      }
    }
    var single = new BaggingClassifier(new Centroid(new Centroid.Params(0)), BaggingClassifier.DEFAULTS
        .withNEstimators(15).withMaxFeatures(0.5).withOobScore(true).withNThreads(1)).fit(d.x(), d.y());
    assertArrayEquals(single.predict(d.x()), m.predict(d.x()), "same result for 1 and 2 threads");
  }

  @Test
  void regressorBaseMustFitTheTask() {
    var d = Datasets.xy("iris");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BaggingClassifier(new DecisionTreeRegressor(), BaggingClassifier.DEFAULTS).fit(d.x(), d.y()));
    assertTrue(e.getMessage().contains("class labels") || e.getMessage().contains("Classifier"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BaggingClassifier.DEFAULTS.withMaxFeatures(1.5));
  }
}
