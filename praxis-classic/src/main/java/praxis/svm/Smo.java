package praxis.svm;

import java.util.Arrays;

/**
 * Sequential minimal optimization for the dual problem shared by the LIBSVM formulations:
 *
 * <pre>
 *   min_a  1/2 a' Q a + p' a   subject to  y' a = 0,  0 &lt;= a_i &lt;= C_i,  y_i in {+1, -1}
 * </pre>
 *
 * following Fan, Chen &amp; Lin (2005), "Working set selection using second order information for training
 * support vector machines" (JMLR 6) and Chang &amp; Lin, "LIBSVM: a library for support vector machines":
 * the maximal-violating {@code i}, the {@code j} of largest second-order decrease (WSS3), the analytic
 * two-variable update with clipping, gradient maintenance, optional shrinking with gradient reconstruction,
 * stopping when the maximal KKT violation {@code m(a) - M(a) < eps}, and {@code rho} from the free
 * variables (or the middle of the feasible interval when none is free).
 *
 * <p>With {@code nu} set it is LIBSVM's {@code Solver_NU} for the nu-formulations, which carry the extra
 * constraint {@code e'a = const}: the working set is chosen within one label ({@code y_i = y_j}) as the best
 * of the two per-label second-order selections, shrinking uses the four per-label extremes, and the two
 * per-label offsets {@code r1, r2} give {@code rho = (r1 - r2) / 2} and {@code r = (r1 + r2) / 2}. The
 * nu-formulations start from a feasible non-zero alpha ({@link #solve(long, double[])}).
 */
final class Smo {
  private static final double TAU = 1e-12;
  private static final byte LOWER = 0;
  private static final byte UPPER = 1;
  private static final byte FREE = 2;

  /** The matrix Q of the dual: rows (valid at the active indices) and the diagonal. */
  interface QMatrix {
    /** Row {@code i}, valid at {@code active[0..count)} (every index if {@code count < 0}). */
    float[] row(int i, int[] active, int count);

    double[] diagonal();

    /** Forgets rows computed only at the active indices (the active set grows again). */
    void invalidatePartial();
  }

  /**
   * The solution: alpha, rho, objective, iterations; {@code r} is the nu-solver's {@code (r1 + r2) / 2} (0 for
   * the standard solver).
   */
  record Solution(double[] alpha, double rho, double objective, int iterations, boolean converged, double r) {}

  private final int l;
  private final QMatrix q;
  private final double[] qd;
  private final double[] p;
  private final byte[] y;
  private final double[] c;
  private final double eps;
  private final boolean shrinking;
  private final boolean nu;
  private final double[] alpha;
  private final double[] g;
  private final double[] gBar;
  private final byte[] status;
  private final int[] active;
  private int activeSize;
  private boolean unshrink;
  private int outI;
  private int outJ;

  Smo(QMatrix q, double[] p, byte[] y, double[] c, double eps, boolean shrinking) {
    this(q, p, y, c, eps, shrinking, false);
  }

  /** With {@code nu} set, LIBSVM's {@code Solver_NU}. */
  Smo(QMatrix q, double[] p, byte[] y, double[] c, double eps, boolean shrinking, boolean nu) {
    this.nu = nu;
    this.l = p.length;
    this.q = q;
    this.qd = q.diagonal();
    this.p = p;
    this.y = y;
    this.c = c;
    this.eps = eps;
    this.shrinking = shrinking;
    this.alpha = new double[l];
    this.g = new double[l];
    this.gBar = new double[l];
    this.status = new byte[l];
    this.active = new int[l];
  }

  private boolean isUpper(int i) {
    return status[i] == UPPER;
  }

  private boolean isLower(int i) {
    return status[i] == LOWER;
  }

  private void updateStatus(int i) {
    status[i] = alpha[i] >= c[i] ? UPPER : alpha[i] <= 0 ? LOWER : FREE;
  }

  /** Solves from alpha = 0 with at most {@code maxIter} iterations. */
  Solution solve(long maxIter) {
    return solve(maxIter, null);
  }

