package praxis.linear;

/**
 * The matrix-free ridge solvers behind {@link Ridge.Solver#CG} and {@link Ridge.Solver#LSQR}. Both read the
 * centred column-major design of a {@link CoordinateDescent.Problem} only through {@code Xv} (columns added
 * into an n-vector) and {@code Xᵀu} (one dot product per column), so an iteration costs two sequential passes
 * over X and O(n + p) extra memory. Both stop when the gradient of {@code ½‖yc − Xc w‖² + ½·alpha‖w‖²},
 * {@code g = Xcᵀ(yc − Xc w) − alpha·w}, satisfies {@code ‖g‖ <= tol·‖Xcᵀyc‖} (CG checks the recomputed, not
 * only the recursive, residual).
 *
 * <pre>{@code
 * double[] w = RidgeIterative.conjugateGradient(problem, 1.0, 1e-10, 1000);
 * }</pre>
 */
final class RidgeIterative {
  private RidgeIterative() {}

  /** {@code out = X v} for the n x p column-major {@code x}. */
  private static void mulX(double[] x, int n, int p, double[] v, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    for (int j = 0; j < p; j++) {
      double vj = v[j];
      if (vj == 0) {
        continue;
      }
      int off = j * n;
      for (int i = 0; i < n; i++) {
        out[i] += x[off + i] * vj;
      }
    }
  }

