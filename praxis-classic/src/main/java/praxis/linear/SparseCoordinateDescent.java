package praxis.linear;

import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * {@link CoordinateDescent} on sparse input: the same sweeps, stopping rule and duality gap, over the columns
 * of a compressed sparse column matrix, with the centring done implicitly as scikit-learn's
 * {@code sparse_enet_coordinate_descent} (X is never centred or densified; {@code X_offset} enters the
 * formulas). With column means {@code m}, the centred residual is {@code r = rs + c} where
 * {@code rs = yc - X w} is stored and {@code c = m . w} is a scalar, so a coordinate costs O(nnz of its
 * column): {@code (x_j - m_j)ᵀ r = x_jᵀ rs + c sum(x_j) - m_j sum(r)}, and moving {@code w_j} by {@code d}
 * updates {@code rs} on the stored rows, {@code c} by {@code d m_j} and {@code sum(rs)} by
 * {@code -d sum(x_j)}. The squared column norms of the centred columns are
 * {@code sum_stored (x - m_j)² + (n - nnz_j) m_j²}. A sweep costs O(nnz + p), a gap check O(nnz + n + p).
 * The minimizer is the one of the dense (explicitly centred) problem.
 *
 * <pre>{@code
 * SparseCoordinateDescent.Problem pr = SparseCoordinateDescent.Problem.of(x, y, true, "Lasso");
 * double[] w = new double[pr.p];
 * CoordinateDescent.Outcome o = SparseCoordinateDescent.solve(pr, 0.1, 1.0, w, 1000, 1e-4);
 * }</pre>
 */
final class SparseCoordinateDescent {
  private SparseCoordinateDescent() {}

  /** A sparse design (by columns), the centred target and the implicit-centring statistics. */
  static final class Problem {
    final CsrMatrix xt;     // the transpose: row j = column j of X
    final int n;
    final int p;
    final double[] y;       // centred when fitting an intercept
    final double[] xMean;
    final double yMean;
    final double[] colSum;
    final double[] colNorm2;
    final double yNorm2;