  /**
   * Solves from the feasible {@code alpha0} ({@code null} = 0) with at most {@code maxIter} iterations; the
   * gradient {@code p + Q alpha0} and {@code gBar} are initialized from the full rows of the non-zero alphas.
   */
  Solution solve(long maxIter, double[] alpha0) {
    if (alpha0 != null) {
      System.arraycopy(alpha0, 0, alpha, 0, l);
    }
    for (int i = 0; i < l; i++) {
      active[i] = i;
      updateStatus(i);
      g[i] = p[i];
    }
    if (alpha0 != null) {
      for (int i = 0; i < l; i++) {
        if (!isLower(i)) {
          float[] qi = q.row(i, active, -1);
          double ai = alpha[i];
          for (int j = 0; j < l; j++) {
            g[j] += ai * qi[j];
          }
          if (isUpper(i)) {
            double ci = c[i];
            for (int j = 0; j < l; j++) {
              gBar[j] += ci * qi[j];
            }
          }
        }
      }
    }
    activeSize = l;
    unshrink = false;
    int counter = Math.min(l, 1000) + 1;
    int iter = 0;
    boolean converged = true;
    while (true) {
      if (iter >= maxIter) {
        converged = false;
        if (activeSize < l) {
          reconstructGradient();
          activeSize = l;
        }
        break;
      }
      if (--counter == 0) {
        counter = Math.min(l, 1000);
        if (shrinking) {
          if (nu) {
            shrinkNu();
          } else {
            shrink();
          }
        }
      }
      if (nu ? selectWorkingSetNu() : selectWorkingSet()) {
        if (activeSize < l) {
          reconstructGradient();
          activeSize = l;
        }
        if (nu ? selectWorkingSetNu() : selectWorkingSet()) {
          break;
        }
        counter = 1;
      }
      iter++;
      update(outI, outJ);
    }
    double rho;
    double r = 0;
    if (nu) {
      double[] rr = rhoNu();
      rho = rr[0];
      r = rr[1];
    } else {
      rho = rho();
    }
    double obj = 0;
    for (int i = 0; i < l; i++) {
      obj += alpha[i] * (g[i] + p[i]);
    }
    return new Solution(alpha.clone(), rho, obj / 2, iter, converged, r);
  }

  private void update(int i, int j) {
    float[] qi = q.row(i, active, activeSize);
    float[] qj = q.row(j, active, activeSize);
    double ci = c[i];
    double cj = c[j];
    double oldAi = alpha[i];
    double oldAj = alpha[j];
    if (y[i] != y[j]) {
      double quad = qd[i] + qd[j] + 2 * qi[j];
      if (quad <= 0) {
        quad = TAU;
      }
      double delta = (-g[i] - g[j]) / quad;
      double diff = alpha[i] - alpha[j];
      alpha[i] += delta;
      alpha[j] += delta;
      if (diff > 0) {
        if (alpha[j] < 0) {
          alpha[j] = 0;
          alpha[i] = diff;
        }
      } else if (alpha[i] < 0) {
        alpha[i] = 0;
        alpha[j] = -diff;
      }
      if (diff > ci - cj) {
        if (alpha[i] > ci) {
          alpha[i] = ci;
          alpha[j] = ci - diff;
        }
      } else if (alpha[j] > cj) {
        alpha[j] = cj;
        alpha[i] = cj + diff;
      }
    } else {
      double quad = qd[i] + qd[j] - 2 * qi[j];
      if (quad <= 0) {
        quad = TAU;
      }
      double delta = (g[i] - g[j]) / quad;
      double sum = alpha[i] + alpha[j];
      alpha[i] -= delta;
      alpha[j] += delta;
      if (sum > ci) {
        if (alpha[i] > ci) {
          alpha[i] = ci;
          alpha[j] = sum - ci;
        }
      } else if (alpha[j] < 0) {
        alpha[j] = 0;
        alpha[i] = sum;
      }
      if (sum > cj) {
        if (alpha[j] > cj) {
          alpha[j] = cj;
          alpha[i] = sum - cj;
        }
      } else if (alpha[i] < 0) {
        alpha[i] = 0;
        alpha[j] = sum;
      }
    }
    double dAi = alpha[i] - oldAi;
    double dAj = alpha[j] - oldAj;
    for (int t = 0; t < activeSize; t++) {
      int k = active[t];
      g[k] += qi[k] * dAi + qj[k] * dAj;
    }
    boolean ui = isUpper(i);
    boolean uj = isUpper(j);
    updateStatus(i);
    updateStatus(j);
    if (ui != isUpper(i)) {
      float[] full = q.row(i, active, -1);
      double s = ui ? -ci : ci;
      for (int k = 0; k < l; k++) {
        gBar[k] += s * full[k];
      }
    }
    if (uj != isUpper(j)) {
      float[] full = q.row(j, active, -1);
      double s = uj ? -cj : cj;
      for (int k = 0; k < l; k++) {
        gBar[k] += s * full[k];
      }
    }
  }

