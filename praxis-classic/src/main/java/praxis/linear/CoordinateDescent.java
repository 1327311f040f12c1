package praxis.linear;

import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Cyclic coordinate descent for the elastic net on a centred, column-major design, the same algorithm and
 * stopping rule as scikit-learn's {@code cd_fast.enet_coordinate_descent} (1.2.1): it minimizes the
 * n-scaled objective {@code ½‖y − Xw‖² + l1·‖w‖₁ + ½·l2·‖w‖²} with {@code l1 = n·alpha·l1Ratio},
 * {@code l2 = n·alpha·(1 − l1Ratio)}; after a sweep whose largest coordinate change is below
 * {@code tol · max|w|} (or when w is zero, or on the last sweep) it computes the duality gap and stops when
 * the gap is {@code <= tol · ‖y‖²}. The sweep keeps the residual {@code r = y − Xw} up to date and uses
 * precomputed squared column norms ({@code x_jᵀ(r + w_j x_j) = x_jᵀr + w_j‖x_j‖²}, so a coordinate costs one
 * read of its column, two when it moves), and allocates nothing. Reported gaps are divided by n (the scale of
 * the documented objective), as scikit-learn's {@code dual_gap_}.
 *
 * <pre>{@code
 * CoordinateDescent.Problem pr = CoordinateDescent.Problem.of(x, y, true, "Lasso");
 * double[] w = new double[pr.p];
 * CoordinateDescent.Outcome o = CoordinateDescent.solve(pr, 0.1, 1.0, w, 1000, 1e-4, new double[pr.n]);
 * }</pre>
 */
final class CoordinateDescent {
  private CoordinateDescent() {}

  /** Outcome of one solve: duality gap (divided by n), sweeps done, whether the gap test passed. */
  record Outcome(double dualGap, int iterations, boolean converged) {}

  /** A centred design and target with their means, column squared norms and {@code ‖y‖²}. */
  static final class Problem {
    final double[] x;
    final int n;
    final int p;
    final double[] y;
    final double[] xMean;
    final double yMean;
    final double[] colNorm2;
    final double yNorm2;

