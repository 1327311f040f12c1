package praxis.optim;

import praxis.api.Check;

/**
 * Limited-memory BFGS minimizer of a smooth unconstrained function (Nocedal &amp; Wright, <i>Numerical
 * Optimization</i>, 2nd ed., Algorithms 7.4/7.5 for the two-loop recursion and 3.5/3.6 for the line search).
 *
 * <p>Each iteration builds the search direction {@code d = -H g} from the last {@code memory} pairs
 * {@code s = x_{k+1} - x_k}, {@code y = g_{k+1} - g_k} (initial Hessian scaling {@code s'y / y'y}), then
 * finds a step length satisfying the <b>strong Wolfe conditions</b> ({@code c1 = 1e-4}, {@code c2 = 0.9})
 * by bracketing and zooming with safeguarded cubic interpolation. Pairs with {@code s'y <= 1e-10 y'y} are
 * skipped so that the inverse-Hessian approximation stays positive definite. Near the minimum, where the
 * decrease of f is below rounding error, Hager and Zhang's approximate Wolfe conditions are accepted too.
 *
 * <p>Stops when the largest absolute gradient component is {@code <= gradTol} (like SciPy's {@code pgtol}),
 * when the relative decrease {@code (f_k - f_{k+1}) / max(|f_k|, |f_{k+1}|, 1)} is {@code <= relTol}, after
 * {@code maxIter} iterations, or when the line search cannot make progress (the best point so far is
 * returned and the {@link Status} says why). Cost per iteration: {@code O(memory * n)} plus the function
 * evaluations (usually one).
 *
 * <pre>{@code
 * Lbfgs.Objective f = (x, g) -> { g[0] = 2 * (x[0] - 3); return (x[0] - 3) * (x[0] - 3); };
 * Lbfgs.Result r = new Lbfgs().minimize(f, new double[] {0});
 * double xmin = r.x()[0];   // 3.0
 * }</pre>
 */
public final class Lbfgs {
  private static final double C1 = 1e-4;
  private static final double C2 = 0.9;
  private static final int MAX_LINE_SEARCH = 40;

  /** A differentiable function. */
  @FunctionalInterface
  public interface Objective {
    /**
     * Returns f(x) and writes the gradient at {@code x} into {@code grad} (same length as {@code x}).
     * Must not modify {@code x}.
     */
    double valueAndGradient(double[] x, double[] grad);
  }

  /** Why the minimization stopped. */
  public enum Status {
    /** The largest absolute gradient component fell to {@code gradTol}. */
    GRADIENT_TOLERANCE,
    /** The relative function decrease fell to {@code relTol}. */
    FUNCTION_TOLERANCE,
    /** {@code maxIter} iterations were done without meeting a tolerance. */
    MAX_ITERATIONS,
    /** No step satisfying the Wolfe conditions was found (usually: at the limit of floating-point precision). */
    LINE_SEARCH_FAILED
  }

  /**
   * Outcome of a minimization.
   *
   * @param x the best point found
   * @param value f(x)
   * @param gradient gradient at x
   * @param iterations iterations done
   * @param evaluations function evaluations done
   * @param status why it stopped
   */
  public record Result(double[] x, double value, double[] gradient, int iterations, int evaluations, Status status) {
    /** Largest absolute gradient component at {@link #x()}. */
    public double gradientNorm() {
      return Vec.maxAbs(gradient);
    }

    /** Whether a tolerance (gradient or function decrease) was met. */
    public boolean converged() {
      return status == Status.GRADIENT_TOLERANCE || status == Status.FUNCTION_TOLERANCE;
    }
  }

  private final int memory;
  private final int maxIter;
  private final double gradTol;
  private final double relTol;

  /** Memory 10, at most 1000 iterations, gradient tolerance 1e-6, relative decrease tolerance 1e-12. */
  public Lbfgs() {
    this(10, 1000, 1e-6, 1e-12);
  }

  /**
   * @param memory number of correction pairs kept (&gt;= 1; 5-20 is typical)
   * @param maxIter maximum iterations (&gt;= 1)
   * @param gradTol stop when {@code max|g_i| <= gradTol} (&gt;= 0)
   * @param relTol stop when the relative decrease of f is {@code <= relTol} (&gt;= 0; 0 disables this test)
   */
  public Lbfgs(int memory, int maxIter, double gradTol, double relTol) {
    this.memory = Check.atLeast(memory, 1, "memory");
    this.maxIter = Check.atLeast(maxIter, 1, "maxIter");
    this.gradTol = Check.nonNegative(gradTol, "gradTol");
    this.relTol = Check.nonNegative(relTol, "relTol");
  }

