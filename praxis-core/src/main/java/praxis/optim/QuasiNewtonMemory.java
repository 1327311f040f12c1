package praxis.optim;

/**
 * The limited-memory BFGS state shared by {@link Lbfgs} and {@link OwlQn}: the last {@code m} pairs
 * {@code s = x_{k+1} - x_k}, {@code y = g_{k+1} - g_k}, the two-loop recursion that applies the implied inverse
 * Hessian, and the curvature-checked pair update (Nocedal &amp; Wright, algorithm 7.4). All arrays are
 * allocated once; no call allocates.
 */
final class QuasiNewtonMemory {
  private final int memory;
  private final double[][] s;
  private final double[][] y;
  private final double[] rho;
  private final double[] alpha;
  private int stored;
  private int head; // index of the next slot to write
  private double gamma = 1.0;

  QuasiNewtonMemory(int memory, int n) {
    this.memory = memory;
    this.s = new double[memory][n];
    this.y = new double[memory][n];
    this.rho = new double[memory];
    this.alpha = new double[memory];
  }

  /** Whether no pair is stored (the next direction is steepest descent). */
  boolean isEmpty() {
    return stored == 0;
  }

  /** Forgets all pairs (restart from steepest descent). */
  void reset() {
    stored = 0;
    gamma = 1.0;
  }

  /** {@code d = -H g} by the two-loop recursion, with initial Hessian scaling {@code s'y / y'y}. */
  void direction(double[] g, double[] d) {
    int n = d.length;
    for (int i = 0; i < n; i++) {
      d[i] = -g[i];
    }
    for (int k = 0; k < stored; k++) {
      int idx = Math.floorMod(head - 1 - k, memory);
      double a = rho[idx] * Vec.dot(s[idx], d);
      alpha[idx] = a;
      Vec.axpy(-a, y[idx], d);
    }
    for (int i = 0; i < n; i++) {
      d[i] *= gamma;
    }
    for (int k = stored - 1; k >= 0; k--) {
      int idx = Math.floorMod(head - 1 - k, memory);
      double b = rho[idx] * Vec.dot(y[idx], d);
      Vec.axpy(alpha[idx] - b, s[idx], d);
    }
  }

  /**
   * Records the step from {@code (x, g)} to {@code (xNew, gNew)}; a pair without enough positive curvature
   * ({@code s'y <= 1e-10 y'y}) is skipped so the implied Hessian stays positive definite.
   */
  void update(double[] x, double[] xNew, double[] g, double[] gNew) {
    double[] sk = s[head];
    double[] yk = y[head];
    for (int i = 0; i < sk.length; i++) {
      sk[i] = xNew[i] - x[i];
      yk[i] = gNew[i] - g[i];
    }
    double sy = Vec.dot(sk, yk);
    double yy = Vec.dot(yk, yk);
    if (sy > 1e-10 * yy && yy > 0) {
      rho[head] = 1.0 / sy;
      gamma = sy / yy;
      head = (head + 1) % memory;
      stored = Math.min(stored + 1, memory);
    }
  }
}
