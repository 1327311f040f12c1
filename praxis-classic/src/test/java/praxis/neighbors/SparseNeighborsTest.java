package praxis.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.io.ModelIO;
import praxis.linalg.CsrMatrix;

/**
 * The sparse k-NN path against dense brute force on the same data: digits (about half the pixels are 0),
 * 400 training rows and 150 query rows. The sparse merge sums the same non-zero terms in the same order as the
 * dense loop, so the tolerance is exact equality: identical neighbour indices, distances, probabilities and
 * predictions, for every metric and both weightings, for k-nearest and radius queries; sparse models also
 * survive a save/load round trip in CSR form.
 */
class SparseNeighborsTest {
  private static Frame sparse(Frame dense) {
    List<String> names = new ArrayList<>();
    for (Column c : dense.columns()) {
      names.add(c.name());
    }
    Frame s = Frame.ofCsr(dense.toCsr(), names);
    assertTrue(s.hasSparseColumns());
    return s;
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  @Test
  void classifierMatchesDenseBruteForceForEveryMetric() {
    Datasets.XY d = Datasets.xy("digits");
    Frame train = d.x().rows(range(0, 400));
    Frame test = d.x().rows(range(1500, 1650));
    Target y = Target.ofCodes("digit", java.util.Arrays.copyOf(d.y().codes(), 400), d.y().classList());
    Frame trainS = sparse(train);
    Frame testS = sparse(test);
    for (Metric metric : Metric.values()) {
      for (Weights w : metric == Metric.EUCLIDEAN ? Weights.values() : new Weights[] {Weights.DISTANCE}) {
        KNeighborsClassifier est = new KNeighborsClassifier(new KNeighborsClassifier.Params(5, w, metric, 3.0,
            Algorithm.BRUTE, 30, 2));
        KNeighborsClassifierModel md = est.fit(train, y);
        KNeighborsClassifierModel ms = est.fit(trainS, y);
        int[][] nd = md.kneighbors(test);
        int[][] ns = ms.kneighbors(testS);
        for (int i = 0; i < nd.length; i++) {
          assertArrayEquals(nd[i], ns[i], metric + " " + w + " query " + i);
        }
        double[][] pd = md.predictProba(test);
        double[][] ps = ms.predictProba(testS);
        for (int i = 0; i < pd.length; i++) {
          assertArrayEquals(pd[i], ps[i], 0.0, metric + " " + w + " proba " + i);
        }
        assertArrayEquals(md.predict(test), ms.predict(test), metric + " dense query on a sparse model");
      }
    }
  }

  @Test
  void distancesEqualDenseIndexBitForBit() {
    Frame x = Datasets.xy("digits").x().rows(range(0, 300));
    CsrMatrix xs = x.toCsr();
    double[] rowMajor = new double[300 * 64];
    double[][] rows = x.toRowArrays();
    for (int i = 0; i < 300; i++) {
      System.arraycopy(rows[i], 0, rowMajor, i * 64, 64);
    }
    for (Metric metric : Metric.values()) {
      NeighborIndex dense = NeighborIndex.build(rowMajor, 300, 64, false, metric, 1.5, Algorithm.BRUTE, 30);
      SparseNeighborIndex sp = new SparseNeighborIndex(xs, metric, 1.5);
      int[] id = new int[300 * 7];
      double[] dd = new double[300 * 7];
      int[] is = new int[300 * 7];
      double[] ds = new double[300 * 7];
      dense.kNearest(rowMajor, 300, 7, 1, id, dd);
      sp.kNearest(xs, 7, 1, is, ds);
      assertArrayEquals(id, is, metric.name());
      assertArrayEquals(dd, ds, 0.0, metric.name());
    }
  }

  @Test
  void regressorMatchesDenseAndRoundTrips() throws Exception {
    Datasets.XY d = Datasets.xy("digits");
    Frame train = d.x().rows(range(0, 500));
    Frame test = d.x().rows(range(1000, 1150));
    double[] yv = new double[500];
    for (int i = 0; i < yv.length; i++) {
      yv[i] = d.y().codes()[i] * 0.5 + (i % 3);
    }
    Target y = Target.values("y", yv);
    KNeighborsRegressor est = new KNeighborsRegressor(new KNeighborsRegressor.Params(4, Weights.DISTANCE,
        Metric.EUCLIDEAN, 2.0, Algorithm.AUTO, 30, 1));
    KNeighborsRegressorModel md = est.fit(train, y);
    KNeighborsRegressorModel ms = est.fit(sparse(train), y);
    assertArrayEquals(md.predict(test), ms.predict(sparse(test)), 0.0);
    java.nio.file.Path f = java.nio.file.Files.createTempFile("sparse-knn", ".praxis");
    try {
      ModelIO.save(ms, f);
      KNeighborsRegressorModel back = (KNeighborsRegressorModel) ModelIO.load(f);
      assertArrayEquals(ms.predict(test), back.predict(test), 0.0);
      assertTrue(back.toState().has("indptr"), "the sparse model is stored in CSR form");
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
    KNeighborsClassifierModel mc = new KNeighborsClassifier().fit(sparse(train),
        Target.ofCodes("digit", java.util.Arrays.copyOf(d.y().codes(), 500), d.y().classList()));
    java.nio.file.Path g = java.nio.file.Files.createTempFile("sparse-knnc", ".praxis");
    try {
      ModelIO.save(mc, g);
      KNeighborsClassifierModel back = (KNeighborsClassifierModel) ModelIO.load(g);
      assertArrayEquals(mc.predict(test), back.predict(test));
      assertEquals(mc.kneighbors(test).length, back.kneighbors(test).length);
    } finally {
      java.nio.file.Files.deleteIfExists(g);
    }
  }

  @Test
  void radiusNeighborsMatchDenseAndRoundTrip() throws Exception {
    Datasets.XY d = Datasets.xy("digits");
    Frame train = d.x().rows(range(0, 400));
    Frame test = d.x().rows(range(1500, 1600));
    Target y = Target.ofCodes("digit", java.util.Arrays.copyOf(d.y().codes(), 400), d.y().classList());
    for (Metric metric : new Metric[] {Metric.EUCLIDEAN, Metric.COSINE, Metric.MANHATTAN}) {
      double r = switch (metric) {
        case EUCLIDEAN -> 30;
        case COSINE -> 0.2;
        default -> 120;
      };
      RadiusNeighborsClassifier est = new RadiusNeighborsClassifier(RadiusNeighborsClassifier.Params.DEFAULTS
          .withRadius(r).withMetric(metric, 2.0).withOutlierLabel(RadiusNeighborsClassifier.MOST_FREQUENT));
      RadiusNeighborsClassifierModel md = est.fit(train, y);
      RadiusNeighborsClassifierModel ms = est.fit(sparse(train), y);
      NeighborIndex.Neighbors[] nd = md.radiusNeighbors(test);
      NeighborIndex.Neighbors[] ns = ms.radiusNeighbors(sparse(test));
      int total = 0;
      for (int i = 0; i < nd.length; i++) {
        assertArrayEquals(nd[i].indices(), ns[i].indices(), metric + " query " + i);
        assertArrayEquals(nd[i].distances(), ns[i].distances(), 0.0, metric + " query " + i);
        total += nd[i].size();
      }
      assertTrue(total > 0 && total < 100 * 400, metric + ": the radius selects some but not all rows: " + total);
      assertArrayEquals(md.predict(test), ms.predict(test), metric.name());
    }
    double[] yv = new double[400];
    for (int i = 0; i < yv.length; i++) {
      yv[i] = d.y().codes()[i] + 0.25 * (i % 4);
    }
    RadiusNeighborsRegressor reg = new RadiusNeighborsRegressor(RadiusNeighborsRegressor.Params.DEFAULTS
        .withRadius(35).withOutlierValue(-1));
    RadiusNeighborsRegressorModel rd = reg.fit(train, Target.values("y", yv));
    RadiusNeighborsRegressorModel rs = reg.fit(sparse(train), Target.values("y", yv));
    assertArrayEquals(rd.predict(test), rs.predict(sparse(test)), 0.0);
    java.nio.file.Path f = java.nio.file.Files.createTempFile("sparse-radius", ".praxis");
    try {
      ModelIO.save(rs, f);
      RadiusNeighborsRegressorModel back = (RadiusNeighborsRegressorModel) ModelIO.load(f);
      assertArrayEquals(rs.predict(test), back.predict(test), 0.0);
      assertTrue(back.toState().has("indptr"));
    } finally {
      java.nio.file.Files.deleteIfExists(f);
    }
  }
}
