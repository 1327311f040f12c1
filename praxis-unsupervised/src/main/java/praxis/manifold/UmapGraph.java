package praxis.manifold;

import java.util.SplittableRandom;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SymmetricEigen;

/**
 * The graph-building and spectral parts of {@link UMAP}, each a line-by-line counterpart of umap-learn 0.5
 * ({@code umap/umap_.py}, {@code umap/spectral.py}): {@code find_ab_params}, {@code smooth_knn_dist},
 * {@code compute_membership_strengths}, the fuzzy set union of {@code fuzzy_simplicial_set}, and a Lanczos
 * replacement for the {@code eigsh} call of {@code spectral_layout}.
 */
final class UmapGraph {
  static final double SMOOTH_K_TOLERANCE = 1e-5;
  static final double MIN_K_DIST_SCALE = 1e-3;
  static final int SMOOTH_K_STEPS = 64;
  /** Krylov dimension of the spectral initialization (capped at n - 1). */
  static final int LANCZOS_STEPS = 128;

  private UmapGraph() {}

  /** A symmetric sparse graph in CSR form with sorted columns and no zero entries. */
  record Csr(int n, int[] rowPtr, int[] col, double[] val) {
    int nnz() {
      return rowPtr[n];
    }
  }

  // ------------------------------------------------------------------------------------------------ a, b