  /**
   * Minimizes {@code f} from {@code x0} (not modified).
   *
   * @throws IllegalArgumentException if {@code x0} is empty or f/gradient at {@code x0} are not finite
   */
  public Result minimize(Objective f, double[] x0) {
    int n = x0.length;
    if (n == 0) {
      throw new IllegalArgumentException("x0 must have at least one component, got length 0");
    }
    double[] x = x0.clone();
    double[] g = new double[n];
    double fx = f.valueAndGradient(x, g);
    int evals = 1;
    if (!Double.isFinite(fx) || !Vec.allFinite(g)) {
      throw new IllegalArgumentException("the objective at the starting point is " + fx
          + " with gradient finite=" + Vec.allFinite(g) + "; start from a point where f and its gradient are finite");
    }
    QuasiNewtonMemory mem = new QuasiNewtonMemory(memory, n);
    double[] d = new double[n];
    double[] xt = new double[n];
    double[] gt = new double[n];
    double[] xBest = new double[n];
    double[] gBest = new double[n];
    LineSearch ls = new LineSearch(f, n);

    if (Vec.maxAbs(g) <= gradTol) {
      return new Result(x, fx, g, 0, evals, Status.GRADIENT_TOLERANCE);
    }
    for (int iter = 1; iter <= maxIter; iter++) {
      mem.direction(g, d); // d = -H g
      double dg = Vec.dot(d, g);
      if (!(dg < 0)) {
        // not a descent direction (numerical trouble): restart from steepest descent
        mem.reset();
        for (int i = 0; i < n; i++) {
          d[i] = -g[i];
        }
        dg = Vec.dot(d, g);
      }
      double step0 = mem.isEmpty() ? Math.min(1.0, 1.0 / Math.sqrt(-dg)) : 1.0;
      boolean ok = ls.search(x, fx, g, d, dg, step0, xt, gt);
      evals += ls.evaluations;
      if (!ok) {
        if (ls.bestStep > 0) {
          System.arraycopy(ls.bestX, 0, xBest, 0, n);
          System.arraycopy(ls.bestG, 0, gBest, 0, n);
          return new Result(xBest, ls.bestF, gBest, iter, evals, Status.LINE_SEARCH_FAILED);
        }
        return new Result(x, fx, g, iter, evals, Status.LINE_SEARCH_FAILED);
      }
      double fNew = ls.value;
      mem.update(x, xt, g, gt);
      double fOld = fx;
      System.arraycopy(xt, 0, x, 0, n);
      System.arraycopy(gt, 0, g, 0, n);
      fx = fNew;
      if (Vec.maxAbs(g) <= gradTol) {
        return new Result(x, fx, g, iter, evals, Status.GRADIENT_TOLERANCE);
      }
      if (relTol > 0 && (fOld - fx) <= relTol * Math.max(Math.max(Math.abs(fOld), Math.abs(fx)), 1.0)) {
        return new Result(x, fx, g, iter, evals, Status.FUNCTION_TOLERANCE);
      }
    }
    return new Result(x, fx, g, maxIter, evals, Status.MAX_ITERATIONS);
  }

  /** Strong-Wolfe line search by bracketing and zoom (Nocedal &amp; Wright Algorithms 3.5 and 3.6). */
  private static final class LineSearch {
    private final Objective f;
    private final double[] bestX;
    private final double[] bestG;
    double bestF;
    double bestStep;
    double value;
    int evaluations;
    private double[] x;
    private double[] d;
    private double[] xt;
    private double[] gt;

    LineSearch(Objective f, int n) {
      this.f = f;
      this.bestX = new double[n];
      this.bestG = new double[n];
    }

    /** Evaluates phi(a) into xt/gt, returns phi(a); the directional derivative is in lastSlope. */
    private double lastSlope;

    private double eval(double a) {
      for (int i = 0; i < x.length; i++) {
        xt[i] = x[i] + a * d[i];
      }
      double v = f.valueAndGradient(xt, gt);
      evaluations++;
      lastSlope = Vec.dot(gt, d);
      if (Double.isFinite(v) && v < bestF) {
        bestF = v;
        bestStep = a;
        System.arraycopy(xt, 0, bestX, 0, xt.length);
        System.arraycopy(gt, 0, bestG, 0, gt.length);
      }
      return v;
    }

