package praxis.metrics;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Clustering quality, defined as in scikit-learn 1.2.1. Labels are arbitrary integers: every distinct value
 * (including a noise label such as −1) is one cluster.
 *
 * <ul>
 *   <li>Internal indices on a numeric matrix {@code x[row][feature]} (Euclidean distance):
 *       {@link #silhouette} (mean of per-sample silhouettes; samples in singleton clusters count 0; cost
 *       O(n²·d)), {@link #daviesBouldin} (0 when all intra distances or all centroid distances are ≈ 0),
 *       {@link #calinskiHarabasz} (1 when the within-cluster dispersion is 0). Each needs
 *       2 ≤ clusters ≤ n − 1.</li>
 *   <li>Label agreement (cost O(n log n) plus, for AMI, O(Σ<sub>ij</sub> min(a<sub>i</sub>, b<sub>j</sub>))):
 *       {@link #adjustedRand} (exact integer pair counts; 1 when the pair confusion is perfect),
 *       {@link #mutualInfo} (natural log), {@link #normalizedMutualInfo} (arithmetic-mean normalization),
 *       {@link #adjustedMutualInfo} (expected MI under the hypergeometric permutation model, as in
 *       scikit-learn's {@code expected_mutual_information}; arithmetic-mean normalization). NMI and AMI are 1
 *       when both labelings have a single cluster.</li>
 * </ul>
 *
 * <pre>{@code
 * double ari = ClusteringMetrics.adjustedRand(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0});   // 1.0
 * double s = ClusteringMetrics.silhouette(x, labels);
 * }</pre>
 */
public final class ClusteringMetrics {
  private static final double EPS = Math.ulp(1.0);

  private ClusteringMetrics() {}

  /** Labels mapped to 0..k-1 in sorted order of the distinct values. */
  private record Encoded(int[] codes, int k) {}

  private static Encoded encode(int[] labels) {
    int[] sorted = labels.clone();
    Arrays.sort(sorted);
    int k = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[k++] = sorted[i];
      }
    }
    int[] codes = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      codes[i] = Arrays.binarySearch(sorted, 0, k, labels[i]);
    }
    return new Encoded(codes, k);
  }

  private static int checkMatrix(double[][] x, int[] labels) {
    Args.notNull(x, "x");
    Args.notNull(labels, "labels");
    Args.nonEmpty(x.length, "x");
    Args.sameLength(x.length, "x", labels.length, "labels");
    int d = x[0].length;
    if (d == 0) {
      throw new IllegalArgumentException("x has 0 features; at least 1 column is required");
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i].length != d) {
        throw new IllegalArgumentException("x[" + i + "] has " + x[i].length + " features but x[0] has " + d
            + "; all rows need the same number of features");
      }
      Args.finite(x[i], "x[" + i + "]");
    }
    return d;
  }

  private static void checkClusterCount(int k, int n) {
    if (!(1 < k && k < n)) {
      throw new IllegalArgumentException("labels hold " + k + " distinct clusters for " + n
          + " samples; this index needs between 2 and n_samples - 1 clusters (inclusive)");
    }
  }

  /** Mean silhouette coefficient over all samples (Euclidean). */
  public static double silhouette(double[][] x, int[] labels) {
    int d = checkMatrix(x, labels);
    int n = x.length;
    Encoded e = encode(labels);
    int k = e.k;
    checkClusterCount(k, n);
    int[] c = e.codes;
    long[] size = new long[k];
    for (int v : c) {
      size[v]++;
    }
    double[] sums = new double[n * k]; // sums[i*k + cluster] = Σ distance from i to the cluster's points
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      for (int j = i + 1; j < n; j++) {
        double[] xj = x[j];
        double s = 0;
        for (int f = 0; f < d; f++) {
          double t = xi[f] - xj[f];
          s += t * t;
        }
        double dist = Math.sqrt(s);
        sums[i * k + c[j]] += dist;
        sums[j * k + c[i]] += dist;
      }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      int own = c[i];
      if (size[own] == 1) {
        continue; // silhouette 0
      }
      double a = sums[i * k + own] / (size[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int q = 0; q < k; q++) {
        if (q != own) {
          b = Math.min(b, sums[i * k + q] / size[q]);
        }
      }
      double m = Math.max(a, b);
      if (m > 0) {
        total += (b - a) / m;
      }
    }
    return total / n;
  }

  private static double[] centroids(double[][] x, int[] c, int k, int d, long[] size) {
    double[] cen = new double[k * d];
    for (int i = 0; i < x.length; i++) {
      size[c[i]]++;
      for (int f = 0; f < d; f++) {
        cen[c[i] * d + f] += x[i][f];
      }
    }
    for (int q = 0; q < k; q++) {
      for (int f = 0; f < d; f++) {
        cen[q * d + f] /= size[q];
      }
    }
    return cen;
  }

  /** Davies–Bouldin index (lower is better). */
  public static double daviesBouldin(double[][] x, int[] labels) {
    int d = checkMatrix(x, labels);
    int n = x.length;
    Encoded e = encode(labels);
    int k = e.k;
    checkClusterCount(k, n);
    int[] c = e.codes;
    long[] size = new long[k];
    double[] cen = centroids(x, c, k, d, size);
    double[] intra = new double[k];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int f = 0; f < d; f++) {
        double t = x[i][f] - cen[c[i] * d + f];
        s += t * t;
      }
      intra[c[i]] += Math.sqrt(s);
    }
    boolean intraZero = true;
    for (int q = 0; q < k; q++) {
      intra[q] /= size[q];
      intraZero &= Math.abs(intra[q]) <= 1e-8;
    }
    double[] cd = new double[k * k];
    boolean centroidZero = true;
    for (int p = 0; p < k; p++) {
      for (int q = 0; q < k; q++) {
        double s = 0;
        for (int f = 0; f < d; f++) {
          double t = cen[p * d + f] - cen[q * d + f];
          s += t * t;
        }
        cd[p * k + q] = Math.sqrt(s);
        centroidZero &= cd[p * k + q] <= 1e-8;
      }
    }
    if (intraZero || centroidZero) {
      return 0.0;
    }
    double total = 0;
    for (int p = 0; p < k; p++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < k; q++) {
        double dist = cd[p * k + q] == 0 ? Double.POSITIVE_INFINITY : cd[p * k + q];
        best = Math.max(best, (intra[p] + intra[q]) / dist);
      }
      total += best;
    }
    return total / k;
  }

  /** Calinski–Harabasz index (variance ratio; higher is better). */
  public static double calinskiHarabasz(double[][] x, int[] labels) {
    int d = checkMatrix(x, labels);
    int n = x.length;
    Encoded e = encode(labels);
    int k = e.k;
    checkClusterCount(k, n);
    int[] c = e.codes;
    long[] size = new long[k];
    double[] cen = centroids(x, c, k, d, size);
    double[] mean = new double[d];
    for (double[] row : x) {
      for (int f = 0; f < d; f++) {
        mean[f] += row[f];
      }
    }
    for (int f = 0; f < d; f++) {
      mean[f] /= n;
    }
    double extra = 0;
    for (int q = 0; q < k; q++) {
      double s = 0;
      for (int f = 0; f < d; f++) {
        double t = cen[q * d + f] - mean[f];
        s += t * t;
      }
      extra += size[q] * s;
    }
    double intra = 0;
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < d; f++) {
        double t = x[i][f] - cen[c[i] * d + f];
        intra += t * t;
      }
    }
    return intra == 0.0 ? 1.0 : extra * (n - k) / (intra * (k - 1.0));
  }

  /** Sparse contingency table of two labelings: non-zero cells in row-major order plus marginals. */
  private record Contingency(int n, int r, int c, int[] rows, int[] cols, long[] counts, long[] rowSum,
      long[] colSum) {}

  private static Contingency contingency(int[] a, int[] b) {
    Args.pair(a, "labelsTrue", b, "labelsPred");
    Encoded ea = encode(a);
    Encoded eb = encode(b);
    int n = a.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) ea.codes[i] * eb.k + eb.codes[i];
    }
    Arrays.sort(keys);
    int nz = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        nz++;
      }
    }
    int[] rows = new int[nz];
    int[] cols = new int[nz];
    long[] counts = new long[nz];
    int z = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        z++;
        rows[z] = (int) (keys[i] / eb.k);
        cols[z] = (int) (keys[i] % eb.k);
      }
      counts[z]++;
    }
    long[] rowSum = new long[ea.k];
    long[] colSum = new long[eb.k];
    for (int i = 0; i < nz; i++) {
      rowSum[rows[i]] += counts[i];
      colSum[cols[i]] += counts[i];
    }
    return new Contingency(n, ea.k, eb.k, rows, cols, counts, rowSum, colSum);
  }

  /** Adjusted Rand index of two labelings (symmetric; 1 = identical partitions, ≈ 0 = chance). */
  public static double adjustedRand(int[] labelsTrue, int[] labelsPred) {
    Contingency t = contingency(labelsTrue, labelsPred);
    long n = t.n;
    long sumSquares = 0;
    long dotK = 0;
    long dotC = 0;
    for (int z = 0; z < t.counts.length; z++) {
      long v = t.counts[z];
      sumSquares += v * v;
      dotK += v * t.colSum[t.cols[z]];
      dotC += v * t.rowSum[t.rows[z]];
    }
    BigInteger tp = BigInteger.valueOf(sumSquares - n);
    BigInteger fp = BigInteger.valueOf(dotK - sumSquares);
    BigInteger fn = BigInteger.valueOf(dotC - sumSquares);
    BigInteger tn = BigInteger.valueOf(n * n - (dotK - sumSquares) - (dotC - sumSquares) - sumSquares);
    if (fn.signum() == 0 && fp.signum() == 0) {
      return 1.0;
    }
    BigInteger num = tp.multiply(tn).subtract(fn.multiply(fp));
    BigInteger den = tp.add(fn).multiply(fn.add(tn)).add(tp.add(fp).multiply(fp.add(tn)));
    return 2.0 * num.doubleValue() / den.doubleValue();
  }

  /** Mutual information (natural log) between two labelings. */
  public static double mutualInfo(int[] labelsTrue, int[] labelsPred) {
    return mutualInfo(contingency(labelsTrue, labelsPred));
  }

  private static double mutualInfo(Contingency t) {
    if (t.r == 1 || t.c == 1) {
      return 0.0;
    }
    double total = t.n;
    double logTotal = Math.log(total);
    double logSums = Math.log(total) + Math.log(total);
    double mi = 0;
    for (int z = 0; z < t.counts.length; z++) {
      double v = t.counts[z];
      double p = v / total;
      double outer = (double) (t.rowSum[t.rows[z]] * t.colSum[t.cols[z]]);
      double logOuter = -Math.log(outer) + logSums;
      double term = p * (Math.log(v) - logTotal) + p * logOuter;
      if (Math.abs(term) >= EPS) {
        mi += term;
      }
    }
    return Math.max(mi, 0.0);
  }

  private static double entropy(long[] counts, long n) {
    if (counts.length == 1) {
      return 0.0;
    }
    double logN = Math.log(n);
    double s = 0;
    for (long c : counts) {
      s += ((double) c / n) * (Math.log(c) - logN);
    }
    return -s;
  }

  /** Normalized mutual information, MI / mean(H(true), H(pred)) (arithmetic mean). */
  public static double normalizedMutualInfo(int[] labelsTrue, int[] labelsPred) {
    Contingency t = contingency(labelsTrue, labelsPred);
    if (t.r == 1 && t.c == 1) {
      return 1.0;
    }
    double mi = mutualInfo(t);
    if (mi == 0) {
      return 0.0;
    }
    double norm = (entropy(t.rowSum, t.n) + entropy(t.colSum, t.n)) / 2;
    return mi / norm;
  }

  /** Adjusted mutual information (arithmetic-mean normalization). */
  public static double adjustedMutualInfo(int[] labelsTrue, int[] labelsPred) {
    Contingency t = contingency(labelsTrue, labelsPred);
    if (t.r == 1 && t.c == 1) {
      return 1.0;
    }
    double mi = mutualInfo(t);
    double emi = expectedMutualInfo(t);
    double norm = (entropy(t.rowSum, t.n) + entropy(t.colSum, t.n)) / 2;
    double den = norm - emi;
    if (den < 0) {
      den = Math.min(den, -EPS);
    } else {
      den = Math.max(den, EPS);
    }
    return (mi - emi) / den;
  }

  /** Expected MI of two random labelings with the given marginals (hypergeometric model). */
  static double expectedMutualInfo(Contingency t) {
    if (t.r == 1 || t.c == 1) {
      return 0.0;
    }
    int n = t.n;
    double nD = n;
    double[] lf = logFactorials(n);
    long maxAB = 0;
    for (long v : t.rowSum) {
      maxAB = Math.max(maxAB, v);
    }
    for (long v : t.colSum) {
      maxAB = Math.max(maxAB, v);
    }
    double logN = Math.log(nD);
    double[] logNnij = new double[(int) maxAB + 1];
    for (int v = 1; v <= maxAB; v++) {
      logNnij[v] = logN + Math.log(v);
    }
    double emi = 0;
    for (int i = 0; i < t.r; i++) {
      int a = (int) t.rowSum[i];
      double logA = Math.log(a);
      for (int j = 0; j < t.c; j++) {
        int b = (int) t.colSum[j];
        double logB = Math.log(b);
        double fixed = lf[a] + lf[b] + lf[n - a] + lf[n - b] - lf[n];
        int start = Math.max(a + b - n, 1);
        int end = Math.min(a, b);
        for (int nij = start; nij <= end; nij++) {
          double term2 = logNnij[nij] - logA - logB;
          double gln = fixed - lf[nij] - lf[a - nij] - lf[b - nij] - lf[n - a - b + nij];
          emi += (nij / nD) * term2 * Math.exp(gln);
        }
      }
    }
    return emi;
  }

  /** {@code ln(m!)} for m = 0..n. */
  static double[] logFactorials(int n) {
    double[] lf = new double[n + 1];
    double fact = 1;
    for (int m = 0; m <= n; m++) {
      if (m <= 22) {
        if (m > 1) {
          fact *= m; // exact in double up to 22!
        }
        lf[m] = Math.log(fact);
      } else {
        lf[m] = lnGammaStirling(m + 1.0);
      }
    }
    return lf;
  }

  /** ln Γ(x) for x ≥ 23 by the Stirling series (absolute error below 1e-16 beyond rounding). */
  static double lnGammaStirling(double x) {
    double inv = 1.0 / x;
    double inv2 = inv * inv;
    double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
        - inv2 * (1.0 / 1188)))));
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
  }
}