    /** A problem over {@code x} and target {@code y} (taken over and centred in place). */
    Problem(CsrMatrix x, double[] y, boolean fitIntercept) {
      this.n = x.rows();
      this.p = x.cols();
      this.xt = x.transpose();
      this.y = y;
      this.xMean = new double[p];
      this.colSum = new double[p];
      this.colNorm2 = new double[p];
      int[] ptr = xt.indptr();
      double[] val = xt.values();
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int k = ptr[j]; k < ptr[j + 1]; k++) {
          s += val[k];
        }
        colSum[j] = s;
        double m = 0;
        if (fitIntercept) {
          m = s / n;
          double corr = -(n - (ptr[j + 1] - ptr[j])) * m;     // the two-pass correction of the dense mean
          for (int k = ptr[j]; k < ptr[j + 1]; k++) {
            corr += val[k] - m;
          }
          m += corr / n;
        }
        xMean[j] = m;
        double q = (n - (ptr[j + 1] - ptr[j])) * m * m;
        for (int k = ptr[j]; k < ptr[j + 1]; k++) {
          double d = val[k] - m;
          q += d * d;
        }
        colNorm2[j] = q;
      }
      double ym = 0;
      if (fitIntercept) {
        double s = 0;
        for (double v : y) {
          s += v;
        }
        ym = s / n;
        double corr = 0;
        for (double v : y) {
          corr += v - ym;
        }
        ym += corr / n;
        for (int i = 0; i < n; i++) {
          y[i] -= ym;
        }
      }
      this.yMean = ym;
      double s = 0;
      for (double v : y) {
        s += v * v;
      }
      this.yNorm2 = s;
    }

    /** Validated sparse training input (finite numeric features, numeric target). */
    static Problem of(Frame x, Target y, boolean fitIntercept, String who) {
      CsrMatrix a = praxis.classic.internal.Inputs.fitCsr(x, y, who);
      y.requireKind(Target.Kind.VALUES);
      return new Problem(a, y.values().clone(), fitIntercept);
    }

    /** The intercept {@code mean(y) − mean(X)·w}. */
    double intercept(double[] w) {
      double b = yMean;
      for (int j = 0; j < p; j++) {
        b -= xMean[j] * w[j];
      }
      return b;
    }

    /** scikit-learn's largest useful alpha {@code max_j |x_jcᵀ yc| / (n·l1Ratio)} ({@code sum(yc) = 0}). */
    double alphaMax(double l1Ratio) {
      int[] ptr = xt.indptr();
      int[] idx = xt.indices();
      double[] val = xt.values();
      double ySum = 0;
      for (double v : y) {
        ySum += v;
      }
      double best = 0;
      for (int j = 0; j < p; j++) {
        double d = 0;
        for (int k = ptr[j]; k < ptr[j + 1]; k++) {
          d += val[k] * y[idx[k]];
        }
        best = Math.max(best, Math.abs(d - xMean[j] * ySum));
      }
      return best / (n * l1Ratio);
    }
  }

  /** The default alpha grid of {@link CoordinateDescent#alphaGrid} from this problem's alphaMax. */
  static double[] alphaGrid(Problem pr, double l1Ratio, int nAlphas, double eps, String who) {
    if (l1Ratio <= 0) {
      throw new IllegalArgumentException(who + ": the automatic alpha grid needs l1Ratio > 0 (alphaMax = max|Xᵀy| "
          + "/ (n·l1Ratio) is infinite for l1Ratio = 0), got l1Ratio " + l1Ratio + "; pass explicit alphas");
    }
    double alphaMax = pr.alphaMax(l1Ratio);
    double[] out = new double[nAlphas];
    if (alphaMax <= 1e-15) {
      java.util.Arrays.fill(out, 1e-15);
      return out;
    }
    double lo = Math.log10(alphaMax * eps);
    double hi = Math.log10(alphaMax);
    if (nAlphas == 1) {
      out[0] = Math.pow(10, lo);
      return out;
    }
    double step = (hi - lo) / (nAlphas - 1);
    for (int i = 0; i < nAlphas; i++) {
      double e = i == nAlphas - 1 ? hi : lo + i * step;
      out[nAlphas - 1 - i] = Math.pow(10, e);
    }
    return out;
  }

  /** Minimizes the elastic net objective starting from (and overwriting) {@code w}. */
  static CoordinateDescent.Outcome solve(Problem pr, double alpha, double l1Ratio, double[] w, int maxIter,
      double tol) {
    final int n = pr.n;
    final int p = pr.p;
    final int[] ptr = pr.xt.indptr();
    final int[] idx = pr.xt.indices();
    final double[] val = pr.xt.values();
    final double[] norm2 = pr.colNorm2;
    final double[] mean = pr.xMean;
    final double[] colSum = pr.colSum;
    final double l1 = alpha * l1Ratio * n;
    final double l2 = alpha * (1.0 - l1Ratio) * n;
    double[] rs = pr.y.clone();
    double c = 0;
    for (int j = 0; j < p; j++) {
      double wj = w[j];
      if (wj != 0) {
        for (int k = ptr[j]; k < ptr[j + 1]; k++) {
          rs[idx[k]] -= wj * val[k];
        }
        c += mean[j] * wj;
      }
    }
    double rsSum = 0;
    for (double v : rs) {
      rsSum += v;
    }
    final double gapTol = tol * pr.yNorm2;
    double gap = Double.POSITIVE_INFINITY;
    int iter = 0;
    boolean converged = false;
    while (iter < maxIter) {
      double wMax = 0;
      double dwMax = 0;
      for (int j = 0; j < p; j++) {
        double nj = norm2[j];
        if (nj == 0) {
          continue;
        }
        double old = w[j];
        double xr = 0;
        for (int k = ptr[j], e = ptr[j + 1]; k < e; k++) {
          xr += val[k] * rs[idx[k]];
        }
        double dot = xr + c * colSum[j] - mean[j] * (rsSum + n * c) + old * nj;
        double mag = Math.abs(dot) - l1;
        double nw = mag > 0 ? Math.copySign(mag, dot) / (nj + l2) : 0.0;
        w[j] = nw;
        if (nw != old) {
          double d = nw - old;
          for (int k = ptr[j], e = ptr[j + 1]; k < e; k++) {
            rs[idx[k]] -= d * val[k];
          }
          c += d * mean[j];
          rsSum -= d * colSum[j];
        }
        dwMax = Math.max(dwMax, Math.abs(nw - old));
        wMax = Math.max(wMax, Math.abs(nw));
      }
      iter++;
      if (wMax == 0 || dwMax / wMax < tol || iter == maxIter) {
        rsSum = 0;
        for (double v : rs) {
          rsSum += v;
        }
        gap = gap(pr, w, rs, c, rsSum, l1, l2);
        if (gap <= gapTol) {
          converged = true;
          break;
        }
      }
    }
    return new CoordinateDescent.Outcome(gap / n, iter, converged);
  }

  private static double gap(Problem pr, double[] w, double[] rs, double c, double rsSum, double l1, double l2) {
    int n = pr.n;
    int[] ptr = pr.xt.indptr();
    int[] idx = pr.xt.indices();
    double[] val = pr.xt.values();
    double rSum = rsSum + n * c;
    double dualNorm = 0;
    double wNorm2 = 0;
    double l1Norm = 0;
    for (int j = 0; j < pr.p; j++) {
      double xr = 0;
      for (int k = ptr[j], e = ptr[j + 1]; k < e; k++) {
        xr += val[k] * rs[idx[k]];
      }
      double d = xr + c * pr.colSum[j] - pr.xMean[j] * rSum;
      dualNorm = Math.max(dualNorm, Math.abs(d - l2 * w[j]));
      wNorm2 += w[j] * w[j];
      l1Norm += Math.abs(w[j]);
    }
    double rNorm2 = 0;
    double ry = 0;
    for (int i = 0; i < n; i++) {
      double ri = rs[i] + c;
      rNorm2 += ri * ri;
      ry += ri * pr.y[i];
    }
    return CoordinateDescent.gapFrom(dualNorm, rNorm2, ry, wNorm2, l1Norm, l1, l2);
  }
}
