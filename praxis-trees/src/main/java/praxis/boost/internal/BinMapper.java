package praxis.boost.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import praxis.data.CategoricalColumn;
import praxis.data.Frame;

/**
 * Maps feature values to at most {@code maxBins} bins per feature (plus one bin for missing values), as
 * scikit-learn's {@code _BinMapper}: a numeric feature with at most {@code maxBins} distinct values gets one bin
 * per value (thresholds at midpoints), otherwise thresholds at the {@code k / maxBins} quantiles (linear
 * interpolation) of at most 200,000 subsampled values; a categorical feature gets one bin per level. Bin
 * {@code b} of a numeric feature holds the values {@code v} with {@code thresholds[b-1] < v <= thresholds[b]}.
 *
 * <pre>{@code
 * BinMapper bins = BinMapper.fit(columns, categorical, names, 255, 0L);
 * BinnedMatrix m = bins.transform(columns);
 * }</pre>
 */
public final class BinMapper {
  /** Rows used to find quantile thresholds (as scikit-learn's subsample). */
  public static final int QUANTILE_SUBSAMPLE = 200_000;

  final int p;
  final boolean[] categorical;
  final double[][] thresholds;
  final int[] nBins;
  final int[] offset;
  final int totalSlots;

  private BinMapper(boolean[] categorical, double[][] thresholds, int[] nBins) {
    this.p = nBins.length;
    this.categorical = categorical;
    this.thresholds = thresholds;
    this.nBins = nBins;
    this.offset = new int[p + 1];
    for (int j = 0; j < p; j++) {
      offset[j + 1] = offset[j] + nBins[j] + 1;
    }
    this.totalSlots = offset[p];
  }

  /**
   * Fits the bins.
   *
   * @param cols one array per feature (see {@link FeatureColumns})
   * @param x the frame the arrays came from (for categorical level counts and column names)
   * @throws IllegalArgumentException when a categorical column has more levels than {@code maxBins}
   */
  public static BinMapper fit(double[][] cols, Frame x, int maxBins, long seed, String who) {
    return fit(cols, x, maxBins, seed, who, null, 1);
  }

  /**
   * As {@link #fit(double[][], Frame, int, long, String)}, sorting the features' values on {@code pool}
   * ({@code nThreads} chunks of features; the result does not depend on the number of threads).
   */
  public static BinMapper fit(double[][] cols, Frame x, int maxBins, long seed, String who, ExecutorService pool,
      int nThreads) {
    int p = cols.length;
    int n = p == 0 ? 0 : cols[0].length;
    boolean[] cat = new boolean[p];
    double[][] thr = new double[p][];
    int[] nb = new int[p];
    int[] sample = null;
    if (n > QUANTILE_SUBSAMPLE) {
      sample = new int[n];
      for (int i = 0; i < n; i++) {
        sample[i] = i;
      }
      SplittableRandom rng = new SplittableRandom(seed);
      for (int i = 0; i < QUANTILE_SUBSAMPLE; i++) {
        int k = i + rng.nextInt(n - i);
        int t = sample[i];
        sample[i] = sample[k];
        sample[k] = t;
      }
      sample = Arrays.copyOf(sample, QUANTILE_SUBSAMPLE);
      Arrays.sort(sample);
    }
    for (int j = 0; j < p; j++) {
      if (x.column(j) instanceof CategoricalColumn c) {
        int levels = c.levels().size();
        if (levels > maxBins) {
          throw new IllegalArgumentException(who + ": categorical column '" + c.name() + "' has " + levels
              + " levels but native categorical splits support at most maxBins=" + maxBins
              + " levels (one bin each, max 255); group rare levels, or encode the column numerically "
              + "(e.g. OrdinalEncoder or target encoding) before boosting");
        }
        cat[j] = true;
        nb[j] = Math.max(1, levels);
        thr[j] = new double[0];
      }
    }
    int[] rowSample = sample;
    int bufLen = sample == null ? n : sample.length;
    // numeric features are independent: each chunk of features sorts in its own buffer
    Parallel.forChunks(pool, nThreads, p, (from, to) -> {
      double[] buf = new double[bufLen];
      long[] keys = new long[bufLen];
      long[] tmp = new long[bufLen];
      for (int j = from; j < to; j++) {
        if (cat[j]) {
          continue;
        }
        double[] v = cols[j];
        int m = 0;
        if (rowSample == null) {
          for (int i = 0; i < n; i++) {
            if (!Double.isNaN(v[i])) {
              buf[m++] = v[i];
            }
          }
        } else {
          for (int i : rowSample) {
            if (!Double.isNaN(v[i])) {
              buf[m++] = v[i];
            }
          }
        }
        sortValues(buf, m, keys, tmp);
        thr[j] = thresholds(buf, m, maxBins);
        nb[j] = thr[j].length + 1;
      }
    });
    return new BinMapper(cat, thr, nb);
  }

  /**
   * Sorts {@code v[0..m)} (no NaN) ascending in the order of {@link Double#compare} (so -0.0 before 0.0), the
   * same result as {@link Arrays#sort(double[], int, int)}: a least-significant-digit radix sort on the bits
   * mapped to unsigned-ordered keys, 11 bits per pass, skipping passes whose digit is the same in every key.
   */
  static void sortValues(double[] v, int m, long[] keys, long[] tmp) {
    if (m < 256) {
      Arrays.sort(v, 0, m);
      return;
    }
    for (int i = 0; i < m; i++) {
      long b = Double.doubleToRawLongBits(v[i]);
      keys[i] = b ^ ((b >> 63) | Long.MIN_VALUE);
    }
    int[] counts = new int[2048];
    long[] src = keys;
    long[] dst = tmp;
    for (int shift = 0; shift < 64; shift += 11) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < m; i++) {
        counts[(int) (src[i] >>> shift) & 2047]++;
      }
      if (counts[(int) (src[0] >>> shift) & 2047] == m) {
        continue; // every key has this digit: the pass would not move anything
      }
      int sum = 0;
      for (int d = 0; d < 2048; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < m; i++) {
        long k = src[i];
        dst[counts[(int) (k >>> shift) & 2047]++] = k;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    for (int i = 0; i < m; i++) {
      long k = src[i];
      long b = k < 0 ? k ^ Long.MIN_VALUE : ~k;
      v[i] = Double.longBitsToDouble(b);
    }
  }

