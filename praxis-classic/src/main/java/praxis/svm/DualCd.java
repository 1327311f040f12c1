package praxis.svm;

import java.util.SplittableRandom;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Dual coordinate descent for L2-regularized linear SVMs, following Hsieh, Chang, Lin, Keerthi &amp; Sundararajan
 * (2008), "A dual coordinate descent method for large-scale linear SVM" (ICML) and Ho &amp; Lin (2012) for
 * regression, as LIBLINEAR's {@code solve_l2r_l1l2_svc} / {@code solve_l2r_l1l2_svr}: one pass per epoch over
 * a random permutation of the active rows, the one-variable Newton step with clipping, {@code w} maintained
 * as {@code sum_i y_i alpha_i x_i}, optional shrinking of variables at a bound whose projected gradient is
 * beyond the previous epoch's extremes, and LIBLINEAR's stopping rules. The bias is an extra feature of value
 * {@code bias} (when {@code bias > 0}) whose weight is {@code w[cols]} and is penalized like the others.
 * Rows are read from a {@link CsrMatrix}, so each step costs the row's stored entries, for dense and sparse
 * input alike.
 */
final class DualCd {
  private DualCd() {}

  /**
   * Validates training input (rows, at least one numeric, finite column, target size) and returns the rows
   * in CSR form; sparse columns are read in {@code O(nnz)}, never densified.
   */
  static CsrMatrix trainingRows(Frame x, Target y, String who) {
    Inputs.requireRows(x, y, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    return x.toCsr();
  }

  /**
   * {@code coef[c] . x_i + intercepts[c]} for every row of {@code x} (checked against the fitted schema,
   * finite cells required); a frame with sparse columns is read as CSR without densifying it.
   */
  static double[][] scores(praxis.data.Schema fitted, Frame x, String who, double[][] coef, double[] intercepts) {
    if (!x.hasSparseColumns()) {
      return Inputs.linearScores(Inputs.predictMatrix(fitted, x, who), x.rowCount(), coef, intercepts);
    }
    fitted.requireCompatible(x.schema(), who + " input");
    x.requireFinite(who);
    CsrMatrix m = x.toCsr();
    double[][] out = new double[m.rows()][coef.length];
    for (int i = 0; i < out.length; i++) {
      for (int c = 0; c < coef.length; c++) {
        out[i][c] = m.rowDot(i, coef[c]) + intercepts[c];
      }
    }
    return out;
  }

  /** The weights ({@code cols} values, plus the bias weight last when {@code bias > 0}) and epochs used. */
  record Result(double[] w, int iterations, boolean converged) {}

  /**
   * Classification: {@code min 1/2 ||w||^2 + sum_i C_i loss(y_i w.x_i)} with the hinge ({@code squared =
   * false}) or squared hinge loss; {@code C_i = cp} where {@code y_i = +1} and {@code cn} otherwise.
   */
  static Result svc(CsrMatrix x, double bias, byte[] y, double cp, double cn, boolean squared, double eps,
      int maxIter, boolean shrinking, SplittableRandom rng) {
    int l = x.rows();
    int p = x.cols();
    double[] norms = x.rowSquaredNorms();
    double[] w = new double[bias > 0 ? p + 1 : p];
    double[] alpha = new double[l];
    double[] qd = new double[l];
    int[] index = new int[l];
    double diagP = squared ? 0.5 / cp : 0;
    double diagN = squared ? 0.5 / cn : 0;
    double upP = squared ? Double.POSITIVE_INFINITY : cp;
    double upN = squared ? Double.POSITIVE_INFINITY : cn;
    double b2 = bias > 0 ? bias * bias : 0;
    for (int i = 0; i < l; i++) {
      qd[i] = (y[i] > 0 ? diagP : diagN) + norms[i] + b2;
      index[i] = i;
    }
    int activeSize = l;
    double pgMaxOld = Double.POSITIVE_INFINITY;
    double pgMinOld = Double.NEGATIVE_INFINITY;
    int iter = 0;
    boolean converged = false;
    while (iter < maxIter) {
      double pgMaxNew = Double.NEGATIVE_INFINITY;
      double pgMinNew = Double.POSITIVE_INFINITY;
      shuffle(index, activeSize, rng);
      for (int s = 0; s < activeSize; s++) {
        int i = index[s];
        int yi = y[i];
        double wx = x.rowDot(i, w) + (bias > 0 ? w[p] * bias : 0);
        double diag = yi > 0 ? diagP : diagN;
        double c = yi > 0 ? upP : upN;
        double g = yi * wx - 1 + alpha[i] * diag;
        double pg = 0;
        if (alpha[i] == 0) {
          if (g > pgMaxOld) {
            activeSize--;
            index[s] = index[activeSize];
            index[activeSize] = i;
            s--;
            continue;
          } else if (g < 0) {
            pg = g;
          }
        } else if (alpha[i] == c) {
          if (g < pgMinOld) {
            activeSize--;
            index[s] = index[activeSize];
            index[activeSize] = i;
            s--;
            continue;
          } else if (g > 0) {
            pg = g;
          }
        } else {
          pg = g;
        }
        pgMaxNew = Math.max(pgMaxNew, pg);
        pgMinNew = Math.min(pgMinNew, pg);
        if (Math.abs(pg) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.min(Math.max(alpha[i] - g / qd[i], 0.0), c);
          double d = (alpha[i] - old) * yi;
          x.addRowTo(i, d, w);
          if (bias > 0) {
            w[p] += d * bias;
          }
        }
      }
      iter++;
      if (pgMaxNew - pgMinNew <= eps) {
        if (activeSize == l) {
          converged = true;
          break;
        }
        activeSize = l;
        pgMaxOld = Double.POSITIVE_INFINITY;
        pgMinOld = Double.NEGATIVE_INFINITY;
        continue;
      }
      if (shrinking) {
        pgMaxOld = pgMaxNew <= 0 ? Double.POSITIVE_INFINITY : pgMaxNew;
        pgMinOld = pgMinNew >= 0 ? Double.NEGATIVE_INFINITY : pgMinNew;
      }
    }
    return new Result(w, iter, converged);
  }

  /**
   * Regression: {@code min 1/2 ||w||^2 + C sum_i loss(|t_i - w.x_i| - epsilon)_+} with the absolute
   * ({@code squared = false}) or squared epsilon-insensitive loss, over {@code beta_i = alpha_i - alpha*_i};
   * stops when the sum of violations drops below {@code eps} times that of the first epoch.
   */
  static Result svr(CsrMatrix x, double bias, double[] t, double cc, double epsilon, boolean squared, double eps,
      int maxIter, boolean shrinking, SplittableRandom rng) {
    int l = x.rows();
    int p = x.cols();
    double[] norms = x.rowSquaredNorms();
    double[] w = new double[bias > 0 ? p + 1 : p];
    double[] beta = new double[l];
    double[] qd = new double[l];
    int[] index = new int[l];
    double lambda = squared ? 0.5 / cc : 0;
    double up = squared ? Double.POSITIVE_INFINITY : cc;
    double b2 = bias > 0 ? bias * bias : 0;
    for (int i = 0; i < l; i++) {
      qd[i] = norms[i] + b2;
      index[i] = i;
    }
    int activeSize = l;
    double gMaxOld = Double.POSITIVE_INFINITY;
    double gNorm1Init = -1;
    int iter = 0;
    boolean converged = false;
    while (iter < maxIter) {
      double gMaxNew = 0;
      double gNorm1New = 0;
      shuffle(index, activeSize, rng);
      for (int s = 0; s < activeSize; s++) {
        int i = index[s];
        double wx = x.rowDot(i, w) + (bias > 0 ? w[p] * bias : 0);
        double g = -t[i] + lambda * beta[i] + wx;
        double h = qd[i] + lambda;
        double gp = g + epsilon;
        double gn = g - epsilon;
        double violation = 0;
        boolean shrink = false;
        if (beta[i] == 0) {
          if (gp < 0) {
            violation = -gp;
          } else if (gn > 0) {
            violation = gn;
          } else if (gp > gMaxOld && gn < -gMaxOld) {
            shrink = true;
          }
        } else if (beta[i] >= up) {
          if (gp > 0) {
            violation = gp;
          } else if (gp < -gMaxOld) {
            shrink = true;
          }
        } else if (beta[i] <= -up) {
          if (gn < 0) {
            violation = -gn;
          } else if (gn > gMaxOld) {
            shrink = true;
          }
        } else if (beta[i] > 0) {
          violation = Math.abs(gp);
        } else {
          violation = Math.abs(gn);
        }
        if (shrink) {
          activeSize--;
          index[s] = index[activeSize];
          index[activeSize] = i;
          s--;
          continue;
        }
        gMaxNew = Math.max(gMaxNew, violation);
        gNorm1New += violation;
        double d;
        if (gp < h * beta[i]) {
          d = -gp / h;
        } else if (gn > h * beta[i]) {
          d = -gn / h;
        } else {
          d = -beta[i];
        }
        if (Math.abs(d) < 1e-12) {
          continue;
        }
        double old = beta[i];
        beta[i] = Math.min(Math.max(beta[i] + d, -up), up);
        d = beta[i] - old;
        if (d != 0) {
          x.addRowTo(i, d, w);
          if (bias > 0) {
            w[p] += d * bias;
          }
        }
      }
      if (iter == 0) {
        gNorm1Init = gNorm1New;
      }
      iter++;
      if (gNorm1New <= eps * gNorm1Init) {
        if (activeSize == l) {
          converged = true;
          break;
        }
        activeSize = l;
        gMaxOld = Double.POSITIVE_INFINITY;
        continue;
      }
      if (shrinking) {
        gMaxOld = gMaxNew;
      }
    }
    return new Result(w, iter, converged);
  }

  /** Fisher-Yates over {@code index[0..n)}: position {@code i} takes a uniform pick from {@code [i, n)}. */
  private static void shuffle(int[] index, int n, SplittableRandom rng) {
    for (int i = 0; i < n; i++) {
      int j = i + rng.nextInt(n - i);
      int t = index[i];
      index[i] = index[j];
      index[j] = t;
    }
  }
}