  /** {@code out = Xᵀ u}. */
  private static void mulXt(double[] x, int n, int p, double[] u, double[] out) {
    for (int j = 0; j < p; j++) {
      int off = j * n;
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += x[off + i] * u[i];
      }
      out[j] = s;
    }
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double a : v) {
      s += a * a;
    }
    return Math.sqrt(s);
  }

  /** {@code r = Xᵀ(y − Xw) − alpha·w}, using {@code tmp} (length n). */
  private static void gradient(CoordinateDescent.Problem pr, double alpha, double[] w, double[] tmp, double[] r) {
    mulX(pr.x, pr.n, pr.p, w, tmp);
    for (int i = 0; i < pr.n; i++) {
      tmp[i] = pr.y[i] - tmp[i];
    }
    mulXt(pr.x, pr.n, pr.p, tmp, r);
    for (int j = 0; j < pr.p; j++) {
      r[j] -= alpha * w[j];
    }
  }

  private static IllegalStateException notConverged(String solver, double rel, double tol, int maxIter) {
    return new IllegalStateException(String.format(java.util.Locale.ROOT,
        "Ridge: solver %s did not converge in maxIter = %d iterations (relative gradient %.3g > tol = %.3g);"
            + " raise maxIter, loosen tol, standardize the features, or use solver CHOLESKY", solver, maxIter, rel,
        tol));
  }

  /**
   * Jacobi-preconditioned conjugate gradients on {@code (XcᵀXc + alpha·I) w = Xcᵀyc}, starting from 0.
   *
   * @throws IllegalStateException when the tolerance is not met within {@code maxIter} iterations
   */
  static double[] conjugateGradient(CoordinateDescent.Problem pr, double alpha, double tol, int maxIter) {
    int n = pr.n;
    int p = pr.p;
    double[] w = new double[p];
    double[] r = new double[p];
    double[] z = new double[p];
    double[] d = new double[p];
    double[] ad = new double[p];
    double[] tmp = new double[n];
    double[] inv = new double[p];
    for (int j = 0; j < p; j++) {
      double diag = pr.colNorm2[j] + alpha;
      inv[j] = diag > 0 ? 1.0 / diag : 1.0;
    }
    mulXt(pr.x, n, p, pr.y, r);       // r = b − A·0
    double bNorm = norm(r);
    if (bNorm == 0) {
      return w;
    }
    double target = tol * bNorm;
    double rz = 0;
    for (int j = 0; j < p; j++) {
      z[j] = inv[j] * r[j];
      d[j] = z[j];
      rz += r[j] * z[j];
    }
    for (int iter = 0; iter < maxIter; iter++) {
      mulX(pr.x, n, p, d, tmp);         // ad = (XᵀX + alpha I) d
      mulXt(pr.x, n, p, tmp, ad);
      double dad = 0;
      for (int j = 0; j < p; j++) {
        ad[j] += alpha * d[j];
        dad += d[j] * ad[j];
      }
      if (!(dad > 0)) {                // d in the null space of a singular system: nothing left to reduce
        break;
      }
      double step = rz / dad;
      for (int j = 0; j < p; j++) {
        w[j] += step * d[j];
        r[j] -= step * ad[j];
      }
      if (norm(r) <= target) {
        gradient(pr, alpha, w, tmp, r);  // the recursive residual drifts: confirm with the true one
        if (norm(r) <= target) {
          return w;
        }
        rz = 0;                          // restart from the true residual
        for (int j = 0; j < p; j++) {
          z[j] = inv[j] * r[j];
          d[j] = z[j];
          rz += r[j] * z[j];
        }
        continue;
      }
      double rzNew = 0;
      for (int j = 0; j < p; j++) {
        z[j] = inv[j] * r[j];
        rzNew += r[j] * z[j];
      }
      double beta = rzNew / rz;
      rz = rzNew;
      for (int j = 0; j < p; j++) {
        d[j] = z[j] + beta * d[j];
      }
    }
    gradient(pr, alpha, w, tmp, r);
    double rel = norm(r) / bNorm;
    if (rel <= tol) {
      return w;
    }
    throw notConverged("CG", rel, tol, maxIter);
  }

  /**
   * LSQR (Paige &amp; Saunders 1982, with damping {@code sqrt(alpha)}) on {@code min ‖Xc w − yc‖² + alpha‖w‖²}.
   * The norm of the damped normal-equation residual is available from the bidiagonalization as
   * {@code phibar·alpha_k·|c_k|}; the final iterate is checked with the recomputed gradient, allowing a factor
   * 10 over {@code tol} for the gap between the recursive estimate and the recomputed value.
   *
   * @throws IllegalStateException when the tolerance is not met within {@code maxIter} iterations
   */
  static double[] lsqr(CoordinateDescent.Problem pr, double alpha, double tol, int maxIter) {
    int n = pr.n;
    int p = pr.p;
    double damp = Math.sqrt(alpha);
    double[] w = new double[p];
    double[] u = pr.y.clone();
    double[] v = new double[p];
    double[] dir = new double[p];
    double[] tmp = new double[Math.max(n, p)];
    double beta = norm(u);
    if (beta == 0) {
      return w;
    }
    scale(u, 1 / beta);
    mulXt(pr.x, n, p, u, v);
    double a = norm(v);
    double bNorm = a * beta;          // ‖Xᵀy‖
    if (a == 0) {
      return w;
    }
    scale(v, 1 / a);
    System.arraycopy(v, 0, dir, 0, p);
    double phibar = beta;
    double rhobar = a;
    double[] xv = new double[n];
    int iter = 0;
    while (iter < maxIter) {
      iter++;
      mulX(pr.x, n, p, v, xv);          // beta u = X v − a u
      for (int i = 0; i < n; i++) {
        u[i] = xv[i] - a * u[i];
      }
      beta = norm(u);
      if (beta > 0) {
        scale(u, 1 / beta);
        mulXt(pr.x, n, p, u, tmp);      // a v = Xᵀ u − beta v
        for (int j = 0; j < p; j++) {
          v[j] = tmp[j] - beta * v[j];
        }
        a = norm(v);
        if (a > 0) {
          scale(v, 1 / a);
        }
      } else {
        a = 0;
      }
      double rhobar1 = Math.hypot(rhobar, damp);   // eliminate the damping term
      double cs1 = rhobar / rhobar1;
      phibar = cs1 * phibar;
      double rho = Math.hypot(rhobar1, beta);      // plane rotation on the lower bidiagonal
      double cs = rhobar1 / rho;
      double sn = beta / rho;
      double theta = sn * a;
      rhobar = -cs * a;
      double phi = cs * phibar;
      phibar = sn * phibar;
      double t1 = phi / rho;
      double t2 = -theta / rho;
      for (int j = 0; j < p; j++) {
        w[j] += t1 * dir[j];
        dir[j] = v[j] + t2 * dir[j];
      }
      double normalResidual = Math.abs(phibar * a * cs);
      if (normalResidual <= tol * bNorm || a == 0) {
        break;
      }
    }
    double[] g = new double[p];
    gradient(pr, alpha, w, xv, g);
    double rel = norm(g) / bNorm;
    if (rel <= tol * 10) {
      return w;
    }
    throw notConverged("LSQR", rel, tol, maxIter);
  }

  private static void scale(double[] v, double c) {
    for (int i = 0; i < v.length; i++) {
      v[i] *= c;
    }
  }
}
