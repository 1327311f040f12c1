package praxis.optim;

import praxis.api.Check;

/**
 * Orthant-wise limited-memory quasi-Newton (OWL-QN; Andrew &amp; Gao, "Scalable training of L1-regularized
 * log-linear models", ICML 2007): minimizes {@code F(x) = f(x) + sum_i l1_i |x_i|} for a smooth {@code f}
 * (an {@link Lbfgs.Objective}) and per-coordinate L1 weights {@code l1_i >= 0} (0 leaves a coordinate, e.g.
 * an intercept, unpenalized).
 *
 * <p>Each iteration computes the <i>pseudo-gradient</i> {@code pg} of F (the gradient of f plus {@code l1_i
 * sign(x_i)} off zero; at zero the one-sided derivative that points downhill, or 0 when {@code |g_i| <= l1_i}),
 * the L-BFGS direction {@code d = -H pg} from the last {@code memory} pairs of steps and <b>smooth</b> gradient
 * differences (two-loop recursion as in {@link Lbfgs}, initial scaling {@code s'y / y'y}, pairs with {@code s'y
 * <= 1e-10 y'y} skipped), zeroes the penalized components of {@code d} whose sign disagrees with {@code -pg}
 * (unpenalized ones keep the quasi-Newton direction), and backtracks (halving, Armijo constant 1e-4 against
 * {@code pg'(x_new - x)}; near the minimum, where the decrease drowns in rounding error, a step that does not
 * increase F is accepted too and the relative-decrease test then stops) along the path projected on the orthant
 * of the current point (a coordinate that would change sign is set to 0). With all {@code l1_i = 0} this is
 * L-BFGS with a backtracking line search.
 *
 * <p>Stops when the largest absolute pseudo-gradient component is {@code <= gradTol} (at a minimizer it is
 * 0), when the relative decrease of F is {@code <= relTol}, after {@code maxIter} iterations, or when the
 * backtracking finds no decrease (the best point is returned). The {@link Lbfgs.Result} it returns holds
 * the pseudo-gradient and the value of F. Cost per iteration: {@code O(memory * n)} plus the evaluations
 * (usually one).
 *
 * <pre>{@code
 * // minimize (x - 3)^2 + 8 |x|: at x = 0 the slope of the smooth part, -6, is inside [-8, 8], so x = 0
 * Lbfgs.Objective f = (x, g) -> { g[0] = 2 * (x[0] - 3); return (x[0] - 3) * (x[0] - 3); };
 * Lbfgs.Result r = new OwlQn().minimize(f, new double[] {8}, new double[] {1});
 * double xmin = r.x()[0];   // 0.0
 * }</pre>
 */
public final class OwlQn {
  private static final double C1 = 1e-4;
  private static final int MAX_BACKTRACK = 60;

  private final int memory;
  private final int maxIter;
  private final double gradTol;
  private final double relTol;

  /** Memory 10, at most 1000 iterations, pseudo-gradient tolerance 1e-6, relative decrease tolerance 1e-12. */
  public OwlQn() {
    this(10, 1000, 1e-6, 1e-12);
  }

  /**
   * @param memory number of correction pairs kept (&gt;= 1)
   * @param maxIter maximum iterations (&gt;= 1)
   * @param gradTol stop when the largest absolute pseudo-gradient component is {@code <= gradTol} (&gt;= 0)
   * @param relTol stop when the relative decrease of F is {@code <= relTol} (&gt;= 0; 0 disables this test)
   */
  public OwlQn(int memory, int maxIter, double gradTol, double relTol) {
    this.memory = Check.atLeast(memory, 1, "memory");
    this.maxIter = Check.atLeast(maxIter, 1, "maxIter");
    this.gradTol = Check.nonNegative(gradTol, "gradTol");
    this.relTol = Check.nonNegative(relTol, "relTol");
  }