    Problem(double[] x, int n, int p, double[] y, boolean fitIntercept) {
      this.x = x;
      this.n = n;
      this.p = p;
      this.y = y;
      this.xMean = new double[p];
      double ym = 0;
      if (fitIntercept) {
        for (int j = 0; j < p; j++) {
          int off = j * n;
          double m = mean(x, off, n);
          xMean[j] = m;
          for (int i = 0; i < n; i++) {
            x[off + i] -= m;
          }
        }
        ym = mean(y, 0, n);
        for (int i = 0; i < n; i++) {
          y[i] -= ym;
        }
      }
      this.yMean = ym;
      this.colNorm2 = new double[p];
      for (int j = 0; j < p; j++) {
        int off = j * n;
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += x[off + i] * x[off + i];
        }
        colNorm2[j] = s;
      }
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += y[i] * y[i];
      }
      this.yNorm2 = s;
    }

    /** Validated training input (finite numeric features, numeric target), centred when fitting an intercept. */
    static Problem of(Frame x, Target y, boolean fitIntercept, String who) {
      double[] a = praxis.classic.internal.Inputs.fitMatrix(x, y, who);
      y.requireKind(Target.Kind.VALUES);
      return new Problem(a, x.rowCount(), x.columnCount(), y.values(), fitIntercept);
    }

    /** The intercept {@code mean(y) − mean(X)·w} (0 without intercept, where the means are 0). */
    double intercept(double[] w) {
      double b = yMean;
      for (int j = 0; j < p; j++) {
        b -= xMean[j] * w[j];
      }
      return b;
    }

    /**
     * scikit-learn's largest useful alpha, {@code max_j |x_jᵀy| / (n·l1Ratio)}: every coefficient is zero at
     * and above it.
     */
    double alphaMax(double l1Ratio) {
      double best = 0;
      for (int j = 0; j < p; j++) {
        int off = j * n;
        double d = 0;
        for (int i = 0; i < n; i++) {
          d += x[off + i] * y[i];
        }
        best = Math.max(best, Math.abs(d));
      }
      return best / (n * l1Ratio);
    }
  }

  /**
   * scikit-learn's default alpha grid: {@code nAlphas} values log-spaced from {@code alphaMax} down to
   * {@code eps·alphaMax}, descending (all equal to 1e-15 when alphaMax is that small).
   */
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
      double e = i == nAlphas - 1 ? hi : lo + i * step;    // numpy.linspace, then reversed
      out[nAlphas - 1 - i] = Math.pow(10, e);
    }
    return out;
  }

  /**
   * Minimizes the elastic net objective starting from (and overwriting) {@code w}; {@code r} is an n-long
   * work array that receives the final residual.
   */
  static Outcome solve(Problem pr, double alpha, double l1Ratio, double[] w, int maxIter, double tol, double[] r) {
    final int n = pr.n;
    final int p = pr.p;
    final double[] x = pr.x;
    final double[] norm2 = pr.colNorm2;
    final double l1 = alpha * l1Ratio * n;
    final double l2 = alpha * (1.0 - l1Ratio) * n;
    System.arraycopy(pr.y, 0, r, 0, n);
    for (int j = 0; j < p; j++) {
      double wj = w[j];
      if (wj != 0) {
        int off = j * n;
        for (int i = 0; i < n; i++) {
          r[i] -= wj * x[off + i];
        }
      }
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
        int off = j * n;
        double old = w[j];
        // x_jᵀ(r + old·x_j): the correlation with the residual without coordinate j, in one read of the column
        double dot = dot(x, off, r, n) + old * nj;
        double mag = Math.abs(dot) - l1;
        double nw = mag > 0 ? Math.copySign(mag, dot) / (nj + l2) : 0.0;
        w[j] = nw;
        if (nw != old) {
          double d = nw - old;
          for (int i = 0; i < n; i++) {
            r[i] -= d * x[off + i];
          }
        }
        dwMax = Math.max(dwMax, Math.abs(nw - old));
        wMax = Math.max(wMax, Math.abs(nw));
      }
      iter++;
      if (wMax == 0 || dwMax / wMax < tol || iter == maxIter) {
        gap = gap(pr, w, r, l1, l2);
        if (gap <= gapTol) {
          converged = true;
          break;
        }
      }
    }
    return new Outcome(gap / n, iter, converged);
  }

  /** The Gram form of a problem: {@code Q = XᵀX} (p × p, column-major), {@code q = Xᵀy} and {@code ‖y‖²}. */
  static final class Gram {
    final int n;
    final int p;
    final double[] q;
    final double[] xty;
    final double yNorm2;

    Gram(Problem pr) {
      this.n = pr.n;
      this.p = pr.p;
      DenseMatrix a = DenseMatrix.wrap(pr.n, pr.p, pr.x);
      this.q = LinAlg.gemm(true, false, 1.0, a, a, 0.0, new DenseMatrix(p, p)).data();
      this.xty = LinAlg.gemv(true, 1.0, a, pr.y, 0.0, new double[p]);
      this.yNorm2 = pr.yNorm2;
    }
  }

  /**
   * The same coordinate descent on the Gram form (scikit-learn's {@code enet_coordinate_descent_gram}, used by
   * its paths and CV when n &gt; p): keeps {@code h = Qw}, so a coordinate costs O(p) instead of O(n), and the
   * gap uses {@code ‖r‖² = ‖y‖² + wᵀQw − 2wᵀq}, {@code Xᵀr = q − h}, {@code rᵀy = ‖y‖² − wᵀq}. {@code h} is a
   * p-long work array.
   */
  static Outcome solveGram(Gram g, double alpha, double l1Ratio, double[] w, int maxIter, double tol, double[] h) {
    final int p = g.p;
    final int n = g.n;
    final double[] q = g.q;
    final double[] xty = g.xty;
    final double l1 = alpha * l1Ratio * n;
    final double l2 = alpha * (1.0 - l1Ratio) * n;
    java.util.Arrays.fill(h, 0.0);
    for (int j = 0; j < p; j++) {
      double wj = w[j];
      if (wj != 0) {
        int off = j * p;
        for (int k = 0; k < p; k++) {
          h[k] += wj * q[off + k];
        }
      }
    }
    final double gapTol = tol * g.yNorm2;
    double gap = Double.POSITIVE_INFINITY;
    int iter = 0;
    boolean converged = false;
    while (iter < maxIter) {
      double wMax = 0;
      double dwMax = 0;
      for (int j = 0; j < p; j++) {
        int off = j * p;
        double qjj = q[off + j];
        if (qjj == 0) {
          continue;
        }
        double old = w[j];
        double dot = xty[j] - h[j] + old * qjj;
        double mag = Math.abs(dot) - l1;
        double nw = mag > 0 ? Math.copySign(mag, dot) / (qjj + l2) : 0.0;
        w[j] = nw;
        if (nw != old) {
          double d = nw - old;
          for (int k = 0; k < p; k++) {
            h[k] += d * q[off + k];
          }
        }
        dwMax = Math.max(dwMax, Math.abs(nw - old));
        wMax = Math.max(wMax, Math.abs(nw));
      }
      iter++;
      if (wMax == 0 || dwMax / wMax < tol || iter == maxIter) {
        double dualNorm = 0;
        double wQw = 0;
        double wq = 0;
        double wNorm2 = 0;
        double l1Norm = 0;
        for (int j = 0; j < p; j++) {
          dualNorm = Math.max(dualNorm, Math.abs(xty[j] - h[j] - l2 * w[j]));
          wQw += w[j] * h[j];
          wq += w[j] * xty[j];
          wNorm2 += w[j] * w[j];
          l1Norm += Math.abs(w[j]);
        }
        double rNorm2 = g.yNorm2 + wQw - 2 * wq;
        gap = gapFrom(dualNorm, rNorm2, g.yNorm2 - wq, wNorm2, l1Norm, l1, l2);
        if (gap <= gapTol) {
          converged = true;
          break;
        }
      }
    }
    return new Outcome(gap / n, iter, converged);
  }

  /**
   * The duality gap of the n-scaled objective at w with residual r: scikit-learn's formula, except that without
   * an L1 part ({@code l1 = 0}: ridge by coordinate descent, or alpha = 0) the residual is used unscaled as the
   * dual point. scikit-learn scales it by {@code l1/‖Xᵀr − l2·w‖∞ = 0} there, which turns the "gap" into the
   * primal objective, so that solver never reports convergence for {@code l1_ratio = 0}; unscaled, the gap is
   * {@code ‖r‖² − rᵀy + l2‖w‖²}, zero exactly at the optimum ({@code Xᵀr = l2·w}).
   */
  static double gap(Problem pr, double[] w, double[] r, double l1, double l2) {
    int n = pr.n;
    double[] x = pr.x;
    double dualNorm = 0;
    double wNorm2 = 0;
    double l1Norm = 0;
    for (int j = 0; j < pr.p; j++) {
      double d = dot(x, j * n, r, n);
      dualNorm = Math.max(dualNorm, Math.abs(d - l2 * w[j]));
      wNorm2 += w[j] * w[j];
      l1Norm += Math.abs(w[j]);
    }
    double rNorm2 = 0;
    double ry = 0;
    for (int i = 0; i < n; i++) {
      rNorm2 += r[i] * r[i];
      ry += r[i] * pr.y[i];
    }
    return gapFrom(dualNorm, rNorm2, ry, wNorm2, l1Norm, l1, l2);
  }

  /** The gap from {@code ‖Xᵀr − l2·w‖∞}, {@code ‖r‖²}, {@code rᵀy}, {@code ‖w‖²} and {@code ‖w‖₁}. */
  static double gapFrom(double dualNorm, double rNorm2, double ry, double wNorm2, double l1Norm, double l1,
      double l2) {
    double cst;
    double g;
    if (l1 > 0 && dualNorm > l1) {    // scale the residual into the dual-feasible set of the L1 part
      cst = l1 / dualNorm;
      g = 0.5 * (rNorm2 + rNorm2 * cst * cst);
    } else {
      cst = 1.0;
      g = rNorm2;
    }
    return g + l1 * l1Norm - cst * ry + 0.5 * l2 * (1 + cst * cst) * wNorm2;
  }

  /**
   * {@code Σ x[off + i]·r[i]} over i &lt; n with four independent partial sums (the additions are not one
   * latency-bound chain, so a sweep runs several times faster than a single accumulator).
   */
  static double dot(double[] x, int off, double[] r, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int i = 0;
    for (int end = n - 3; i < end; i += 4) {
      s0 += x[off + i] * r[i];
      s1 += x[off + i + 1] * r[i + 1];
      s2 += x[off + i + 2] * r[i + 2];
      s3 += x[off + i + 3] * r[i + 3];
    }
    for (; i < n; i++) {
      s0 += x[off + i] * r[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static double mean(double[] v, int off, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[off + i];
    }
    double m = s / n;
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += v[off + i] - m;
    }
    return m + c / n;
  }
}
