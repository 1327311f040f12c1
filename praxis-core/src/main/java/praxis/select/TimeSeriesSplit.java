package praxis.select;

import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Forward-chaining splits for ordered data: each test block follows its training window in time, so a
 * model is never evaluated on the past. Training windows expand (or slide, when {@code maxTrainSize} is
 * set) and may be separated from the test block by {@code gap} rows.
 *
 * <p>Algorithm (scikit-learn 1.2.1 {@code TimeSeriesSplit}, reproduced exactly): test blocks of
 * {@code testSize} rows (default {@code n / (nSplits + 1)}) end at the last row; split {@code i} tests rows
 * {@code [s_i, s_i + testSize)} with {@code s_i = n - (nSplits - i) testSize} and trains on rows
 * {@code [0, s_i - gap)}, or only the last {@code maxTrainSize} of them. Rows must be in time order.
 *
 * <pre>{@code
 * List<Fold> folds = new TimeSeriesSplit(5).split(x, y, null);
 * List<Fold> gapped = new TimeSeriesSplit(3, 2, 0, 10).split(x, y, null);   // gap 2, test blocks of 10
 * }</pre>
 */
public final class TimeSeriesSplit implements Splitter {
  private final int nSplits;
  private final int gap;
  private final int maxTrainSize;
  private final int testSize;

  /** Expanding window, no gap, default test size. */
  public TimeSeriesSplit(int nSplits) {
    this(nSplits, 0, 0, 0);
  }

  /**
   * @param nSplits number of splits, at least 2
   * @param gap rows left out between the end of each training window and its test block (&gt;= 0)
   * @param maxTrainSize maximum training window (0 = unlimited, i.e. an expanding window)
   * @param testSize rows per test block (0 = {@code n / (nSplits + 1)})
   */
  public TimeSeriesSplit(int nSplits, int gap, int maxTrainSize, int testSize) {
    if (nSplits < 2) {
      throw new IllegalArgumentException("nSplits must be >= 2, got " + nSplits);
    }
    if (gap < 0) {
      throw new IllegalArgumentException("gap must be >= 0, got " + gap);
    }
    if (maxTrainSize < 0) {
      throw new IllegalArgumentException("maxTrainSize must be >= 0 (0 = unlimited), got " + maxTrainSize);
    }
    if (testSize < 0) {
      throw new IllegalArgumentException("testSize must be >= 0 (0 = n / (nSplits + 1)), got " + testSize);
    }
    this.nSplits = nSplits;
    this.gap = gap;
    this.maxTrainSize = maxTrainSize;
    this.testSize = testSize;
  }

  @Override
  public int nSplits(int n) {
    return nSplits;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "TimeSeriesSplit");
    int nFolds = nSplits + 1;
    int ts = testSize > 0 ? testSize : n / nFolds;
    if (nFolds > n) {
      throw new IllegalArgumentException("TimeSeriesSplit: nSplits + 1 = " + nFolds + " is greater than the number"
          + " of rows " + n + "; use nSplits <= " + (n - 1));
    }
    if ((long) n - gap - (long) ts * nSplits <= 0) {
      throw new IllegalArgumentException("TimeSeriesSplit: too many splits (" + nSplits + ") for " + n
          + " rows with testSize=" + ts + " and gap=" + gap + "; reduce nSplits, testSize or gap");
    }
    List<Fold> out = new ArrayList<>(nSplits);
    for (int s = n - nSplits * ts; s < n; s += ts) {
      int trainEnd = s - gap;
      int trainStart = maxTrainSize > 0 && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
      out.add(new Fold(range(trainStart, trainEnd), range(s, Math.min(s + ts, n))));
    }
    return out;
  }

  private static int[] range(int from, int to) {
    int[] a = new int[to - from];
    for (int i = 0; i < a.length; i++) {
      a[i] = from + i;
    }
    return a;
  }

  @Override
  public String toString() {
    return "TimeSeriesSplit(nSplits=" + nSplits + ", gap=" + gap + ", maxTrainSize=" + maxTrainSize
        + ", testSize=" + testSize + ")";
  }
}
