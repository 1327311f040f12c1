package praxis.linear;

import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Ridge on sparse input without densifying: conjugate gradients on {@code (XcᵀXc + alpha·I) w = Xcᵀyc},
 * matrix-free, where {@code Xc = X − 1 x̄ᵀ} is the centred design applied implicitly as scikit-learn's
 * {@code sparse_cg} does with {@code X_offset} ({@code Xc v = X v − (x̄·v) 1},
 * {@code Xcᵀu = Xᵀu − x̄ Σu}); the intercept is then {@code ȳ − x̄·w}. Each iteration costs O(nnz + n + p).
 * The iteration stops when {@code ‖residual‖ <= 1e-12 ‖Xcᵀyc‖} (far tighter than scikit-learn's default
 * {@code tol = 1e-4}, so the solution equals the dense closed form to about 1e-9 relative) or after
 * {@code max(1000, 2p)} iterations. With {@code alpha = 0} CG started at zero converges to the minimum-norm
 * least-squares solution, as the SVD solver does on dense input.
 *
 * <pre>{@code
 * SparseRidgeSolver.Result r = SparseRidgeSolver.fit(x, y, 1.0, true);   // x has sparse columns
 * double[] w = r.coef();
 * }</pre>
 */
final class SparseRidgeSolver {
  private SparseRidgeSolver() {}

  /** Coefficients, intercept, CG iterations and whether the residual test passed. */
  record Result(double[] coef, double intercept, int iterations, boolean converged) {}

  static Result fit(Frame x, Target y, double alpha, boolean fitIntercept) {
    CsrMatrix a = Inputs.fitCsr(x, y, "Ridge");
    y.requireKind(Target.Kind.VALUES);
    double[] yy = y.values().clone();
    return solve(a, yy, alpha, fitIntercept);
  }

  /** Solves for the given CSR design and target ({@code y} is overwritten by its centred copy). */
  static Result solve(CsrMatrix x, double[] y, double alpha, boolean fitIntercept) {
    int n = x.rows();
    int p = x.cols();
    double[] mean = new double[p];
    double ym = 0;
    if (fitIntercept) {
      double[] cs = x.columnSums();
      for (int j = 0; j < p; j++) {
        mean[j] = cs[j] / n;
      }
      for (double v : y) {
        ym += v;
      }
      ym /= n;
      for (int i = 0; i < n; i++) {
        y[i] -= ym;
      }
    }
    double[] u = new double[n];
    double[] b = new double[p];
    applyT(x, mean, y, b);
    double bNorm = Math.sqrt(dot(b, b));
    double[] w = new double[p];
    if (bNorm == 0) {
      return new Result(w, ym, 0, true);
    }
    double[] r = b.clone();
    double[] d = b.clone();
    double[] q = new double[p];
    double rr = dot(r, r);
    double stop = 1e-12 * bNorm;
    int maxIter = Math.max(1000, 2 * p);
    int it = 0;
    boolean converged = false;
    while (it < maxIter) {
      // q = (XcᵀXc + alpha I) d
      apply(x, mean, d, u);
      applyT(x, mean, u, q);
      for (int j = 0; j < p; j++) {
        q[j] += alpha * d[j];
      }
      double dq = dot(d, q);
      if (!(dq > 0)) {
        break;
      }
      double step = rr / dq;
      for (int j = 0; j < p; j++) {
        w[j] += step * d[j];
        r[j] -= step * q[j];
      }
      it++;
      double rrNew = dot(r, r);
      if (Math.sqrt(rrNew) <= stop) {
        converged = true;
        break;
      }
      double beta = rrNew / rr;
      rr = rrNew;
      for (int j = 0; j < p; j++) {
        d[j] = r[j] + beta * d[j];
      }
    }
    double icpt = ym;
    for (int j = 0; j < p; j++) {
      icpt -= mean[j] * w[j];
    }
    return new Result(w, icpt, it, converged);
  }

  /** {@code out = Xc v = X v − (x̄·v) 1}. */
  private static void apply(CsrMatrix x, double[] mean, double[] v, double[] out) {
    double mv = dot(mean, v);
    x.multiply(v, out);
    if (mv != 0) {
      for (int i = 0; i < out.length; i++) {
        out[i] -= mv;
      }
    }
  }

  /** {@code out = Xcᵀ u = Xᵀ u − x̄ Σu}. */
  private static void applyT(CsrMatrix x, double[] mean, double[] u, double[] out) {
    x.transposeMultiply(u, out);
    double s = 0;
    for (double v : u) {
      s += v;
    }
    for (int j = 0; j < out.length; j++) {
      out[j] -= mean[j] * s;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
