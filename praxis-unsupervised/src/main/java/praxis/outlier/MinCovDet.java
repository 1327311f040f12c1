package praxis.outlier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.data.Frame;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SymmetricEigen;
import praxis.select.internal.NumpyRandom;
import praxis.stat.ChiSquared;

/**
 * Minimum covariance determinant (Rousseeuw 1984) by FastMCD (Rousseeuw and Van Driessen 1999), following
 * scikit-learn 1.2's {@code MinCovDet} step by step: {@code h = ceil((n + p + 1) / 2)} rows (or
 * {@code supportFraction * n}); 30 random h-subsets (NumPy {@code RandomState(seed).permutation}, the same
 * draws as scikit-learn) each refined by two C-steps (re-select the h rows closest in Mahalanobis distance),
 * the 10 with the smallest determinant iterated to convergence and the best kept; for {@code n > 500} the
 * data are first split into subsets of about 300 rows and the candidates merged on up to 1,500 rows; for one
 * feature the exact shortest-half estimator. The raw estimate is made consistent at the normal model (the
 * distances are scaled by {@code median(d²) / χ²_p(0.5)}) and re-weighted: location and covariance of the rows
 * with scaled {@code d² < χ²_p(0.975)}.
 *
 * <pre>{@code
 * MinCovDet.Result r = new MinCovDet(0, 0L).fit(x);
 * double[] mu = r.location();            // robust location
 * double[][] s = r.covariance();         // robust covariance
 * boolean[] raw = r.rawSupport();        // the h rows of the best subset
 * }</pre>
 */
public final class MinCovDet {
  private final double supportFraction;
  private final long seed;

  /**
   * @param supportFraction share of rows in the raw support, in (0, 1], or 0 for {@code (n + p + 1) / 2}
   * @param seed NumPy {@code random_state} of the random subsets
   */
  public MinCovDet(double supportFraction, long seed) {
    if (!(supportFraction == 0 || supportFraction > 0 && supportFraction <= 1)) {
      throw new IllegalArgumentException("supportFraction must be in (0, 1] or 0 for (n + p + 1) / 2, got "
          + supportFraction);
    }
    this.supportFraction = supportFraction;
    this.seed = seed;
  }

  /**
   * The fitted estimate.
   *
   * @param location re-weighted robust location
   * @param covariance re-weighted robust covariance
   * @param precision pseudo-inverse of {@code covariance}
   * @param support rows used by the re-weighted estimate
   * @param distances squared Mahalanobis distances of the training rows under the re-weighted estimate
   * @param rawLocation location of the best h-subset
   * @param rawCovariance covariance of the best h-subset (uncorrected, as scikit-learn's
   *     {@code raw_covariance_})
   * @param rawSupport the best h-subset
   * @param rawLogDet log-determinant of {@code rawCovariance}
   */
  public record Result(double[] location, double[][] covariance, double[][] precision, boolean[] support,
      double[] distances, double[] rawLocation, double[][] rawCovariance, boolean[] rawSupport, double rawLogDet) {}

  private record Est(double[] loc, double[] cov, double det, boolean[] support, double[] dist) {}

  /**
   * Fits on the numeric columns of {@code x}.
   *
   * @throws IllegalArgumentException on fewer than 2 rows, non-numeric or non-finite data
   */
  public Result fit(Frame x) {
    Inputs in = Inputs.of(x, "MinCovDet");
    if (in.n() < 2) {
      throw new IllegalArgumentException("MinCovDet needs at least 2 rows, got " + in.n());
    }
    return fit(in.rows(), in.n(), in.p());
  }

