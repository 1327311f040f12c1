package praxis.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OwlQnTest {

  @Test
  void oneDimensionalKinkAndShiftedMinimum() {
    Lbfgs.Objective f = (x, g) -> {
      g[0] = 2 * (x[0] - 3);
      return (x[0] - 3) * (x[0] - 3);
    };
    // slope -6 at 0 lies inside [-8, 8]: the minimizer is the kink
    Lbfgs.Result r = new OwlQn().minimize(f, new double[] {8}, new double[] {1});
    assertTrue(r.converged(), r.status().toString());
    assertEquals(0.0, r.x()[0], 0.0);
    assertEquals(9.0, r.value(), 1e-12);
    // with weight 2: 2 (x - 3) + 2 = 0 gives x = 2, F = 1 + 4 = 5
    r = new OwlQn(10, 1000, 1e-12, 0).minimize(f, new double[] {2}, new double[] {-5});
    assertEquals(2.0, r.x()[0], 1e-10);
    assertEquals(5.0, r.value(), 1e-12);
  }

  @Test
  void separableQuadraticGivesTheSoftThresholdClosedForm() {
    // f = sum a_i (x_i - b_i)^2 / 2, minimizer of f + sum l_i |x_i|: sign(b_i) max(|b_i| - l_i / a_i, 0)
    int n = 30;
    SplittableRandom rnd = new SplittableRandom(3);
    double[] a = new double[n];
    double[] b = new double[n];
    double[] l = new double[n];
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 0.5 + 4 * rnd.nextDouble();
      b[i] = rnd.nextDouble(-3, 3);
      l[i] = i % 5 == 0 ? 0 : 2 * rnd.nextDouble();
      expected[i] = Math.signum(b[i]) * Math.max(Math.abs(b[i]) - l[i] / a[i], 0);
    }
    Lbfgs.Objective f = (x, g) -> {
      double v = 0;
      for (int i = 0; i < n; i++) {
        double d = x[i] - b[i];
        g[i] = a[i] * d;
        v += 0.5 * a[i] * d * d;
      }
      return v;
    };
    Lbfgs.Result r = new OwlQn(10, 1000, 1e-10, 0).minimize(f, l, new double[n]);
    assertTrue(r.converged(), r.status().toString());
    assertArrayEquals(expected, r.x(), 1e-10);
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      if (expected[i] == 0) {
        assertEquals(0.0, r.x()[i], 0.0, "coordinate " + i + " is exactly zero");
        zeros++;
      }
    }
    assertTrue(zeros >= 3, "the case exercises the kink: " + zeros + " zeros");
  }

  @Test
  void lassoMatchesCoordinateDescent() {
    // f = ||A x - y||^2 / 2 with correlated columns; reference: cyclic coordinate descent run to 1e-15
    int m = 40;
    int n = 12;
    SplittableRandom rnd = new SplittableRandom(17);
    double[][] a = new double[m][n];
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double common = rnd.nextGaussian();
      for (int j = 0; j < n; j++) {
        a[i][j] = 0.6 * common + rnd.nextGaussian();
      }
      y[i] = 2 * a[i][0] - 1.5 * a[i][3] + 0.5 * a[i][7] + 0.3 * rnd.nextGaussian();
    }
    double lam = 8.0;
    double[] l1 = new double[n];
    java.util.Arrays.fill(l1, lam);
    double[] cd = new double[n];
    double[] res = y.clone();
    for (int sweep = 0; sweep < 100000; sweep++) {
      double change = 0;
      for (int j = 0; j < n; j++) {
        double ss = 0;
        double rho = 0;
        for (int i = 0; i < m; i++) {
          ss += a[i][j] * a[i][j];
          rho += a[i][j] * (res[i] + a[i][j] * cd[j]);
        }
        double nw = Math.signum(rho) * Math.max(Math.abs(rho) - lam, 0) / ss;
        for (int i = 0; i < m; i++) {
          res[i] -= a[i][j] * (nw - cd[j]);
        }
        change = Math.max(change, Math.abs(nw - cd[j]));
        cd[j] = nw;
      }
      if (change < 1e-15) {
        break;
      }
    }
    Lbfgs.Objective f = (x, g) -> {
      java.util.Arrays.fill(g, 0);
      double v = 0;
      for (int i = 0; i < m; i++) {
        double r = -y[i];
        for (int j = 0; j < n; j++) {
          r += a[i][j] * x[j];
        }
        v += 0.5 * r * r;
        for (int j = 0; j < n; j++) {
          g[j] += r * a[i][j];
        }
      }
      return v;
    };
    Lbfgs.Result r = new OwlQn(10, 5000, 1e-10, 0).minimize(f, l1, new double[n]);
    assertTrue(r.converged(), r.status().toString());
    assertArrayEquals(cd, r.x(), 1e-8);
    for (int j = 0; j < n; j++) {
      if (cd[j] == 0) {
        assertEquals(0.0, r.x()[j], 0.0, "coordinate " + j);
      }
    }
  }

  @Test
  void withoutPenaltyItMinimizesRosenbrock() {
    Lbfgs.Result r = new OwlQn(10, 2000, 1e-9, 0).minimize(LbfgsTest::rosenbrock, new double[2],
        new double[] {-1.2, 1});
    assertTrue(r.converged(), r.status().toString());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-6);
  }

  @Test
  void rejectsBadArguments() {
    Lbfgs.Objective f = (x, g) -> {
      g[0] = x[0];
      return 0.5 * x[0] * x[0];
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OwlQn().minimize(f, new double[] {1, 1}, new double[] {1}));
    assertTrue(e.getMessage().contains("l1 has 2 weights but x0 has 1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new OwlQn().minimize(f, new double[] {-1}, new double[] {1}));
    assertTrue(e.getMessage().contains("l1[0] must be finite and >= 0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new OwlQn(0, 10, 1e-6, 0));
    assertTrue(e.getMessage().contains("memory"), e.getMessage());
  }
}
