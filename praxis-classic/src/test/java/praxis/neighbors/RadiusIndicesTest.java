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
}