  Result fit(double[] rows, int n, int p) {
    NumpyRandom rng = new NumpyRandom(seed);
    int h = supportFraction == 0 ? (int) Math.ceil(0.5 * (n + p + 1)) : (int) (supportFraction * n);
    if (h < 1 || h > n) {
      throw new IllegalArgumentException("MinCovDet: support size " + h + " out of [1, " + n
          + "]; raise supportFraction");
    }
    Est raw;
    if (p == 1) {
      raw = univariate(rows, n, h);
    } else if (n > 500) {
      raw = large(rows, n, p, h, rng);
    } else {
      List<Est> best = selectCandidates(rows, n, p, h, 30, null, 10, 2, rng);
      raw = selectCandidates(rows, n, p, h, 0, best, 1, 30, rng).get(0);
    }
    // consistency correction (scales the distances only, as scikit-learn 1.2)
    double[] dist = raw.dist.clone();
    int nSupport = 0;
    for (boolean b : raw.support) {
      nSupport += b ? 1 : 0;
    }
    if (nSupport < n) {
      boolean allZero = true;
      for (double v : raw.cov) {
        allZero &= Math.abs(v) <= 1e-8;
      }
      if (allZero) {
        throw new IllegalArgumentException("MinCovDet: the covariance of the support rows is 0 (at least " + h
            + " identical rows); raise supportFraction");
      }
    }
    ChiSquared chi = new ChiSquared(p);
    double correction = median(dist) / chi.isf(0.5);
    for (int i = 0; i < n; i++) {
      dist[i] /= correction;
    }
    double cut = chi.isf(0.025);
    boolean[] mask = new boolean[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      mask[i] = dist[i] < cut;
      m += mask[i] ? 1 : 0;
    }
    double[] loc = new double[p];
    double[] cov = new double[p * p];
    meanCov(rows, n, p, mask, m, loc, cov);
    double[] prec = pinvh(cov, p);
    double[] d = mahalanobis(rows, n, p, loc, prec);
    return new Result(loc, square(cov, p), square(prec, p), mask, d, raw.loc.clone(), square(raw.cov, p),
        raw.support.clone(), raw.det);
  }

  private static double[][] square(double[] a, int p) {
    double[][] out = new double[p][p];
    for (int i = 0; i < p; i++) {
      System.arraycopy(a, i * p, out[i], 0, p);
    }
    return out;
  }

  private Est large(double[] rows, int n, int p, int h, NumpyRandom rng) {
    int nSubsets = n / 300;
    int nSub = n / nSubsets;
    int[] shuffle = rng.permutation(n);
    int hSub = (int) Math.ceil(nSub * (h / (double) n));
    int nTrials = Math.max(10, 500 / nSubsets);
    int nBestSub = 10;
    List<Est> all = new ArrayList<>();
    for (int i = 0; i < nSubsets; i++) {
      double[] sub = new double[nSub * p];
      for (int r = 0; r < nSub; r++) {
        System.arraycopy(rows, shuffle[i * nSub + r] * p, sub, r * p, p);
      }
      all.addAll(selectCandidates(sub, nSub, p, hSub, nTrials, null, nBestSub, 2, rng));
    }
    int nMerged = Math.min(1500, n);
    int hMerged = (int) Math.ceil(nMerged * (h / (double) n));
    int nBestMerged = n > 1500 ? 10 : 1;
    int[] selection = Arrays.copyOf(rng.permutation(n), nMerged);
    double[] merged = new double[nMerged * p];
    for (int r = 0; r < nMerged; r++) {
      System.arraycopy(rows, selection[r] * p, merged, r * p, p);
    }
    List<Est> mergedBest = selectCandidates(merged, nMerged, p, hMerged, 0, all, nBestMerged, 30, rng);
    if (n < 1500) {
      Est e = mergedBest.get(0);
      boolean[] support = new boolean[n];
      double[] dist = new double[n];
      for (int r = 0; r < nMerged; r++) {
        support[selection[r]] = e.support[r];
        dist[selection[r]] = e.dist[r];
      }
      return new Est(e.loc, e.cov, e.det, support, dist);
    }
    return selectCandidates(rows, n, p, h, 0, mergedBest, 1, 30, rng).get(0);
  }

