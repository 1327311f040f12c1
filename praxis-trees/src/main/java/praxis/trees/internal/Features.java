package praxis.trees.internal;

import java.util.List;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;

/**
 * Column-wise feature storage for tree growing and prediction: numeric and boolean columns (and ordinal
 * categoricals, by level code) as {@code double[]} with NaN for missing; nominal categoricals as level codes
 * with {@code -1} for missing. Text columns and infinite cells are refused naming the column.
 *
 * <pre>{@code
 * Features f = Features.forFit(x, "DecisionTreeClassifier");
 * double v = f.num[0][row];
 * }</pre>
 */
public final class Features {
  /** Rows. */
  public final int n;
  /** Features. */
  public final int p;
  /** Per feature: values with NaN for missing, or null for a nominal categorical. */
  public final double[][] num;
  /** Per feature: level codes with -1 for missing, or null for a numeric feature. */
  public final int[][] cat;
  /** Per feature: number of levels (0 for numeric). */
  public final int[] nLevels;

  private Features(int n, int p) {
    this.n = n;
    this.p = p;
    this.num = new double[p][];
    this.cat = new int[p][];
    this.nLevels = new int[p];
  }

  private volatile int[][] ranks;
  private double[][] distinct;

  /**
   * Per numeric feature, each row's dense rank among the feature's distinct non-missing values (-1 for
   * missing), computed once (thread-safe) and shared by all trees of a fit.
   */
  public int[][] ranks() {
    return ranks(1);
  }

  /** {@link #ranks()}, computed (if not yet) on {@code nThreads} threads in parallel over features. */
  public int[][] ranks(int nThreads) {
    int[][] r = ranks;
    if (r == null) {
      synchronized (this) {
        r = ranks;
        if (r == null) {
          computeRanks(nThreads);
          r = ranks;
        }
      }
    }
    return r;
  }

  /** Per numeric feature, its distinct non-missing values ascending (index = rank); after {@link #ranks()}. */
  public double[][] distinct() {
    ranks();
    return distinct;
  }

  /** Per-thread work buffers of a parallel loop over features. */
  private interface FeatureTask<B> {
    void run(int j, B buffers);
  }