  static double[] thresholds(double[] sorted, int m, int maxBins) {
    if (m == 0) {
      return new double[0];
    }
    int distinct = 1;
    for (int i = 1; i < m; i++) {
      if (sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    double[] out;
    int k = 0;
    if (distinct <= maxBins) {
      out = new double[distinct - 1];
      for (int i = 1; i < m; i++) {
        if (sorted[i] != sorted[i - 1]) {
          double mid = sorted[i - 1] + (sorted[i] - sorted[i - 1]) / 2;
          out[k++] = Double.isFinite(mid) ? mid : sorted[i - 1];
        }
      }
      return out;
    }
    out = new double[maxBins - 1];
    for (int q = 1; q < maxBins; q++) {
      double pos = (double) q / maxBins * (m - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, m - 1);
      double frac = pos - lo;
      double t = sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
      if (!Double.isFinite(t)) {
        t = sorted[lo];
      }
      if (k == 0 || t > out[k - 1]) {
        out[k++] = t;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** Number of features. */
  public int features() {
    return p;
  }

  /** Whether feature {@code j} is categorical. */
  public boolean categorical(int j) {
    return categorical[j];
  }

  /** Number of non-missing bins of feature {@code j}; the missing bin has this index. */
  public int bins(int j) {
    return nBins[j];
  }

  /** Upper bound of bin {@code b} of numeric feature {@code j}. */
  public double threshold(int j, int b) {
    return b < thresholds[j].length ? thresholds[j][b] : Double.MAX_VALUE;
  }

  /** Bins {@code cols} (one byte per value, column-major). */
  public BinnedMatrix transform(double[][] cols) {
    return transform(cols, null, 1);
  }

  /** As {@link #transform(double[][])}, binning chunks of features on {@code pool} (same result). */
  public BinnedMatrix transform(double[][] cols, ExecutorService pool, int nThreads) {
    int n = p == 0 ? 0 : cols[0].length;
    byte[] codes = new byte[Math.multiplyExact(n, Math.max(p, 1))];
    Parallel.forChunks(pool, nThreads, p, (from, to) -> binFeatures(cols, codes, n, from, to));
    return new BinnedMatrix(codes, n, p, this);
  }

  private void binFeatures(double[][] cols, byte[] codes, int n, int from, int to) {
    for (int j = from; j < to; j++) {
      double[] v = cols[j];
      int base = j * n;
      int missing = nBins[j];
      if (categorical[j]) {
        for (int i = 0; i < n; i++) {
          double c = v[i];
          codes[base + i] = (byte) (Double.isNaN(c) || c >= missing ? missing : (int) c);
        }
      } else {
        double[] t = thresholds[j];
        int len = t.length;
        // a uniform grid of cells over [t[0], t[len-1]]: the answer for v lies between the first threshold in
        // v's cell and the first threshold in a later cell (the cell formula is monotone in v), so a short scan
        // from there replaces the binary search (kept for few thresholds or a range without a finite width)
        int cells = 4 * len;
        double lo = len == 0 ? 0 : t[0];
        double inv = len == 0 ? 0 : cells / (t[len - 1] - lo);
        if (len < 8 || !(inv > 0) || Double.isInfinite(inv)) {
          for (int i = 0; i < n; i++) {
            double c = v[i];
            codes[base + i] = (byte) (Double.isNaN(c) ? missing : bin(t, c));
          }
          continue;
        }
        int[] first = new int[cells + 1];
        for (int i = 0, c = 0; c <= cells; c++) {
          while (i < len && cell(t[i], lo, inv, cells) < c) {
            i++;
          }
          first[c] = i;
        }
        for (int i = 0; i < n; i++) {
          double c = v[i];
          if (Double.isNaN(c)) {
            codes[base + i] = (byte) missing;
            continue;
          }
          int k = cell(c, lo, inv, cells);
          int b = first[k];
          int stop = k + 1 <= cells ? first[k + 1] : len;
          if (stop - b > 16) {
            b = lowerBound(t, b, stop, c);
          } else {
            while (b < stop && t[b] < c) {
              b++;
            }
          }
          codes[base + i] = (byte) b;
        }
      }
    }
  }

  /** The first index in {@code [from, to)} with {@code v <= t[b]}, or {@code to}. */
  private static int lowerBound(double[] t, int from, int to, double v) {
    // branch-free: the same index as a binary search, without its mispredicted branches
    int first = from;
    int len = to - from;
    while (len > 0) {
      int half = len >>> 1;
      boolean below = t[first + half] < v;
      first = below ? first + half + 1 : first;
      len = below ? len - half - 1 : half;
    }
    return first;
  }

  /** The grid cell of {@code v} in 0..cells: non-decreasing in {@code v} (also for infinities). */
  private static int cell(double v, double lo, double inv, int cells) {
    double x = (v - lo) * inv;
    return x <= 0 ? 0 : x >= cells ? cells : (int) x;
  }

  /** The first index {@code b} with {@code v <= t[b]} ({@code t.length} if none), for a non-NaN {@code v}. */
  static int bin(double[] t, double v) {
    return lowerBound(t, 0, t.length, v);
  }
}