  /**
   * Minimizes {@code f(x) + sum_i l1[i] |x[i]|} from {@code x0} (not modified).
   *
   * @param f the smooth part
   * @param l1 per-coordinate L1 weights (same length as {@code x0}, each finite and &gt;= 0)
   * @param x0 starting point
   * @return the best point, F there, the pseudo-gradient there, iterations, evaluations and why it stopped
   * @throws IllegalArgumentException if the lengths differ, {@code x0} is empty, a weight is negative or
   *     f/gradient at {@code x0} are not finite
   */
  public Lbfgs.Result minimize(Lbfgs.Objective f, double[] l1, double[] x0) {
    int n = x0.length;
    if (n == 0) {
      throw new IllegalArgumentException("x0 must have at least one component, got length 0");
    }
    if (l1.length != n) {
      throw new IllegalArgumentException("l1 has " + l1.length + " weights but x0 has " + n
          + " components; pass one L1 weight per coordinate");
    }
    for (int i = 0; i < n; i++) {
      if (!(l1[i] >= 0) || !Double.isFinite(l1[i])) {
        throw new IllegalArgumentException("l1[" + i + "] must be finite and >= 0 but is " + l1[i]
            + "; use 0 for unpenalized coordinates");
      }
    }
    double[] x = x0.clone();
    double[] g = new double[n];
    double fx = f.valueAndGradient(x, g);
    int evals = 1;
    if (!Double.isFinite(fx) || !Vec.allFinite(g)) {
      throw new IllegalArgumentException("the objective at the starting point is " + fx
          + " with gradient finite=" + Vec.allFinite(g) + "; start from a point where f and its gradient are finite");
    }
    double big = fx + l1Norm(l1, x);
    double[] pg = new double[n];
    pseudoGradient(x, g, l1, pg);
    if (Vec.maxAbs(pg) <= gradTol) {
      return new Lbfgs.Result(x, big, pg, 0, evals, Lbfgs.Status.GRADIENT_TOLERANCE);
    }
    QuasiNewtonMemory mem = new QuasiNewtonMemory(memory, n);
    double[] d = new double[n];
    double[] xt = new double[n];
    double[] gt = new double[n];
    double[] orthant = new double[n];
    for (int iter = 1; iter <= maxIter; iter++) {
      mem.direction(pg, d);
      // keep only the penalized components that agree in sign with the steepest descent direction -pg
      for (int i = 0; i < n; i++) {
        if (l1[i] > 0 && d[i] * pg[i] >= 0) {
          d[i] = 0;
        }
      }
      if (!(Vec.dot(d, pg) < 0)) {
        mem.reset();
        for (int i = 0; i < n; i++) {
          d[i] = -pg[i];
        }
      }
      for (int i = 0; i < n; i++) {
        orthant[i] = x[i] != 0 ? Math.signum(x[i]) : -Math.signum(pg[i]);
      }
      double step = mem.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(Vec.dot(pg, pg))) : 1.0;
      double bigNew = Double.NaN;
      boolean accepted = false;
      for (int t = 0; t < MAX_BACKTRACK; t++) {
        double decrease = 0;
        for (int i = 0; i < n; i++) {
          double v = x[i] + step * d[i];
          if (l1[i] > 0 && v * orthant[i] <= 0) {
            v = 0;
          }
          xt[i] = v;
          decrease += pg[i] * (v - x[i]);
        }
        double ft = f.valueAndGradient(xt, gt);
        evals++;
        bigNew = ft + l1Norm(l1, xt);
        if (Double.isFinite(bigNew) && Vec.allFinite(gt)
            && (bigNew <= big + C1 * decrease || (bigNew <= big && big - bigNew <= 1e-13 * Math.abs(big)))) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) {
        return new Lbfgs.Result(x, big, pg, iter, evals, Lbfgs.Status.LINE_SEARCH_FAILED);
      }
      mem.update(x, xt, g, gt);
      double bigOld = big;
      System.arraycopy(xt, 0, x, 0, n);
      System.arraycopy(gt, 0, g, 0, n);
      big = bigNew;
      pseudoGradient(x, g, l1, pg);
      if (Vec.maxAbs(pg) <= gradTol) {
        return new Lbfgs.Result(x, big, pg, iter, evals, Lbfgs.Status.GRADIENT_TOLERANCE);
      }
      if (relTol > 0 && (bigOld - big) <= relTol * Math.max(Math.max(Math.abs(bigOld), Math.abs(big)), 1.0)) {
        return new Lbfgs.Result(x, big, pg, iter, evals, Lbfgs.Status.FUNCTION_TOLERANCE);
      }
    }
    return new Lbfgs.Result(x, big, pg, maxIter, evals, Lbfgs.Status.MAX_ITERATIONS);
  }

  /** The minimum-norm subgradient of F at x (0 where the kink absorbs the smooth gradient). */
  static void pseudoGradient(double[] x, double[] g, double[] l1, double[] pg) {
    for (int i = 0; i < x.length; i++) {
      double lam = l1[i];
      if (lam == 0) {
        pg[i] = g[i];
      } else if (x[i] > 0) {
        pg[i] = g[i] + lam;
      } else if (x[i] < 0) {
        pg[i] = g[i] - lam;
      } else if (g[i] + lam < 0) {
        pg[i] = g[i] + lam;
      } else if (g[i] - lam > 0) {
        pg[i] = g[i] - lam;
      } else {
        pg[i] = 0;
      }
    }
  }

  private static double l1Norm(double[] l1, double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += l1[i] * Math.abs(x[i]);
    }
    return s;
  }





  @Override
  public String toString() {
    return "OwlQn[memory=" + memory + ", maxIter=" + maxIter + ", gradTol=" + gradTol + ", relTol=" + relTol + "]";
  }
}
