package praxis.svm;

/** The C-SVC and epsilon-SVR dual problems handed to {@link Smo}. */
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
    RowCache cache = new RowCache((r, j) -> y[r] * y[j] * ke.k(idx[r], idx[j]), l, cacheMb);
    double[] qd = new double[l];
    double[] c = new double[l];
    for (int i = 0; i < l; i++) {
      qd[i] = ke.k(idx[i], idx[i]);
      c[i] = y[i] == 1 ? cp : cn;
    }
    Smo.QMatrix q = new Smo.QMatrix() {
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
    Smo smo = new Smo(q, Smo.filled(l, -1.0), y, c, eps, shrinking);
    return smo.solve(iterationLimit(maxIter, l));
  }

  /**
   * Epsilon-SVR with 2l variables {@code (a, a*)}: {@code y = (+1.., -1..)}, {@code p = (eps - t, eps + t)},
   * {@code Q_ij = y_i y_j K(x_{i mod l}, x_{j mod l})}, all bounds {@code c}.
   */
  static Smo.Solution epsilonSvr(KernelEval ke, double[] target, double c, double epsilon, double eps,
      boolean shrinking, double cacheMb, int maxIter) {
    int l = target.length;
    RowCache cache = new RowCache(ke::k, l, cacheMb);
    double[] qd = new double[2 * l];
    double[] p = new double[2 * l];
    byte[] y = new byte[2 * l];
    for (int i = 0; i < l; i++) {
      qd[i] = ke.k(i, i);
      qd[i + l] = qd[i];
      p[i] = epsilon - target[i];
      p[i + l] = epsilon + target[i];
      y[i] = 1;
      y[i + l] = -1;
    }
    float[][] buffers = {new float[2 * l], new float[2 * l]};
    Smo.QMatrix q = new Smo.QMatrix() {
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
    Smo smo = new Smo(q, p, y, Smo.filled(2 * l, c), eps, shrinking);
    return smo.solve(iterationLimit(maxIter, 2 * l));
  }
}
