package praxis.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighborIndexTest {

  private static final Metric[] TREE_METRICS = {Metric.EUCLIDEAN, Metric.MANHATTAN, Metric.CHEBYSHEV,
      Metric.MINKOWSKI};

  /**
   * Gaussian points, a quarter of them rounded to one decimal (exact distance ties), and every 7th row a
   * duplicate of an earlier one.
   */
  static double[] data(int n, int d, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      if (i % 7 == 6) {
        System.arraycopy(x, rnd.nextInt(i) * d, x, i * d, d);
        continue;
      }
      boolean round = i % 4 == 0;
      for (int j = 0; j < d; j++) {
        double v = gaussian(rnd);
        x[i * d + j] = round ? Math.rint(v * 10) / 10 : v;
      }
    }
    return x;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
  }

  private static void assertSame(NeighborIndex.Neighbors want, NeighborIndex.Neighbors got, String what) {
    assertArrayEquals(want.indices(), got.indices(), what);
    assertArrayEquals(want.distances(), got.distances(), 1e-12, what);
  }

  /** Trees give the brute-force neighbours (same indices, same distances) for every metric and dimension. */
  @Test
  void treesEqualBruteForce() {
    for (int d : new int[] {2, 5, 16}) {
      for (int n : new int[] {1, 9, 300}) {
        double[] x = data(n, d, 31L * d + n);
        // queries: the training points themselves (exact hits, ties among duplicates) and fresh points
        double[] fresh = data(25, d, 7L + d);
        for (Metric m : TREE_METRICS) {
          double power = m == Metric.MINKOWSKI ? 3.0 : 2.0;
          NeighborIndex brute = NeighborIndex.build(x, n, d, false, m, power, Algorithm.BRUTE, 30);
          int[] ks = n > 20 ? new int[] {1, 5, 40} : new int[] {1, 5, n};
          List<double[]> points = new ArrayList<>();
          List<NeighborIndex.Neighbors> want = new ArrayList<>();
          List<double[]> radii = new ArrayList<>();
          for (double[] qs : new double[][] {x, fresh}) {
            for (int i = 0; i < qs.length / d; i += qs == x && n > 20 ? 3 : 1) {
              double[] pt = Arrays.copyOfRange(qs, i * d, (i + 1) * d);
              points.add(pt);
              for (int k : ks) {
                want.add(k <= n ? brute.kNearest(pt, k) : null);
              }
              double[] all = brute.kNearest(pt, Math.min(n, 40)).distances();
              double[] rs = {Math.max(1e-9, all[(all.length - 1) / 4]), Math.max(1e-9, all[all.length - 1]), 1e-9};
              radii.add(rs);
              for (double r : rs) {
                want.add(brute.radius(pt, r));
              }
            }
          }
          for (Algorithm a : new Algorithm[] {Algorithm.KD_TREE, Algorithm.BALL_TREE}) {
            for (int leaf : n > 20 ? new int[] {2, 16} : new int[] {1, 4}) {
              NeighborIndex tree = NeighborIndex.build(x, n, d, false, m, power, a, leaf);
              assertEquals(a, tree.algorithm());
              String what = a + " " + m + " d=" + d + " n=" + n + " leaf=" + leaf;
              int w = 0;
              for (int i = 0; i < points.size(); i++) {
                double[] pt = points.get(i);
                for (int k : ks) {
                  NeighborIndex.Neighbors expect = want.get(w++);
                  if (expect != null) {
                    assertSame(expect, tree.kNearest(pt, k), what + " k=" + k + " q=" + i);
                  }
                }
                for (double r : radii.get(i)) {
                  assertSame(want.get(w++), tree.radius(pt, r), what + " r=" + r + " q=" + i);
                }
              }
            }
          }
        }
      }
    }
  }

  /** Brute force itself against an independent full sort by (distance, index). */
  @Test
  void bruteForceOrderIsDistanceThenIndex() {
    int n = 120;
    int d = 3;
    double[] x = data(n, d, 5L);
    for (Metric m : Metric.values()) {
      NeighborIndex idx = NeighborIndex.build(x, n, d, false, m, 2.5, Algorithm.BRUTE, 30);
      double[] pt = {0.1, -0.2, 0.0};
      NeighborIndex.Neighbors all = idx.kNearest(pt, n);
      for (int r = 1; r < n; r++) {
        double a = all.distances()[r - 1];
        double b = all.distances()[r];
        assertTrue(a < b || (a == b && all.indices()[r - 1] < all.indices()[r]), m + " rank " + r);
      }
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int i : all.indices()) {
        seen.add(i);
      }
      assertEquals(n, seen.size());
      // the radius query returns exactly the k-nearest prefix with distance <= r
      double r = all.distances()[40];
      NeighborIndex.Neighbors within = idx.radius(pt, r);
      int count = 0;
      while (count < n && all.distances()[count] <= r) {
        count++;
      }
      assertArrayEquals(java.util.Arrays.copyOf(all.indices(), count), within.indices(), m.name());
    }
  }

  @Test
  void handCheckedExampleAndColumnMajorInput() {
    double[] rows = {0, 0, 1, 0, 5, 5};
    double[] cols = {0, 1, 5, 0, 0, 5};
    for (Algorithm a : Algorithm.values()) {
      NeighborIndex idx = NeighborIndex.build(rows, 3, 2, false, Metric.EUCLIDEAN, 2.0, a, 1);
      NeighborIndex cm = NeighborIndex.build(cols, 3, 2, true, Metric.EUCLIDEAN, 2.0, a, 1);
      NeighborIndex.Neighbors nn = idx.kNearest(new double[] {0.2, 0}, 2);
      assertArrayEquals(new int[] {0, 1}, nn.indices());
      assertArrayEquals(new double[] {0.2, 0.8}, nn.distances(), 1e-15);
      assertSame(nn, cm.kNearest(new double[] {0.2, 0}, 2), "column-major");
      NeighborIndex.Neighbors near = idx.radius(new double[] {0, 0}, 1.0); // boundary point included
      assertArrayEquals(new int[] {0, 1}, near.indices());
      assertArrayEquals(new double[] {0, 1}, near.distances(), 0.0);
      assertEquals(0, idx.radius(new double[] {10, -10}, 1.0).size());
    }
  }

  @Test
  void batchQueriesDoNotDependOnThreads() {
    int n = 500;
    int d = 5;
    double[] x = data(n, d, 11L);
    double[] q = data(97, d, 12L);
    for (Algorithm a : new Algorithm[] {Algorithm.BRUTE, Algorithm.KD_TREE, Algorithm.BALL_TREE}) {
      NeighborIndex idx = NeighborIndex.build(x, n, d, false, Metric.EUCLIDEAN, 2, a, 10);
      int[] i1 = new int[97 * 6];
      double[] d1 = new double[97 * 6];
      idx.kNearest(q, 97, 6, 1, i1, d1);
      NeighborIndex.Neighbors[] r1 = idx.radius(q, 97, 1.5, 1);
      for (int t : new int[] {2, 3, 8}) {
        int[] it = new int[97 * 6];
        double[] dt = new double[97 * 6];
        idx.kNearest(q, 97, 6, t, it, dt);
        assertArrayEquals(i1, it);
        assertArrayEquals(d1, dt, 0.0);
        NeighborIndex.Neighbors[] rt = idx.radius(q, 97, 1.5, t);
        for (int i = 0; i < 97; i++) {
          assertArrayEquals(r1[i].indices(), rt[i].indices());
          assertArrayEquals(r1[i].distances(), rt[i].distances(), 0.0);
          // batch equals single
          assertSame(idx.radius(java.util.Arrays.copyOfRange(q, i * d, i * d + d), 1.5), rt[i], "single " + i);
        }
      }
    }
  }

  @Test
  void autoRuleAndErrors() {
    assertEquals(Algorithm.KD_TREE, NeighborIndex.resolve(Algorithm.AUTO, 1000, 15, Metric.MANHATTAN, 30));
    assertEquals(Algorithm.BRUTE, NeighborIndex.resolve(Algorithm.AUTO, 1000, 16, Metric.EUCLIDEAN, 30));
    assertEquals(Algorithm.BRUTE, NeighborIndex.resolve(Algorithm.AUTO, 59, 2, Metric.EUCLIDEAN, 30));
    assertEquals(Algorithm.BRUTE, NeighborIndex.resolve(Algorithm.AUTO, 1000, 2, Metric.COSINE, 30));
    assertEquals(Algorithm.BALL_TREE, NeighborIndex.resolve(Algorithm.BALL_TREE, 5, 40, Metric.CHEBYSHEV, 30));
    double[] x = data(50, 2, 1L);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NeighborIndex.build(x, 50, 2, false, Metric.COSINE, 2, Algorithm.KD_TREE, 30));
    assertTrue(e.getMessage().contains("COSINE"), e.getMessage());
    NeighborIndex idx = NeighborIndex.build(x, 50, 2, false, Metric.EUCLIDEAN, 2, Algorithm.BALL_TREE, 5);
    assertTrue(idx.nodeCount() > 1);
    e = assertThrows(IllegalArgumentException.class, () -> idx.kNearest(new double[] {0, 0}, 51));
    assertTrue(e.getMessage().contains("k = 51 exceeds the 50 training rows"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> idx.radius(new double[] {0, 0}, 0.0));
    assertTrue(e.getMessage().contains("radius must be a positive number, got 0.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> idx.radius(new double[] {0, 0, 0}, 1.0));
    assertTrue(e.getMessage().contains("q * d"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> idx.kNearest(new double[] {0, Double.NaN}, 1));
    assertTrue(e.getMessage().contains("query 0, coordinate 1 is NaN"), e.getMessage());
    double[] bad = x.clone();
    bad[7] = Double.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> NeighborIndex.build(bad, 50, 2, false, Metric.EUCLIDEAN, 2, Algorithm.AUTO, 30));
    assertTrue(e.getMessage().contains("point 3, coordinate 1 is NaN"), e.getMessage());
  }
}
