package praxis.boost.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked routing of the compact (branch-free) prediction path: thresholds, ties, missing values. */
class EnsembleRoutingTest {
  private static GrownTree twoLevel() {
    // root: x0 <= 0.5 (NaN left) -> node 1, else leaf 2 (10); node 1: x1 <= -1 (NaN right) -> leaf 3 (1), else
    // leaf 4 (2)
    return new GrownTree(5, new int[] {0, 1, -1, -1, -1}, new int[] {3, 7, 0, 0, 0},
        new double[] {0.5, -1, 0, 0, 0}, new boolean[] {true, false, false, false, false}, new long[5][],
        new int[] {1, 3, -1, -1, -1}, new int[] {2, 4, -1, -1, -1}, new double[] {0, 0, 10, 1, 2},
        new double[] {4, 3, 1, 2, 1}, new double[5]);
  }

  private static GrownTree leaf(double v) {
    return new GrownTree(1, new int[] {-1}, new int[1], new double[1], new boolean[1], new long[1][],
        new int[] {-1}, new int[] {-1}, new double[] {v}, new double[] {4}, new double[1]);
  }

  @Test
  void rowsReachTheHandCheckedLeaves() {
    Ensemble e = Ensemble.of(1, new double[] {0.5}, List.of(twoLevel(), leaf(100), twoLevel()));
    double nan = Double.NaN;
    double[][] rows = {{0.2, -2}, {nan, nan}, {0.9, nan}, {0.5, -1}, {nan, 3}, {-0.0, -1.0000001}};
    double[] expected = {0.5 + 1 + 100 + 1, 0.5 + 2 + 100 + 2, 0.5 + 10 + 100 + 10, 0.5 + 1 + 100 + 1,
        0.5 + 2 + 100 + 2, 0.5 + 1 + 100 + 1};
    double[][] cols = new double[2][rows.length];
    double[] one = new double[1];
    for (int i = 0; i < rows.length; i++) {
      cols[0][i] = rows[i][0];
      cols[1][i] = rows[i][1];
      e.predictRaw(rows[i], one);
      assertEquals(expected[i], one[0], 0.0, "row " + i);
      // the general path (node by node) agrees
      double viaLeaves = 0.5;
      for (int t = 0; t < e.trees(); t++) {
        viaLeaves += e.value(e.leaf(t, rows[i]));
      }
      assertEquals(expected[i], viaLeaves, 0.0, "row " + i + " via leaf()");
    }
    assertArrayEquals(expected, e.predictRaw(cols, rows.length), 0.0);
  }
}