  /** WSS3; returns true when the KKT violation is below eps (optimal). */
  private boolean selectWorkingSet() {
    double gmax = Double.NEGATIVE_INFINITY;
    double gmax2 = Double.NEGATIVE_INFINITY;
    int gmaxIdx = -1;
    int gminIdx = -1;
    double objMin = Double.POSITIVE_INFINITY;
    for (int t = 0; t < activeSize; t++) {
      int k = active[t];
      if (y[k] == 1) {
        if (!isUpper(k) && -g[k] >= gmax) {
          gmax = -g[k];
          gmaxIdx = k;
        }
      } else if (!isLower(k) && g[k] >= gmax) {
        gmax = g[k];
        gmaxIdx = k;
      }
    }
    int i = gmaxIdx;
    float[] qi = i != -1 ? q.row(i, active, activeSize) : null;
    for (int t = 0; t < activeSize; t++) {
      int j = active[t];
      if (y[j] == 1) {
        if (!isLower(j)) {
          double gradDiff = gmax + g[j];
          if (g[j] >= gmax2) {
            gmax2 = g[j];
          }
          if (gradDiff > 0) {
            double quad = qd[i] + qd[j] - 2.0 * y[i] * qi[j];
            double objDiff = quad > 0 ? -(gradDiff * gradDiff) / quad : -(gradDiff * gradDiff) / TAU;
            if (objDiff <= objMin) {
              gminIdx = j;
              objMin = objDiff;
            }
          }
        }
      } else if (!isUpper(j)) {
        double gradDiff = gmax - g[j];
        if (-g[j] >= gmax2) {
          gmax2 = -g[j];
        }
        if (gradDiff > 0) {
          double quad = qd[i] + qd[j] + 2.0 * y[i] * qi[j];
          double objDiff = quad > 0 ? -(gradDiff * gradDiff) / quad : -(gradDiff * gradDiff) / TAU;
          if (objDiff <= objMin) {
            gminIdx = j;
            objMin = objDiff;
          }
        }
      }
    }
    if (gmax + gmax2 < eps || gminIdx == -1) {
      return true;
    }
    outI = gmaxIdx;
    outJ = gminIdx;
    return false;
  }

  private boolean beShrunk(int i, double gmax1, double gmax2) {
    if (isUpper(i)) {
      return y[i] == 1 ? -g[i] > gmax1 : -g[i] > gmax2;
    }
    if (isLower(i)) {
      return y[i] == 1 ? g[i] > gmax2 : g[i] > gmax1;
    }
    return false;
  }

