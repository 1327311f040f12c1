package praxis.svm;

/** The C-SVC, nu-SVC, epsilon-SVR, nu-SVR and one-class dual problems handed to {@link Smo}. */
final class Problems {
  private Problems() {}

  /** LIBSVM's default iteration limit for {@code maxIter = -1}. */
  static long iterationLimit(int maxIter, int l) {
    return maxIter > 0 ? maxIter : Math.max(10_000_000L, 100L * l);
  }

  /**
   * C-SVC on the points {@code idx} with labels {@code y} (+1/-1): {@code Q_ij = y_i y_j K(x_i, x_j)},
   * {@code p = -1}, {@code C_i = cp} for positive and {@code cn} for negative points.
   */
  static Smo.Solution csvc(KernelEval ke, int[] idx, byte[] y, double cp, double cn, double eps,
      boolean shrinking, double cacheMb, int maxIter) {
    int l = idx.length;
    double[] c = new double[l];
    for (int i = 0; i < l; i++) {
      c[i] = y[i] == 1 ? cp : cn;
    }
    Smo smo = new Smo(svcQ(ke, idx, y, cacheMb), Smo.filled(l, -1.0), y, c, eps, shrinking);
    return smo.solve(iterationLimit(maxIter, l));
  }

  /** {@code Q_ij = y_i y_j K(x_idx[i], x_idx[j])} with an LRU row cache. */
  private static Smo.QMatrix svcQ(KernelEval ke, int[] idx, byte[] y, double cacheMb) {
    int l = idx.length;
    RowCache cache = new RowCache((r, j) -> y[r] * y[j] * ke.k(idx[r], idx[j]), l, cacheMb);
    double[] qd = new double[l];
    for (int i = 0; i < l; i++) {
      qd[i] = ke.k(idx[i], idx[i]);
    }
    return new Smo.QMatrix() {
      @Override
      public float[] row(int i, int[] active, int count) {
        return cache.get(i, active, count, l);
      }

      @Override
      public double[] diagonal() {
        return qd;
      }

      @Override
      public void invalidatePartial() {
        cache.invalidatePartial();
      }
    };
  }

  /**
   * Whether nu-SVC is feasible for a pair with {@code n1} and {@code n2} points: {@code nu (n1 + n2) / 2 <=
   * min(n1, n2)} (LIBSVM's {@code svm_check_parameter}).
   */
  static boolean nuFeasible(double nu, int n1, int n2) {
    return nu * (n1 + n2) / 2 <= Math.min(n1, n2);
  }

  /**
   * Nu-SVC (LIBSVM's {@code solve_nu_svc}): {@code p = 0}, bounds 1, start {@code nu l / 2} spread over each
   * label, {@link Smo} in nu mode; the returned alpha (non-negative) and rho are divided by {@code r}, which
   * makes them a C-SVC solution with {@code C = 1 / r}.
   */
  static Smo.Solution nuSvc(KernelEval ke, int[] idx, byte[] y, double nu, double eps, boolean shrinking,
      double cacheMb, int maxIter) {
    int l = idx.length;
    double[] a0 = new double[l];
    // summed as scikit-learn's LIBSVM (per-sample weights 1), so that the start point is bit-identical
    double nuL = 0;
    for (int i = 0; i < l; i++) {
      nuL += nu;
    }
    double sumPos = nuL / 2;
    double sumNeg = nuL / 2;
    for (int i = 0; i < l; i++) {
      if (y[i] == 1) {
        a0[i] = Math.min(1.0, sumPos);
        sumPos -= a0[i];
      } else {
        a0[i] = Math.min(1.0, sumNeg);
        sumNeg -= a0[i];
      }
    }
    Smo smo = new Smo(svcQ(ke, idx, y, cacheMb), new double[l], y, Smo.filled(l, 1.0), eps, shrinking, true);
    Smo.Solution s = smo.solve(iterationLimit(maxIter, l), a0);
    double r = s.r();
    double[] a = s.alpha();
    for (int i = 0; i < l; i++) {
      a[i] /= r;
    }
    return new Smo.Solution(a, s.rho() / r, s.objective() / (r * r), s.iterations(), s.converged(), r);
  }