    /**
     * On success returns true with the accepted point in xt/gt and its value in {@link #value}.
     */
    boolean search(double[] x0, double f0, double[] g0, double[] dir, double dg0, double step0, double[] xtOut,
        double[] gtOut) {
      this.x = x0;
      this.d = dir;
      this.xt = xtOut;
      this.gt = gtOut;
      this.evaluations = 0;
      this.bestF = f0;
      this.bestStep = 0;
      double aPrev = 0;
      double fPrev = f0;
      double dPrev = dg0;
      double a = step0;
      for (int i = 0; i < MAX_LINE_SEARCH; i++) {
        double fa = eval(a);
        double da = lastSlope;
        if (!Double.isFinite(fa) || !Double.isFinite(da)) {
          // overshot into a region where f is not finite: shrink
          a = aPrev + 0.5 * (a - aPrev);
          continue;
        }
        if (approximateWolfe(f0, dg0, fa, da)) {
          value = fa;
          return true;
        }
        if (fa > f0 + C1 * a * dg0 || (i > 0 && fa >= fPrev)) {
          return zoom(f0, dg0, aPrev, fPrev, dPrev, a, fa, da);
        }
        if (Math.abs(da) <= -C2 * dg0) {
          value = fa;
          return true;
        }
        if (da >= 0) {
          return zoom(f0, dg0, a, fa, da, aPrev, fPrev, dPrev);
        }
        aPrev = a;
        fPrev = fa;
        dPrev = da;
        a = a * 4;
      }
      return false;
    }

    /**
     * Hager and Zhang's approximate Wolfe conditions (SIAM J. Optim. 16, 2005): near a minimum the decrease
     * of f drowns in rounding error, so a step whose slope satisfies the curvature conditions is accepted
     * when f does not grow by more than a relative 1e-12.
     */
    private static boolean approximateWolfe(double f0, double dg0, double fa, double da) {
      return fa <= f0 + 1e-12 * Math.abs(f0) && da >= C2 * dg0 && da <= (2 * C1 - 1) * dg0
          && Math.abs(da) <= -C2 * dg0;
    }

    private boolean zoom(double f0, double dg0, double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
      for (int j = 0; j < MAX_LINE_SEARCH; j++) {
        double width = Math.abs(hi - lo);
        if (width <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi)) || width == 0) {
          break;
        }
        double a = cubicMin(lo, fLo, dLo, hi, fHi, dHi);
        double left = Math.min(lo, hi);
        double right = Math.max(lo, hi);
        double margin = 0.1 * (right - left);
        if (!(a >= left + margin && a <= right - margin)) {
          a = 0.5 * (lo + hi);
        }
        double fa = eval(a);
        double da = lastSlope;
        if (Double.isFinite(fa) && approximateWolfe(f0, dg0, fa, da)) {
          value = fa;
          return true;
        }
        if (!Double.isFinite(fa) || fa > f0 + C1 * a * dg0 || fa >= fLo) {
          hi = a;
          fHi = Double.isFinite(fa) ? fa : Double.MAX_VALUE;
          dHi = Double.isFinite(da) ? da : 0;
        } else {
          if (Math.abs(da) <= -C2 * dg0) {
            value = fa;
            return true;
          }
          if (da * (hi - lo) >= 0) {
            hi = lo;
            fHi = fLo;
            dHi = dLo;
          }
          lo = a;
          fLo = fa;
          dLo = da;
        }
      }
      // interval collapsed: accept the best point if it decreased f sufficiently
      if (bestStep > 0 && bestF <= f0 + C1 * bestStep * dg0) {
        System.arraycopy(bestX, 0, xt, 0, xt.length);
        System.arraycopy(bestG, 0, gt, 0, gt.length);
        value = bestF;
        return true;
      }
      return false;
    }
  }

  /** Minimizer of the cubic interpolating (a, fa, da) and (b, fb, db); NaN when it does not exist. */
  static double cubicMin(double a, double fa, double da, double b, double fb, double db) {
    double d1 = da + db - 3 * (fa - fb) / (a - b);
    double disc = d1 * d1 - da * db;
    if (!(disc >= 0)) {
      return Double.NaN;
    }
    double d2 = Math.signum(b - a) * Math.sqrt(disc);
    double denom = db - da + 2 * d2;
    if (denom == 0) {
      return Double.NaN;
    }
    return b - (b - a) * (db + d2 - d1) / denom;
  }





  @Override
  public String toString() {
    return "Lbfgs[memory=" + memory + ", maxIter=" + maxIter + ", gradTol=" + gradTol + ", relTol=" + relTol + "]";
  }
}
