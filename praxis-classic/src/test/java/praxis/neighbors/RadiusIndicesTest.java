package praxis.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NeighborIndex#radiusIndices} returns the same sets as {@link NeighborIndex#radius}, for every algorithm. */
class RadiusIndicesTest {
  @Test
  void sameSetsAsSortedRadiusQueries() {
    SplittableRandom rnd = new SplittableRandom(5);
    int n = 800;
    int d = 3;
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = rnd.nextDouble();
    }
    for (Algorithm a : new Algorithm[] {Algorithm.BRUTE, Algorithm.KD_TREE, Algorithm.BALL_TREE}) {
      NeighborIndex idx = NeighborIndex.build(x, n, d, false, Metric.EUCLIDEAN, 2.0, a, 20);
      NeighborIndex.Neighbors[] sorted = idx.radius(x, n, 0.15, 2);
      int[][] sets = idx.radiusIndices(x, n, 0.15, 3);
      for (int i = 0; i < n; i++) {
        int[] s = sets[i].clone();
        Arrays.sort(s);
        int[] t = sorted[i].indices().clone();
        Arrays.sort(t);
        assertArrayEquals(t, s, a + " row " + i);
      }
    }
  }

  @Test
  void selfJoinGivesTheSameSetsForEveryAlgorithmMetricAndThreadCount() {
    SplittableRandom rnd = new SplittableRandom(9);
    int n = 900;
    int d = 5;
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      // clustered, with exact duplicates and points on a grid (distances exactly equal to r occur)
      double c = rnd.nextInt(4) * 3.0;
      for (int j = 0; j < d; j++) {
        x[i * d + j] = i % 7 == 0 ? Math.floor((c + rnd.nextDouble()) * 4) / 4 : c + rnd.nextGaussian() * 0.5;
      }
      if (i % 11 == 0 && i > 0) {
        System.arraycopy(x, (i - 1) * d, x, i * d, d);
      }
    }
    for (Metric m : new Metric[] {Metric.EUCLIDEAN, Metric.MANHATTAN}) {
      for (Algorithm a : new Algorithm[] {Algorithm.BRUTE, Algorithm.KD_TREE, Algorithm.BALL_TREE}) {
        for (int leaf : new int[] {1, 30}) {
          NeighborIndex idx = NeighborIndex.build(x, n, d, false, m, 2.0, a, leaf);
          for (double r : new double[] {0.25, 0.5, 1.0}) {
            int[][] ref = idx.radiusIndices(x, n, r, 1);
            for (int threads : new int[] {1, 3}) {
              int[][] self = idx.selfRadiusIndices(r, threads);
              for (int i = 0; i < n; i++) {
                int[] s = self[i].clone();
                Arrays.sort(s);
                int[] t = ref[i].clone();
                Arrays.sort(t);
                assertArrayEquals(t, s, m + " " + a + " leaf " + leaf + " r " + r + " row " + i);
              }
            }
          }
        }
      }
    }
  }
}