  /**
   * {@code {a, b}} of the output kernel {@code 1 / (1 + a d^(2b))}: the least-squares fit to 1 for
   * {@code d < minDist} and {@code exp(-(d - minDist) / spread)} beyond, at 300 points evenly spaced on
   * [0, 3 spread] (umap-learn's {@code find_ab_params}, which calls {@code scipy.optimize.curve_fit} from
   * (1, 1)). Levenberg–Marquardt with the analytic Jacobian, run to convergence.
   */
  static double[] findAbParams(double spread, double minDist) {
    int m = 300;
    double[] xv = new double[m];
    double[] yv = new double[m];
    double step = spread * 3 / (m - 1);
    for (int i = 0; i < m; i++) {
      xv[i] = i == m - 1 ? spread * 3 : i * step;
      yv[i] = xv[i] < minDist ? 1.0 : Math.exp(-(xv[i] - minDist) / spread);
    }
    double a = 1.0;
    double b = 1.0;
    double cost = abCost(xv, yv, a, b);
    double lambda = 1e-3;
    for (int it = 0; it < 500; it++) {
      double jaa = 0;
      double jab = 0;
      double jbb = 0;
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < m; i++) {
        double x = xv[i];
        double u = x > 0 ? Math.pow(x, 2 * b) : 0.0;
        double f = 1.0 / (1.0 + a * u);
        double r = f - yv[i];
        double da = -u * f * f;
        double db = x > 0 ? -a * f * f * u * 2 * Math.log(x) : 0.0;
        jaa += da * da;
        jab += da * db;
        jbb += db * db;
        ga += da * r;
        gb += db * r;
      }
      boolean improved = false;
      while (lambda < 1e16) {
        double haa = jaa * (1 + lambda);
        double hbb = jbb * (1 + lambda);
        double det = haa * hbb - jab * jab;
        double sa = -(hbb * ga - jab * gb) / det;
        double sb = -(haa * gb - jab * ga) / det;
        double na = a + sa;
        double nb = b + sb;
        double nc = na > 0 && nb > 0 ? abCost(xv, yv, na, nb) : Double.POSITIVE_INFINITY;
        if (Double.isFinite(nc) && nc <= cost) {
          double change = cost - nc;
          boolean small = Math.abs(sa) <= 1e-14 * (1 + Math.abs(a)) && Math.abs(sb) <= 1e-14 * (1 + Math.abs(b));
          a = na;
          b = nb;
          cost = nc;
          lambda = Math.max(lambda / 10, 1e-12);
          improved = !(small || change <= 1e-18 * (cost + 1e-300));
          break;
        }
        lambda *= 10;
      }
      if (!improved) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double abCost(double[] xv, double[] yv, double a, double b) {
    double s = 0;
    for (int i = 0; i < xv.length; i++) {
      double u = xv[i] > 0 ? Math.pow(xv[i], 2 * b) : 0.0;
      double r = 1.0 / (1.0 + a * u) - yv[i];
      s += r * r;
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------ smooth kNN

  /**
   * umap-learn's {@code smooth_knn_dist} for rows {@code from..to-1} of the {@code n x k} row-major distance
   * matrix {@code dist} (nearest first): {@code rho_i} = distance to the {@code localConnectivity}-th nonzero
   * neighbour (interpolated for fractional values), {@code sigma_i} by 64-step bisection so that
   * {@code sum_{j >= 1} exp(-max(0, d_ij - rho_i) / sigma_i) = log2(k)} (tolerance 1e-5; like umap-learn the
   * sum skips column 0, which is the point itself in a fit), floored at 1e-3 times the mean distance of the
   * row (of all rows when {@code rho_i = 0}).
   */
  static void smoothKnnDist(double[] dist, int k, int from, int to, double localConnectivity, double meanAll,
      double[] sigmas, double[] rhos) {
    double target = Math.log(k) / Math.log(2);
    int index = (int) Math.floor(localConnectivity);
    double interpolation = localConnectivity - index;
    double[] nz = new double[k];
    for (int i = from; i < to; i++) {
      int o = i * k;
      int nnz = 0;
      double rowSum = 0;
      for (int j = 0; j < k; j++) {
        rowSum += dist[o + j];
        if (dist[o + j] > 0) {
          nz[nnz++] = dist[o + j];
        }
      }
      double rho = 0;
      if (nnz >= localConnectivity) {
        if (index > 0) {
          rho = nz[index - 1];
          if (interpolation > SMOOTH_K_TOLERANCE) {
            rho += interpolation * (nz[index] - nz[index - 1]);
          }
        } else {
          rho = interpolation * nz[0];
        }
      } else if (nnz > 0) {
        rho = nz[0];
        for (int j = 1; j < nnz; j++) {
          rho = Math.max(rho, nz[j]);
        }
      }
      double lo = 0;
      double hi = Double.POSITIVE_INFINITY;
      double mid = 1.0;
      for (int it = 0; it < SMOOTH_K_STEPS; it++) {
        double psum = 0;
        for (int j = 1; j < k; j++) {
          double d = dist[o + j] - rho;
          psum += d > 0 ? Math.exp(-(d / mid)) : 1.0;
        }
        if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) {
          break;
        }
        if (psum > target) {
          hi = mid;
          mid = (lo + hi) / 2.0;
        } else {
          lo = mid;
          mid = hi == Double.POSITIVE_INFINITY ? mid * 2 : (lo + hi) / 2.0;
        }
      }
      double floor = MIN_K_DIST_SCALE * (rho > 0 ? rowSum / k : meanAll);
      sigmas[i] = Math.max(mid, floor);
      rhos[i] = rho;
    }
  }

  /** Mean of all entries (umap-learn's {@code np.mean(distances)}). */
  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  /**
   * umap-learn's {@code compute_membership_strengths}: weight of the edge from row {@code i} to
   * {@code idx[i k + j]}: 0 to itself, 1 within {@code rho_i} (or when {@code sigma_i = 0}), else
   * {@code exp(-(d - rho_i) / sigma_i)}. {@code self} tells whether a neighbour equal to the row index is the
   * point itself (true in a fit, false for new points).
   */
  static double membership(int i, int j, double d, double sigma, double rho, boolean self) {
    if (self && j == i) {
      return 0.0;
    }
    if (d - rho <= 0.0 || sigma == 0.0) {
      return 1.0;
    }
    return Math.exp(-((d - rho) / sigma));
  }

  // ----------------------------------------------------------------------------------------- fuzzy union

  /**
   * The symmetric fuzzy graph {@code mix (A + Aᵀ - A∘Aᵀ) + (1 - mix) A∘Aᵀ} of the directed membership graph
   * {@code A} ({@code A[i][idx[i k + j]] = w[i k + j]}), zero entries dropped, columns sorted.
   */
  static Csr fuzzyUnion(int[] idx, double[] w, int n, int k, double mix) {
    // A in CSR, columns sorted (insertion sort within a row; k is small), zeros dropped, duplicates summed
    int[] aPtr = new int[n + 1];
    int[] aCol = new int[n * k];
    double[] aVal = new double[n * k];
    int nnz = 0;
    for (int i = 0; i < n; i++) {
      int start = nnz;
      for (int t = 0; t < k; t++) {
        double v = w[i * k + t];
        if (v == 0.0) {
          continue;
        }
        int c = idx[i * k + t];
        int pos = nnz;
        while (pos > start && aCol[pos - 1] > c) {
          pos--;
        }
        if (pos > start && aCol[pos - 1] == c) {
          aVal[pos - 1] += v;
          continue;
        }
        System.arraycopy(aCol, pos, aCol, pos + 1, nnz - pos);
        System.arraycopy(aVal, pos, aVal, pos + 1, nnz - pos);
        aCol[pos] = c;
        aVal[pos] = v;
        nnz++;
      }
      aPtr[i + 1] = nnz;
    }
    // Aᵀ in CSR (rows visited in order, so its columns come out sorted)
    int[] tPtr = new int[n + 1];
    for (int t = 0; t < nnz; t++) {
      tPtr[aCol[t] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      tPtr[i + 1] += tPtr[i];
    }
    int[] fill = java.util.Arrays.copyOf(tPtr, n);
    int[] tCol = new int[nnz];
    double[] tVal = new double[nnz];
    for (int i = 0; i < n; i++) {
      for (int t = aPtr[i]; t < aPtr[i + 1]; t++) {
        int c = aCol[t];
        tCol[fill[c]] = i;
        tVal[fill[c]++] = aVal[t];
      }
    }
    // merge row by row
    int[] ptr = new int[n + 1];
    int[] col = new int[2 * nnz];
    double[] val = new double[2 * nnz];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int p = aPtr[i];
      int pe = aPtr[i + 1];
      int q = tPtr[i];
      int qe = tPtr[i + 1];
      while (p < pe || q < qe) {
        int c;
        double a;
        double t;
        if (q >= qe || (p < pe && aCol[p] < tCol[q])) {
          c = aCol[p];
          a = aVal[p++];
          t = 0;
        } else if (p >= pe || tCol[q] < aCol[p]) {
          c = tCol[q];
          a = 0;
          t = tVal[q++];
        } else {
          c = aCol[p];
          a = aVal[p++];
          t = tVal[q++];
        }
        double prod = a * t;
        double v = mix * (a + t - prod) + (1.0 - mix) * prod;
        if (v != 0.0) {
          col[m] = c;
          val[m++] = v;
        }
      }
      ptr[i + 1] = m;
    }
    return new Csr(n, ptr, java.util.Arrays.copyOf(col, m), java.util.Arrays.copyOf(val, m));
  }

  /** Number of connected components of a symmetric graph. */
  static int components(Csr g) {
    int[] label = new int[g.n()];
    return componentLabels(g, label);
  }

  /** Writes each node's connected component (0, 1, ... in order of first node) and returns the count. */
  static int componentLabels(Csr g, int[] label) {
    int n = g.n();
    java.util.Arrays.fill(label, -1);
    int[] stack = new int[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (label[s] >= 0) {
        continue;
      }
      int top = 0;
      stack[top++] = s;
      label[s] = count;
      while (top > 0) {
        int u = stack[--top];
        for (int t = g.rowPtr()[u]; t < g.rowPtr()[u + 1]; t++) {
          int v = g.col()[t];
          if (label[v] < 0) {
            label[v] = count;
            stack[top++] = v;
          }
        }
      }
      count++;
    }
    return count;
  }

  // ------------------------------------------------------------------------------------------ spectral

  /**
   * The {@code d} eigenvectors after the first of the normalized Laplacian {@code I - D^-1/2 G D^-1/2} of a
   * connected graph (umap-learn's {@code spectral_layout}), as an {@code n x d} row-major array: the largest
   * eigenvalues of {@code N = D^-1/2 G D^-1/2} below the known top one (eigenvector {@code D^1/2 1}), found
   * by Lanczos with full reorthogonalization (also against {@code D^1/2 1}) from a seeded random start,
   * {@code min(n - 1, 128)} steps, and Rayleigh–Ritz on the tridiagonal matrix. Returns null if the Krylov
   * space is too small for {@code d} vectors.
   */
  static double[] spectral(Csr g, int d, SplittableRandom rng) {
    int n = g.n();
    double[] dh = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
        s += g.val()[t];
      }
      dh[i] = s > 0 ? 1.0 / Math.sqrt(s) : 0.0;
    }
    double[] u0 = new double[n];
    for (int i = 0; i < n; i++) {
      u0[i] = dh[i] > 0 ? 1.0 / dh[i] : 0.0;
    }
    normalize(u0);
    int m = Math.min(n - 1, LANCZOS_STEPS);
    if (m < d) {
      return null;
    }
    double[][] v = new double[m + 1][];
    double[] alpha = new double[m];
    double[] beta = new double[m];
    double[] q = new double[n];
    for (int i = 0; i < n; i++) {
      q[i] = rng.nextDouble() - 0.5;
    }
    orthogonalize(q, u0);
    if (normalize(q) == 0) {
      return null;
    }
    v[0] = q;
    int steps = 0;
    double[] w = new double[n];
    for (int j = 0; j < m; j++) {
      double[] vj = v[j];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
          int c = g.col()[t];
          s += g.val()[t] * dh[c] * vj[c];
        }
        w[i] = dh[i] * s;
      }
      alpha[j] = dot(w, vj);
      // full reorthogonalization, twice for stability
      for (int pass = 0; pass < 2; pass++) {
        orthogonalize(w, u0);
        for (int l = 0; l <= j; l++) {
          orthogonalize(w, v[l]);
        }
      }
      steps = j + 1;
      double nb = normalize(w);
      if (j == m - 1 || nb <= 1e-10) {
        break;
      }
      beta[j] = nb;
      v[j + 1] = w.clone();
    }
    if (steps < d) {
      return null;
    }
    DenseMatrix t = new DenseMatrix(steps, steps);
    for (int j = 0; j < steps; j++) {
      t.set(j, j, alpha[j]);
      if (j + 1 < steps) {
        t.set(j, j + 1, beta[j]);
        t.set(j + 1, j, beta[j]);
      }
    }
    SymmetricEigen eig = LinAlg.eigenSymmetric(t);
    DenseMatrix s = eig.vectors();
    double[] out = new double[n * d];
    for (int a = 0; a < d; a++) {
      for (int j = 0; j < steps; j++) {
        double c = s.get(j, a);
        double[] vj = v[j];
        for (int i = 0; i < n; i++) {
          out[i * d + a] += c * vj[i];
        }
      }
    }
    return out;
  }

  /**
   * umap-learn's {@code multi_component_layout} for a graph with {@code nc} components where
   * {@code nc <= 2 d}: component {@code c} is centred at {@code ±e_{c/2}} (the first {@code ceil(nc / 2)} unit
   * vectors, then their negatives), laid out by {@link #spectral} on its own subgraph scaled to half the
   * smallest distance between centres, or uniformly at random in that box when it has fewer than
   * {@code max(2d, d + 2)} nodes. Returns null for more than {@code 2 d} components (umap-learn then places
   * the centres by a spectral embedding of the component centroids; Praxis falls back to PCA).
   */
  static double[] multiComponent(Csr g, int[] label, int nc, int d, SplittableRandom rng) {
    if (nc > 2 * d) {
      return null;
    }
    int n = g.n();
    int half = (nc + 1) / 2;
    double range = (nc == 2 ? 2.0 : Math.sqrt(2.0)) / 2.0;
    double[] out = new double[n * d];
    int[] local = new int[n];
    for (int c = 0; c < nc; c++) {
      int axis = c < half ? c : c - half;
      double sign = c < half ? 1.0 : -1.0;
      int size = 0;
      for (int i = 0; i < n; i++) {
        if (label[i] == c) {
          local[i] = size++;
        }
      }
      int[] members = new int[size];
      for (int i = 0, t = 0; i < n; i++) {
        if (label[i] == c) {
          members[t++] = i;
        }
      }
      double[] y = null;
      if (size >= 2 * d && size > d + 1) {
        int[] ptr = new int[size + 1];
        int nnz = 0;
        for (int t = 0; t < size; t++) {
          nnz += g.rowPtr()[members[t] + 1] - g.rowPtr()[members[t]];
          ptr[t + 1] = nnz;
        }
        int[] col = new int[nnz];
        double[] val = new double[nnz];
        for (int t = 0, e = 0; t < size; t++) {
          for (int q = g.rowPtr()[members[t]]; q < g.rowPtr()[members[t] + 1]; q++) {
            col[e] = local[g.col()[q]];
            val[e++] = g.val()[q];
          }
        }
        y = spectral(new Csr(size, ptr, col, val), d, rng);
      }
      if (y != null) {
        double m = 0;
        for (double v : y) {
          m = Math.max(m, Math.abs(v));
        }
        double s = m > 0 ? range / m : 0.0;
        for (int t = 0; t < y.length; t++) {
          y[t] *= s;
        }
      } else {
        y = new double[size * d];
        for (int t = 0; t < y.length; t++) {
          y[t] = rng.nextDouble(-range, range);
        }
      }
      for (int t = 0; t < size; t++) {
        for (int a = 0; a < d; a++) {
          out[members[t] * d + a] = y[t * d + a] + (a == axis ? sign : 0.0);
        }
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void orthogonalize(double[] w, double[] u) {
    double c = dot(w, u);
    for (int i = 0; i < w.length; i++) {
      w[i] -= c * u[i];
    }
  }

  private static double normalize(double[] w) {
    double nrm = Math.sqrt(dot(w, w));
    if (nrm > 0) {
      for (int i = 0; i < w.length; i++) {
        w[i] /= nrm;
      }
    }
    return nrm;
  }
}
