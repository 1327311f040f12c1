package praxis.decomposition;

import praxis.linalg.CsrMatrix;

/**
 * NMF solvers on {@code W} (row-major {@code n x k}) and {@code H} (row-major {@code k x p}), following
 * scikit-learn 1.2's {@code _fit_coordinate_descent} and {@code _fit_multiplicative_update}.
 */
final class NmfSolver {
  /** NumPy's float32 machine epsilon, scikit-learn's guard value in the multiplicative updates. */
  static final double EPSILON = Math.ulp(1.0f);

  private NmfSolver() {}

  /** Runs the solver; updates H too when {@code updateH}. Returns the iterations run. */
  static int solve(NmfData x, double[] w, double[] h, int k, NMF.Params params, boolean updateH) {
    double l1W = x.p * params.alphaW() * params.l1Ratio();
    double l2W = x.p * params.alphaW() * (1 - params.l1Ratio());
    double l1H = x.n * params.alphaH() * params.l1Ratio();
    double l2H = x.n * params.alphaH() * (1 - params.l1Ratio());
    return params.solver() == NMF.Solver.CD
        ? coordinateDescent(x, w, h, k, params, updateH, l1W, l2W, l1H, l2H)
        : multiplicative(x, w, h, k, params, updateH, l1W, l2W, l1H, l2H);
  }