  /**
   * Runs {@code task} for every feature on up to {@code nThreads} threads (features handed out in order; each
   * thread gets its own buffers from {@code buffers}); the results do not depend on the thread count.
   */
  private <B> void forEachFeature(int nThreads, java.util.function.Supplier<B> buffers, FeatureTask<B> task,
      String what) {
    int threads = Math.max(1, Math.min(nThreads, p));
    if (threads == 1) {
      B b = buffers.get();
      for (int j = 0; j < p; j++) {
        task.run(j, b);
      }
      return;
    }
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "praxis-" + what);
      th.setDaemon(true);
      return th;
    });
    try {
      java.util.List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(ex.submit(() -> {
          B b = buffers.get();
          int j;
          while ((j = next.getAndIncrement()) < p) {
            task.run(j, b);
          }
        }));
      }
      for (java.util.concurrent.Future<?> fu : fs) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } finally {
      ex.shutdownNow();
    }
  }

  private record RankBuffers(double[] v, int[] idx) {}

  private void computeRanks(int nThreads) {
    int[][] r = new int[p][];
    double[][] d = new double[p][];
    forEachFeature(nThreads, () -> new RankBuffers(new double[n], new int[n]), (j, b) -> rank(j, b.v(), b.idx(),
        r, d), "ranking features");
    distinct = d;
    ranks = r;
  }

  private void rank(int j, double[] v, int[] idx, int[][] r, double[][] d) {
    if (num[j] == null) {
      return;
    }
    double[] col = num[j];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(col[i])) {
        v[m] = col[i];
        idx[m++] = i;
      }
    }
    Sort.sort(v, idx, 0, m);
    int[] rk = new int[n];
    java.util.Arrays.fill(rk, -1);
    double[] u = new double[m];
    int k = -1;
    for (int q = 0; q < m; q++) {
      if (q == 0 || v[q] != v[q - 1]) {
        u[++k] = v[q];
      }
      rk[idx[q]] = k;
    }
    r[j] = rk;
    d[j] = java.util.Arrays.copyOf(u, k + 1);
  }

  private volatile Bins bins;

  /**
   * Quantile bins of the numeric features for histogram split search, computed once per forest (thread-safe,
   * cached for the last {@code maxBins}) and shared by all trees. Per numeric feature the sorted non-missing
   * values are cut into at most {@code maxBins} bins of about equal row counts; a value is never split across
   * bins, and a feature with at most {@code maxBins} distinct values gets one bin per value (so split search on
   * it is exact). Each row's bin index is stored as one byte; {@link Bins#MISSING} marks NaN.
   *
   * @param maxBins bins per feature, 2 to 255
   * @param nThreads threads binning features in parallel (the result does not depend on it)
   */
  public Bins bins(int maxBins, int nThreads) {
    Bins b = bins;
    if (b == null || b.maxBins != maxBins) {
      synchronized (this) {
        b = bins;
        if (b == null || b.maxBins != maxBins) {
          b = new Bins(this, maxBins, nThreads);
          bins = b;
        }
      }
    }
    return b;
  }

  /**
   * Binned numeric features (see {@link Features#bins}).
   *
   * <pre>{@code
   * Features.Bins b = f.bins(255, 2);
   * int bin = b.codes[j][row] & 0xFF;   // Bins.MISSING for NaN
   * double lowest = b.lo[j][bin];
   * }</pre>
   */
  public static final class Bins {
    /** Bin code of a missing value. */
    public static final int MISSING = 255;
    /** Requested maximum bins per feature. */
    public final int maxBins;
    /** Per numeric feature: each row's bin (unsigned byte), or null for a nominal categorical. */
    public final byte[][] codes;
    /** Per numeric feature: number of bins. */
    public final int[] count;
    /** Per numeric feature and bin: smallest training value in the bin. */
    public final double[][] lo;
    /** Per numeric feature and bin: largest training value in the bin. */
    public final double[][] hi;
    /** Per numeric feature: some row is missing. */
    public final boolean[] hasMissing;
    private final int n;
    private final int p;
    private byte[] rowMajor;
    private boolean rowMajorDone;

    Bins(Features f, int maxBins, int nThreads) {
      if (maxBins < 2 || maxBins > 255) {
        throw new IllegalArgumentException("maxBins must be in [2, 255] (or 0 for exact splits) but was "
            + maxBins);
      }
      this.maxBins = maxBins;
      int p = f.p;
      codes = new byte[p][];
      count = new int[p];
      lo = new double[p][];
      hi = new double[p][];
      hasMissing = new boolean[p];
      f.forEachFeature(nThreads, () -> new double[f.n], (j, buf) -> bin(f, j, buf), "binning features");
      this.n = f.n;
      this.p = p;
    }

    /**
     * The codes row-major ({@code [row * p + feature]}, categorical features 0), built on first use; null when
     * {@code n p} exceeds an array's size.
     */
    public synchronized byte[] rowMajor() {
      if (!rowMajorDone) {
        rowMajorDone = true;
        if ((long) n * p <= Integer.MAX_VALUE - 16) {
          byte[] rm = new byte[n * p];
          for (int j = 0; j < p; j++) {
            byte[] c = codes[j];
            if (c != null) {
              for (int i = 0, o = j; i < n; i++, o += p) {
                rm[o] = c[i];
              }
            }
          }
          rowMajor = rm;
        }
      }
      return rowMajor;
    }

    private void bin(Features f, int j, double[] v) {
      double[] col = f.num[j];
      if (col == null) {
        return;
      }
      int n = f.n;
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(col[i])) {
          v[m++] = col[i];
        }
      }
      hasMissing[j] = m < n;
      java.util.Arrays.sort(v, 0, m);
      int distinctCount = 0;
      for (int q = 0; q < m; q++) {
        if (q == 0 || v[q] != v[q - 1]) {
          distinctCount++;
        }
      }
      double[] l = new double[Math.min(maxBins, Math.max(1, distinctCount))];
      double[] h = new double[l.length];
      int nb = 0;
      if (distinctCount <= maxBins) {
        for (int q = 0; q < m; q++) {
          if (q == 0 || v[q] != v[q - 1]) {
            l[nb] = v[q];
            h[nb++] = v[q];
          }
        }
      } else {
        // greedy equal-count cut: bin b closes at the end of a run of equal values once it reaches
        // (b + 1) m / maxBins rows; a run is never split
        int q = 0;
        while (q < m) {
          l[nb] = v[q];
          long target = (long) (nb + 1) * m;
          while (q < m) {
            int e = q + 1;
            while (e < m && v[e] == v[q]) {
              e++;
            }
            h[nb] = v[q];
            q = e;
            if ((long) q * maxBins >= target && nb < maxBins - 1) {
              break;
            }
          }
          nb++;
        }
      }
      byte[] c = new byte[n];
      for (int i = 0; i < n; i++) {
        double x = col[i];
        if (x != x) {
          c[i] = (byte) MISSING;
          continue;
        }
        // first bin whose largest value is >= x
        int a = 0;
        int b = nb - 1;
        while (a < b) {
          int mid = (a + b) >>> 1;
          if (h[mid] >= x) {
            b = mid;
          } else {
            a = mid + 1;
          }
        }
        c[i] = (byte) a;
      }
      codes[j] = c;
      count[j] = nb;
      lo[j] = java.util.Arrays.copyOf(l, nb);
      hi[j] = java.util.Arrays.copyOf(h, nb);
    }
  }

  /** Whether feature {@code j} is split as a nominal categorical. */
  public boolean isCategorical(int j) {
    return cat[j] != null;
  }

  /** Encodes a training frame; requires at least one row and one column. */
  public static Features forFit(Frame x, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    return encode(x, null, who);
  }

  /** Encodes a prediction frame checked against the fitted schema; categorical levels are matched by name. */
  public static Features forPredict(Schema fitted, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    return encode(x, fitted, who);
  }

  private static Features encode(Frame x, Schema fitted, String who) {
    int n = x.rowCount();
    int p = x.columnCount();
    Features f = new Features(n, p);
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      if (c instanceof DoubleColumn d) {
        double[] v = d.toArray();
        for (int i = 0; i < n; i++) {
          if (Double.isInfinite(v[i])) {
            throw new IllegalArgumentException(who + ": column '" + c.name() + "' row " + i + " is " + v[i]
                + "; trees accept NaN as missing but not infinite values; replace them (e.g. by NaN or a large"
                + " finite value)");
          }
        }
        f.num[j] = v;
      } else if (c instanceof BooleanColumn b) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          byte s = b.getByte(i);
          v[i] = s == BooleanColumn.MISSING ? Double.NaN : s;
        }
        f.num[j] = v;
      } else if (c instanceof CategoricalColumn cc) {
        int[] codes = cc.codes();
        List<String> levels = cc.levels();
        if (fitted != null) {
          Field fl = fitted.field(j);
          if (!fl.levels().equals(levels)) {
            int[] map = new int[levels.size()];
            for (int k = 0; k < map.length; k++) {
              map[k] = fl.levels().indexOf(levels.get(k));
            }
            for (int i = 0; i < n; i++) {
              codes[i] = codes[i] < 0 ? -1 : map[codes[i]];
            }
            levels = fl.levels();
          }
        }
        if (cc.ordinal()) {
          double[] v = new double[n];
          for (int i = 0; i < n; i++) {
            v[i] = codes[i] < 0 ? Double.NaN : codes[i];
          }
          f.num[j] = v;
        } else {
          f.cat[j] = codes;
          f.nLevels[j] = levels.size();
        }
      } else {
        throw new IllegalArgumentException(who + ": column '" + c.name() + "' is " + c.type()
            + "; trees take numeric, boolean and categorical columns; drop it or vectorize the text first");
      }
    }
    return f;
  }
}