  private static Est univariate(double[] x, int n, int h) {
    double loc;
    boolean[] support = new boolean[n];
    double var;
    if (h < n) {
      double[] s = x.clone();
      Arrays.sort(s);
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i + h < n; i++) {
        min = Math.min(min, s[h + i] - s[i]);
      }
      double sum = 0;
      int cnt = 0;
      for (int i = 0; i + h < n; i++) {
        if (s[h + i] - s[i] == min) {
          sum += s[h + i] + s[i];
          cnt++;
        }
      }
      loc = 0.5 * (sum / cnt);
      double[] ad = new double[n];
      for (int i = 0; i < n; i++) {
        ad[i] = Math.abs(x[i] - loc);
      }
      for (int i : argsort(ad, h)) {
        support[i] = true;
      }
      double mu = 0;
      for (int i = 0; i < n; i++) {
        mu += support[i] ? x[i] : 0;
      }
      mu /= h;
      var = 0;
      for (int i = 0; i < n; i++) {
        var += support[i] ? (x[i] - mu) * (x[i] - mu) : 0;
      }
      var /= h;
    } else {
      Arrays.fill(support, true);
      double mu = 0;
      for (double v : x) {
        mu += v;
      }
      loc = mu / n;
      var = 0;
      for (double v : x) {
        var += (v - loc) * (v - loc);
      }
      var /= n;
    }
    double prec = var > 0 ? 1 / var : 0;
    double[] dist = new double[n];
    for (int i = 0; i < n; i++) {
      dist[i] = (x[i] - loc) * prec * (x[i] - loc);
    }
    return new Est(new double[] {loc}, new double[] {var}, var > 0 ? Math.log(var) : Double.NEGATIVE_INFINITY,
        support, dist);
  }

  /** scikit-learn's {@code select_candidates}: C-steps from random subsets (starts null) or from estimates. */
  private static List<Est> selectCandidates(double[] x, int n, int p, int h, int nTrials, List<Est> starts,
      int select, int nIter, NumpyRandom rng) {
    List<Est> all = new ArrayList<>();
    int trials = starts == null ? nTrials : starts.size();
    for (int j = 0; j < trials; j++) {
      all.add(cStep(x, n, p, h, nIter, starts == null ? null : starts.get(j), rng));
    }
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(all.get(a).det, all.get(b).det));
    List<Est> out = new ArrayList<>(select);
    for (int i = 0; i < Math.min(select, order.length); i++) {
      out.add(all.get(order[i]));
    }
    return out;
  }

  private static Est cStep(double[] x, int n, int p, int h, int remaining, Est init, NumpyRandom rng) {
    boolean[] support = new boolean[n];
    double[] dist = null;
    if (init == null) {
      int[] perm = rng.permutation(n);
      for (int i = 0; i < h; i++) {
        support[perm[i]] = true;
      }
    } else {
      double[] prec = pinvh(init.cov, p);
      dist = mahalanobis(x, n, p, init.loc, prec);
      for (int i : argsort(dist, h)) {
        support[i] = true;
      }
    }
    double[] loc = new double[p];
    double[] cov = new double[p * p];
    meanCov(x, n, p, support, h, loc, cov);
    double det = logDet(cov, p);
    double[] prec = Double.isInfinite(det) ? pinvh(cov, p) : null;
    double prevDet = Double.POSITIVE_INFINITY;
    double[] prevLoc = null;
    double[] prevCov = null;
    boolean[] prevSupport = null;
    while (det < prevDet && remaining > 0 && !Double.isInfinite(det)) {
      prevLoc = loc;
      prevCov = cov;
      prevDet = det;
      prevSupport = support;
      prec = pinvh(cov, p);
      dist = mahalanobis(x, n, p, loc, prec);
      support = new boolean[n];
      for (int i : argsort(dist, h)) {
        support[i] = true;
      }
      loc = new double[p];
      cov = new double[p * p];
      meanCov(x, n, p, support, h, loc, cov);
      det = logDet(cov, p);
      remaining--;
    }
    double[] prevDist = dist;
    dist = mahalanobis(x, n, p, loc, prec);
    Est result = null;
    if (Double.isInfinite(det)) {
      result = new Est(loc, cov, det, support, dist);
    }
    if (allClose(det, prevDet)) {
      result = new Est(loc, cov, det, support, dist);
    } else if (det > prevDet) {
      result = new Est(prevLoc, prevCov, prevDet, prevSupport, prevDist);
    }
    if (remaining == 0) {
      result = new Est(loc, cov, det, support, dist);
    }
    if (result == null) {
      // not reached by scikit-learn's logic for finite determinants; keep the current estimate
      result = new Est(loc, cov, det, support, dist);
    }
    return result;
  }

  private static boolean allClose(double a, double b) {
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return a == b;
    }
    return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
  }

  /** Indices of the {@code k} smallest values (stable order). */
  static int[] argsort(double[] v, int k) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  static void meanCov(double[] x, int n, int p, boolean[] mask, int m, double[] loc, double[] cov) {
    Arrays.fill(loc, 0);
    Arrays.fill(cov, 0);
    for (int i = 0; i < n; i++) {
      if (mask[i]) {
        for (int j = 0; j < p; j++) {
          loc[j] += x[i * p + j];
        }
      }
    }
    for (int j = 0; j < p; j++) {
      loc[j] /= m;
    }
    double[] c = new double[p];
    for (int i = 0; i < n; i++) {
      if (!mask[i]) {
        continue;
      }
      for (int j = 0; j < p; j++) {
        c[j] = x[i * p + j] - loc[j];
      }
      for (int a = 0; a < p; a++) {
        for (int b = a; b < p; b++) {
          cov[a * p + b] += c[a] * c[b];
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        cov[a * p + b] /= m;
        cov[b * p + a] = cov[a * p + b];
      }
    }
  }

  static double[] mahalanobis(double[] x, int n, int p, double[] loc, double[] prec) {
    double[] out = new double[n];
    double[] c = new double[p];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        c[j] = x[i * p + j] - loc[j];
      }
      double s = 0;
      for (int b = 0; b < p; b++) {
        double t = 0;
        for (int a = 0; a < p; a++) {
          t += c[a] * prec[a * p + b];
        }
        s += t * c[b];
      }
      out[i] = s;
    }
    return out;
  }

  /** {@code log det} by LU with partial pivoting; −∞ unless the determinant is positive (fast_logdet). */
  static double logDet(double[] a, int p) {
    double[] lu = a.clone();
    double sign = 1;
    double logAbs = 0;
    for (int k = 0; k < p; k++) {
      int piv = k;
      for (int i = k + 1; i < p; i++) {
        if (Math.abs(lu[i * p + k]) > Math.abs(lu[piv * p + k])) {
          piv = i;
        }
      }
      double d = lu[piv * p + k];
      if (d == 0) {
        return Double.NEGATIVE_INFINITY;
      }
      if (piv != k) {
        for (int j = 0; j < p; j++) {
          double t = lu[k * p + j];
          lu[k * p + j] = lu[piv * p + j];
          lu[piv * p + j] = t;
        }
        sign = -sign;
      }
      if (d < 0) {
        sign = -sign;
      }
      logAbs += Math.log(Math.abs(d));
      for (int i = k + 1; i < p; i++) {
        double f = lu[i * p + k] / d;
        for (int j = k + 1; j < p; j++) {
          lu[i * p + j] -= f * lu[k * p + j];
        }
      }
    }
    return sign > 0 ? logAbs : Double.NEGATIVE_INFINITY;
  }

  /** Pseudo-inverse of a symmetric matrix (SciPy's {@code pinvh}: eigenvalues below p·eps·max|λ| dropped). */
  static double[] pinvh(double[] a, int p) {
    double[] cm = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        cm[j * p + i] = a[i * p + j];
      }
    }
    SymmetricEigen e = LinAlg.eigenSymmetric(DenseMatrix.wrap(p, p, cm));
    double[] s = e.values();
    double[] v = e.vectors().data();
    double max = 0;
    for (double x : s) {
      max = Math.max(max, Math.abs(x));
    }
    double cut = max * p * Math.ulp(1.0);
    double[] out = new double[p * p];
    for (int k = 0; k < p; k++) {
      if (!(Math.abs(s[k]) > cut)) {
        continue;
      }
      double inv = 1 / s[k];
      for (int i = 0; i < p; i++) {
        double vi = v[k * p + i] * inv;
        for (int j = 0; j < p; j++) {
          out[i * p + j] += vi * v[k * p + j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        double m = 0.5 * (out[i * p + j] + out[j * p + i]);
        out[i * p + j] = m;
        out[j * p + i] = m;
      }
    }
    return out;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }
}
