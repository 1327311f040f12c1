package praxis.manifold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Barnes–Hut quadtree (2-D) and octree (3-D) against the brute-force repulsive sums
 * {@code Z_i = sum_j q_ij} and {@code F_i = sum_j q_ij^2 (y_i - y_j)} with {@code q_ij = 1 / (1 + |y_i - y_j|^2)}:
 * with angle 0 every cell is opened down to single points, so they agree to rounding (1e-12 relative); with
 * angle 0.5 the approximation stays within 2% (Z) and 5% of the largest force.
 */
class SpaceTreeTest {
  @Test
  void matchesBruteForce() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int d = 2; d <= 3; d++) {
      int n = 400;
      double[] y = new double[n * d];
      for (int t = 0; t < y.length; t++) {
        y[t] = rng.nextDouble() * 10 + (t % 7 == 0 ? 20 : 0);
      }
      // one exact duplicate: must be skipped like the point itself
      System.arraycopy(y, 0, y, d, d);
      SpaceTree tree = new SpaceTree(y, n, d);
      double[] f = new double[d];
      double maxF = 0;
      double[][] exactF = new double[n][d];
      double[] exactZ = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double d2 = TSNE.sqDist(y, i, j, d);
          if (j == i || d2 == 0) {
            continue;
          }
          double q = 1 / (1 + d2);
          exactZ[i] += q;
          for (int a = 0; a < d; a++) {
            exactF[i][a] += q * q * (y[i * d + a] - y[j * d + a]);
            maxF = Math.max(maxF, Math.abs(exactF[i][a]));
          }
        }
      }
      for (int i = 0; i < n; i++) {
        double z = tree.negativeForce(i, 0.0, 1.0, f);
        assertEquals(exactZ[i], z, 1e-12 * exactZ[i], d + "-D Z, point " + i);
        for (int a = 0; a < d; a++) {
          assertEquals(exactF[i][a], f[a], 1e-12 * maxF, d + "-D force, point " + i);
        }
        double za = tree.negativeForce(i, 0.25, 1.0, f);
        assertTrue(Math.abs(za - exactZ[i]) <= 0.02 * exactZ[i], d + "-D approximate Z " + za + " vs " + exactZ[i]);
        for (int a = 0; a < d; a++) {
          assertTrue(Math.abs(f[a] - exactF[i][a]) <= 0.05 * maxF, d + "-D approximate force, point " + i);
        }
      }
    }
  }
}