  /**
   * One-class SVM (LIBSVM's {@code solve_one_class}): {@code Q = K}, {@code p = 0}, all labels +1, bounds 1,
   * start {@code alpha_i = 1} for the first {@code floor(nu l)} points and the remainder on the next, so that
   * {@code e'a = nu l} (summed term by term as scikit-learn's LIBSVM does).
   */
  static Smo.Solution oneClass(KernelEval ke, double nu, double eps, boolean shrinking, double cacheMb,
      int maxIter) {
    int l = ke.n;
    int[] idx = new int[l];
    byte[] y = new byte[l];
    for (int i = 0; i < l; i++) {
      idx[i] = i;
      y[i] = 1;
    }
    double[] a0 = new double[l];
    double nuL = 0;
    for (int i = 0; i < l; i++) {
      nuL += nu;
    }
    for (int i = 0; i < l && nuL > 0; i++) {
      a0[i] = Math.min(1.0, nuL);
      nuL -= a0[i];
    }
    Smo smo = new Smo(svcQ(ke, idx, y, cacheMb), new double[l], y, Smo.filled(l, 1.0), eps, shrinking);
    return smo.solve(iterationLimit(maxIter, l), a0);
  }

  /**
   * Epsilon-SVR with 2l variables {@code (a, a*)}: {@code y = (+1.., -1..)}, {@code p = (eps - t, eps + t)},
   * {@code Q_ij = y_i y_j K(x_{i mod l}, x_{j mod l})}, all bounds {@code c}.
   */
  static Smo.Solution epsilonSvr(KernelEval ke, double[] target, double c, double epsilon, double eps,
      boolean shrinking, double cacheMb, int maxIter) {
    int l = target.length;
    double[] p = new double[2 * l];
    byte[] y = new byte[2 * l];
    for (int i = 0; i < l; i++) {
      p[i] = epsilon - target[i];
      p[i + l] = epsilon + target[i];
      y[i] = 1;
      y[i + l] = -1;
    }
    Smo smo = new Smo(svrQ(ke, y, cacheMb), p, y, Smo.filled(2 * l, c), eps, shrinking);
    return smo.solve(iterationLimit(maxIter, 2 * l));
  }

  /**
   * Nu-SVR (LIBSVM's {@code solve_nu_svr}): the 2l variables of epsilon-SVR with {@code p = (-t, t)}, bounds
   * {@code c}, start {@code a_i = a*_i} filling {@code C nu l / 2} in row order, {@link Smo} in nu mode; the
   * tube half-width found is {@code -r}.
   */
  static Smo.Solution nuSvr(KernelEval ke, double[] target, double c, double nu, double eps, boolean shrinking,
      double cacheMb, int maxIter) {
    int l = target.length;
    double[] p = new double[2 * l];
    byte[] y = new byte[2 * l];
    double[] a0 = new double[2 * l];
    double sum = 0;
    for (int i = 0; i < l; i++) {
      sum += c * nu;
    }
    sum /= 2;
    for (int i = 0; i < l; i++) {
      a0[i] = Math.min(sum, c);
      a0[i + l] = a0[i];
      sum -= a0[i];
      p[i] = -target[i];
      p[i + l] = target[i];
      y[i] = 1;
      y[i + l] = -1;
    }
    Smo smo = new Smo(svrQ(ke, y, cacheMb), p, y, Smo.filled(2 * l, c), eps, shrinking, true);
    return smo.solve(iterationLimit(maxIter, 2 * l), a0);
  }

  /** The 2l x 2l SVR matrix {@code Q_ij = y_i y_j K(x_{i mod l}, x_{j mod l})} over one l-row kernel cache. */
  private static Smo.QMatrix svrQ(KernelEval ke, byte[] y, double cacheMb) {
    int l = ke.n;
    RowCache cache = new RowCache(ke::k, l, cacheMb);
    double[] qd = new double[2 * l];
    for (int i = 0; i < l; i++) {
      qd[i] = ke.k(i, i);
      qd[i + l] = qd[i];
    }
    float[][] buffers = {new float[2 * l], new float[2 * l]};
    return new Smo.QMatrix() {
      private int next;

      @Override
      public float[] row(int i, int[] active, int count) {
        int r = i < l ? i : i - l;
        float[] kr = cache.get(r, active, count, l);
        float[] buf = buffers[next];
        next ^= 1;
        int si = y[i];
        if (count < 0 || count == 2 * l) {
          for (int j = 0; j < l; j++) {
            buf[j] = si * kr[j];
            buf[j + l] = -si * kr[j];
          }
        } else {
          for (int t = 0; t < count; t++) {
            int j = active[t];
            buf[j] = si * y[j] * kr[j < l ? j : j - l];
          }
        }
        return buf;
      }

      @Override
      public double[] diagonal() {
        return qd;
      }

      @Override
      public void invalidatePartial() {
        cache.invalidatePartial();
      }
    };
  }
}