  private void shrink() {
    double gmax1 = Double.NEGATIVE_INFINITY;
    double gmax2 = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < activeSize; t++) {
      int i = active[t];
      if (y[i] == 1) {
        if (!isUpper(i)) {
          gmax1 = Math.max(gmax1, -g[i]);
        }
        if (!isLower(i)) {
          gmax2 = Math.max(gmax2, g[i]);
        }
      } else {
        if (!isUpper(i)) {
          gmax2 = Math.max(gmax2, -g[i]);
        }
        if (!isLower(i)) {
          gmax1 = Math.max(gmax1, g[i]);
        }
      }
    }
    if (!unshrink && gmax1 + gmax2 <= eps * 10) {
      unshrink = true;
      reconstructGradient();
      activeSize = l;
    }
    for (int t = 0; t < activeSize; t++) {
      int i = active[t];
      if (beShrunk(i, gmax1, gmax2)) {
        activeSize--;
        while (activeSize > t) {
          int last = active[activeSize];
          if (!beShrunk(last, gmax1, gmax2)) {
            active[activeSize] = i;
            active[t] = last;
            break;
          }
          activeSize--;
        }
      }
    }
  }

  /** Recomputes the gradient of the inactive variables and makes every variable active again. */
  private void reconstructGradient() {
    if (activeSize == l) {
      return;
    }
    for (int t = activeSize; t < l; t++) {
      int j = active[t];
      g[j] = gBar[j] + p[j];
    }
    for (int t = 0; t < activeSize; t++) {
      int i = active[t];
      if (status[i] == FREE) {
        float[] qi = q.row(i, active, -1);
        double a = alpha[i];
        for (int s = activeSize; s < l; s++) {
          int j = active[s];
          g[j] += a * qi[j];
        }
      }
    }
    q.invalidatePartial();
  }

  private double rho() {
    double ub = Double.POSITIVE_INFINITY;
    double lb = Double.NEGATIVE_INFINITY;
    int nFree = 0;
    double sumFree = 0;
    for (int i = 0; i < l; i++) {
      double yg = y[i] * g[i];
      if (isUpper(i)) {
        if (y[i] == -1) {
          ub = Math.min(ub, yg);
        } else {
          lb = Math.max(lb, yg);
        }
      } else if (isLower(i)) {
        if (y[i] == 1) {
          ub = Math.min(ub, yg);
        } else {
          lb = Math.max(lb, yg);
        }
      } else {
        nFree++;
        sumFree += yg;
      }
    }
    return nFree > 0 ? sumFree / nFree : (ub + lb) / 2;
  }

  /**
   * LIBSVM's {@code Solver_NU::select_working_set}: per label the maximal violator and its best second-order
   * partner of the same label; returns true when both labels' violations are below eps (optimal).
   */
  private boolean selectWorkingSetNu() {
    double gmaxp = Double.NEGATIVE_INFINITY;
    double gmaxp2 = Double.NEGATIVE_INFINITY;
    int gmaxpIdx = -1;
    double gmaxn = Double.NEGATIVE_INFINITY;
    double gmaxn2 = Double.NEGATIVE_INFINITY;
    int gmaxnIdx = -1;
    int gminIdx = -1;
    double objMin = Double.POSITIVE_INFINITY;
    for (int t = 0; t < activeSize; t++) {
      int k = active[t];
      if (y[k] == 1) {
        if (!isUpper(k) && -g[k] >= gmaxp) {
          gmaxp = -g[k];
          gmaxpIdx = k;
        }
      } else if (!isLower(k) && g[k] >= gmaxn) {
        gmaxn = g[k];
        gmaxnIdx = k;
      }
    }
    int ip = gmaxpIdx;
    int in = gmaxnIdx;
    float[] qip = ip != -1 ? q.row(ip, active, activeSize) : null;
    float[] qin = in != -1 ? q.row(in, active, activeSize) : null;
    for (int t = 0; t < activeSize; t++) {
      int j = active[t];
      if (y[j] == 1) {
        if (!isLower(j)) {
          double gradDiff = gmaxp + g[j];
          if (g[j] >= gmaxp2) {
            gmaxp2 = g[j];
          }
          if (gradDiff > 0) {
            double quad = qd[ip] + qd[j] - 2 * qip[j];
            double objDiff = quad > 0 ? -(gradDiff * gradDiff) / quad : -(gradDiff * gradDiff) / TAU;
            if (objDiff <= objMin) {
              gminIdx = j;
              objMin = objDiff;
            }
          }
        }
      } else if (!isUpper(j)) {
        double gradDiff = gmaxn - g[j];
        if (-g[j] >= gmaxn2) {
          gmaxn2 = -g[j];
        }
        if (gradDiff > 0) {
          double quad = qd[in] + qd[j] - 2 * qin[j];
          double objDiff = quad > 0 ? -(gradDiff * gradDiff) / quad : -(gradDiff * gradDiff) / TAU;
          if (objDiff <= objMin) {
            gminIdx = j;
            objMin = objDiff;
          }
        }
      }
    }
    if (Math.max(gmaxp + gmaxp2, gmaxn + gmaxn2) < eps || gminIdx == -1) {
      return true;
    }
    outI = y[gminIdx] == 1 ? gmaxpIdx : gmaxnIdx;
    outJ = gminIdx;
    return false;
  }

  private boolean beShrunkNu(int i, double gmax1, double gmax2, double gmax3, double gmax4) {
    if (isUpper(i)) {
      return y[i] == 1 ? -g[i] > gmax1 : -g[i] > gmax4;
    }
    if (isLower(i)) {
      return y[i] == 1 ? g[i] > gmax2 : g[i] > gmax3;
    }
    return false;
  }

  /** LIBSVM's {@code Solver_NU::do_shrinking}. */
  private void shrinkNu() {
    double gmax1 = Double.NEGATIVE_INFINITY;
    double gmax2 = Double.NEGATIVE_INFINITY;
    double gmax3 = Double.NEGATIVE_INFINITY;
    double gmax4 = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < activeSize; t++) {
      int i = active[t];
      if (!isUpper(i)) {
        if (y[i] == 1) {
          gmax1 = Math.max(gmax1, -g[i]);
        } else {
          gmax4 = Math.max(gmax4, -g[i]);
        }
      }
      if (!isLower(i)) {
        if (y[i] == 1) {
          gmax2 = Math.max(gmax2, g[i]);
        } else {
          gmax3 = Math.max(gmax3, g[i]);
        }
      }
    }
    if (!unshrink && Math.max(gmax1 + gmax2, gmax3 + gmax4) <= eps * 10) {
      unshrink = true;
      reconstructGradient();
      activeSize = l;
    }
    for (int t = 0; t < activeSize; t++) {
      int i = active[t];
      if (beShrunkNu(i, gmax1, gmax2, gmax3, gmax4)) {
        activeSize--;
        while (activeSize > t) {
          int last = active[activeSize];
          if (!beShrunkNu(last, gmax1, gmax2, gmax3, gmax4)) {
            active[activeSize] = i;
            active[t] = last;
            break;
          }
          activeSize--;
        }
      }
    }
  }

  /** LIBSVM's {@code Solver_NU::calculate_rho}: {@code {rho, r}} from the per-label offsets. */
  private double[] rhoNu() {
    int nFree1 = 0;
    int nFree2 = 0;
    double ub1 = Double.POSITIVE_INFINITY;
    double ub2 = Double.POSITIVE_INFINITY;
    double lb1 = Double.NEGATIVE_INFINITY;
    double lb2 = Double.NEGATIVE_INFINITY;
    double sum1 = 0;
    double sum2 = 0;
    for (int i = 0; i < l; i++) {
      if (y[i] == 1) {
        if (isUpper(i)) {
          lb1 = Math.max(lb1, g[i]);
        } else if (isLower(i)) {
          ub1 = Math.min(ub1, g[i]);
        } else {
          nFree1++;
          sum1 += g[i];
        }
      } else {
        if (isUpper(i)) {
          lb2 = Math.max(lb2, g[i]);
        } else if (isLower(i)) {
          ub2 = Math.min(ub2, g[i]);
        } else {
          nFree2++;
          sum2 += g[i];
        }
      }
    }
    double r1 = nFree1 > 0 ? sum1 / nFree1 : (ub1 + lb1) / 2;
    double r2 = nFree2 > 0 ? sum2 / nFree2 : (ub2 + lb2) / 2;
    return new double[] {(r1 - r2) / 2, (r1 + r2) / 2};
  }

  /** An array of {@code n} copies of {@code v}. */
  static double[] filled(int n, double v) {
    double[] out = new double[n];
    Arrays.fill(out, v);
    return out;
  }
}