  private static int coordinateDescent(NmfData x, double[] w, double[] h, int k, NMF.Params params, boolean updateH,
      double l1W, double l2W, double l1H, double l2H) {
    int n = x.n;
    int p = x.p;
    double[] ht = new double[p * k];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        ht[j * k + c] = h[c * p + j];
      }
    }
    double violationInit = 0;
    int it;
    for (it = 1; it <= params.maxIter(); it++) {
      double violation = cdUpdate(x.x, w, n, ht, k, l1W, l2W);
      if (updateH) {
        violation += cdUpdate(x.xt, ht, p, w, k, l1H, l2H);
      }
      if (it == 1) {
        violationInit = violation;
      }
      if (violationInit == 0 || violation / violationInit <= params.tol()) {
        break;
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        h[c * p + j] = ht[j * k + c];
      }
    }
    return Math.min(it, params.maxIter());
  }

  /**
   * One pass of coordinate descent on {@code a} ({@code rows x k}) for {@code X ≈ a bᵀ}, {@code X} given as
   * CSR with {@code rows} rows and {@code b} ({@code cols x k}); returns the projected-gradient violation.
   */
  private static double cdUpdate(CsrMatrix xm, double[] a, int rows, double[] b, int k, double l1, double l2) {
    int cols = b.length / k;
    double[] bb = new double[k * k];
    for (int j = 0; j < cols; j++) {
      for (int r = 0; r < k; r++) {
        double v = b[j * k + r];
        for (int s = 0; s < k; s++) {
          bb[r * k + s] += v * b[j * k + s];
        }
      }
    }
    if (l2 != 0) {
      for (int r = 0; r < k; r++) {
        bb[r * k + r] += l2;
      }
    }
    double[] xb = new double[rows * k];
    int[] ptr = xm.indptr();
    int[] idx = xm.indices();
    double[] val = xm.values();
    for (int i = 0; i < rows; i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        double v = val[t];
        int j = idx[t];
        for (int r = 0; r < k; r++) {
          xb[i * k + r] += v * b[j * k + r];
        }
      }
      if (l1 != 0) {
        for (int r = 0; r < k; r++) {
          xb[i * k + r] -= l1;
        }
      }
    }
    double violation = 0;
    for (int t = 0; t < k; t++) {
      double hess = bb[t * k + t];
      for (int i = 0; i < rows; i++) {
        double grad = -xb[i * k + t];
        for (int r = 0; r < k; r++) {
          grad += bb[t * k + r] * a[i * k + r];
        }
        double pg = a[i * k + t] == 0 ? Math.min(0, grad) : grad;
        violation += Math.abs(pg);
        if (hess != 0) {
          a[i * k + t] = Math.max(a[i * k + t] - grad / hess, 0);
        }
      }
    }
    return violation;
  }

  private static int multiplicative(NmfData x, double[] w, double[] h, int k, NMF.Params params, boolean updateH,
      double l1W, double l2W, double l1H, double l2H) {
    boolean kl = params.loss() == NMF.Loss.KULLBACK_LEIBLER;
    double errInit = divergence(x, w, h, k, params.loss());
    double prev = errInit;
    int it;
    int n = x.n;
    int p = x.p;
    for (it = 1; it <= params.maxIter(); it++) {
      double[] num = new double[n * k];
      double[] den = new double[n * k];
      if (!kl) {
        // num = X Hᵀ, den = W (H Hᵀ)
        double[] hh = gram(h, k, p);
        mulXHt(x.x, h, k, p, num, null);
        for (int i = 0; i < n; i++) {
          for (int c = 0; c < k; c++) {
            double s = 0;
            for (int r = 0; r < k; r++) {
              s += w[i * k + r] * hh[r * k + c];
            }
            den[i * k + c] = s;
          }
        }
      } else {
        // num = (X / WH) Hᵀ over the stored entries, den = row sums of H
        double[] ratio = ratioAtNonzeros(x.x, w, h, k, p);
        mulXHt(x.x, h, k, p, num, ratio);
        double[] hsum = new double[k];
        for (int c = 0; c < k; c++) {
          for (int j = 0; j < p; j++) {
            hsum[c] += h[c * p + j];
          }
        }
        for (int i = 0; i < n; i++) {
          System.arraycopy(hsum, 0, den, i * k, k);
        }
      }
      for (int t = 0; t < den.length; t++) {
        if (l1W > 0) {
          den[t] += l1W;
        }
        if (l2W > 0) {
          den[t] += l2W * w[t];
        }
        if (den[t] == 0) {
          den[t] = EPSILON;
        }
        w[t] *= num[t] / den[t];
      }
      if (updateH) {
        double[] numH = new double[k * p];
        double[] denH = new double[k * p];
        if (!kl) {
          // num = Wᵀ X, den = (Wᵀ W) H
          mulWtX(x.xt, w, k, p, numH, null);
          double[] ww = gram2(w, x.n, k);
          for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
              double s = 0;
              for (int r = 0; r < k; r++) {
                s += ww[c * k + r] * h[r * p + j];
              }
              denH[c * p + j] = s;
            }
          }
        } else {
          double[] ratio = ratioAtNonzeros(x.x, w, h, k, p);
          double[] ratioT = transposeValues(x, ratio);
          mulWtX(x.xt, w, k, p, numH, ratioT);
          double[] wsum = new double[k];
          for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
              wsum[c] += w[i * k + c];
            }
          }
          for (int c = 0; c < k; c++) {
            double ws = wsum[c] == 0 ? 1 : wsum[c];
            for (int j = 0; j < p; j++) {
              denH[c * p + j] = ws;
            }
          }
        }
        for (int t = 0; t < denH.length; t++) {
          if (l1H > 0) {
            denH[t] += l1H;
          }
          if (l2H > 0) {
            denH[t] += l2H * h[t];
          }
          if (denH[t] == 0) {
            denH[t] = EPSILON;
          }
          h[t] *= numH[t] / denH[t];
          if (kl && h[t] < Math.ulp(1.0)) {
            h[t] = 0;
          }
        }
      }
      if (params.tol() > 0 && it % 10 == 0) {
        double err = divergence(x, w, h, k, params.loss());
        if ((prev - err) / errInit < params.tol()) {
          break;
        }
        prev = err;
      }
    }
    return Math.min(it, params.maxIter());
  }

  private static double[] gram(double[] h, int k, int p) {
    double[] g = new double[k * k];
    for (int r = 0; r < k; r++) {
      for (int s = 0; s < k; s++) {
        double v = 0;
        for (int j = 0; j < p; j++) {
          v += h[r * p + j] * h[s * p + j];
        }
        g[r * k + s] = v;
      }
    }
    return g;
  }

  private static double[] gram2(double[] w, int n, int k) {
    double[] g = new double[k * k];
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < k; r++) {
        double v = w[i * k + r];
        for (int s = 0; s < k; s++) {
          g[r * k + s] += v * w[i * k + s];
        }
      }
    }
    return g;
  }

  /** {@code out = Y Hᵀ} where Y has X's sparsity and values {@code vals} (null = X's values). */
  private static void mulXHt(CsrMatrix x, double[] h, int k, int p, double[] out, double[] vals) {
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] v = vals == null ? x.values() : vals;
    for (int i = 0; i < x.rows(); i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        double a = v[t];
        int j = idx[t];
        for (int c = 0; c < k; c++) {
          out[i * k + c] += a * h[c * p + j];
        }
      }
    }
  }

  /** {@code out = Wᵀ Y} (k x p) with Y given by its transpose's CSR and values {@code vals} (null = stored). */
  private static void mulWtX(CsrMatrix xt, double[] w, int k, int p, double[] out, double[] vals) {
    int[] ptr = xt.indptr();
    int[] idx = xt.indices();
    double[] v = vals == null ? xt.values() : vals;
    for (int j = 0; j < p; j++) {
      for (int t = ptr[j]; t < ptr[j + 1]; t++) {
        double a = v[t];
        int i = idx[t];
        for (int c = 0; c < k; c++) {
          out[c * p + j] += a * w[i * k + c];
        }
      }
    }
  }

  /** {@code X / max(WH, EPSILON)} at X's stored entries (CSR order). */
  private static double[] ratioAtNonzeros(CsrMatrix x, double[] w, double[] h, int k, int p) {
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] v = x.values();
    double[] out = new double[v.length];
    for (int i = 0; i < x.rows(); i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        int j = idx[t];
        double wh = 0;
        for (int c = 0; c < k; c++) {
          wh += w[i * k + c] * h[c * p + j];
        }
        out[t] = v[t] / Math.max(wh, EPSILON);
      }
    }
    return out;
  }

  /** Re-orders values given in X's CSR order into the CSR order of Xᵀ. */
  private static double[] transposeValues(NmfData x, double[] vals) {
    CsrMatrix t = CsrMatrix.wrap(x.n, x.p, x.x.indptr(), x.x.indices(), vals).transpose();
    return t.values();
  }

  /**
   * The loss as scikit-learn reports it ({@code reconstruction_err_}): Frobenius {@code ||X − WH||_F}; KL
   * {@code sqrt(2 D_KL)}.
   */
  static double divergence(NmfData x, double[] w, double[] h, int k, NMF.Loss loss) {
    int n = x.n;
    int p = x.p;
    int[] ptr = x.x.indptr();
    int[] idx = x.x.indices();
    double[] v = x.x.values();
    if (loss == NMF.Loss.FROBENIUS) {
      // ||X||² − 2 <X, WH> + ||WH||², with ||WH||² = sum (WᵀW ∘ HHᵀ)
      double xx = 0;
      double cross = 0;
      for (int i = 0; i < n; i++) {
        for (int t = ptr[i]; t < ptr[i + 1]; t++) {
          int j = idx[t];
          double wh = 0;
          for (int c = 0; c < k; c++) {
            wh += w[i * k + c] * h[c * p + j];
          }
          xx += v[t] * v[t];
          cross += v[t] * wh;
        }
      }
      double[] ww = gram2(w, n, k);
      double[] hh = gram(h, k, p);
      double whwh = 0;
      for (int t = 0; t < k * k; t++) {
        whwh += ww[t] * hh[t];
      }
      return Math.sqrt(Math.max(xx - 2 * cross + whwh, 0));
    }
    double res = 0;
    double sumX = 0;
    for (int i = 0; i < n; i++) {
      for (int t = ptr[i]; t < ptr[i + 1]; t++) {
        if (v[t] <= EPSILON) {
          continue;
        }
        int j = idx[t];
        double wh = 0;
        for (int c = 0; c < k; c++) {
          wh += w[i * k + c] * h[c * p + j];
        }
        if (wh == 0) {
          wh = EPSILON;
        }
        res += v[t] * Math.log(v[t] / wh);
        sumX += v[t];
      }
    }
    double[] ws = new double[k];
    double[] hs = new double[k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        ws[c] += w[i * k + c];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        hs[c] += h[c * p + j];
      }
    }
    double sumWh = 0;
    for (int c = 0; c < k; c++) {
      sumWh += ws[c] * hs[c];
    }
    res += sumWh - sumX;
    return Math.sqrt(2 * Math.max(res, 0));
  }
}
