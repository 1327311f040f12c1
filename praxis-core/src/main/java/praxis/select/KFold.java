package praxis.select;

import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * K-fold cross-validation: the rows (shuffled first when {@code shuffle}) are cut into {@code k} contiguous
 * folds, the first {@code n % k} of them one row larger; each fold is the test set once.
 *
 * <p>Matches scikit-learn's {@code KFold(k, shuffle=..., random_state=seed)} fold for fold: the shuffle is
 * NumPy's legacy {@code RandomState(seed).shuffle}, reproduced by {@link NumpyRandom}, so for a seed in
 * {@code [0, 2^32)} the folds are identical. Both index arrays of a fold are ascending. Cost O(n k).
 *
 * <pre>{@code
 * List<Fold> folds = new KFold(5, true, 42).split(x, y, null);
 * List<Fold> plain = new KFold(5).split(x, null, null);   // no shuffle: 0..n/5-1 is the first test fold
 * }</pre>
 */
public final class KFold implements Splitter {
  private final int k;
  private final boolean shuffle;
  private final long seed;

  /** Unshuffled k-fold. */
  public KFold(int k) {
    this(k, false, 0L);
  }

  /**
   * K-fold with optional shuffling.
   *
   * @param k number of folds, at least 2
   * @param shuffle whether to shuffle rows before cutting folds
   * @param seed the scikit-learn {@code random_state} (ignored when not shuffling)
   */
  public KFold(int k, boolean shuffle, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be >= 2 (k-fold needs at least one train/test split), got " + k);
    }
    this.k = k;
    this.shuffle = shuffle;
    this.seed = seed;
  }

  /** Number of folds. */
  public int k() {
    return k;
  }

  @Override
  public int nSplits(int n) {
    return k;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "KFold");
    return split(n, shuffle ? new NumpyRandom(seed) : null);
  }

  /** The folds of {@code n} rows, shuffling with {@code rng} when it is not null (shared by RepeatedKFold). */
  List<Fold> split(int n, NumpyRandom rng) {
    if (k > n) {
      throw new IllegalArgumentException("KFold: k=" + k + " is greater than the number of rows " + n
          + "; use k <= " + n);
    }
    int[] idx = NumpyRandom.arange(n);
    if (rng != null) {
      rng.shuffle(idx);
    }
    int[] foldOf = new int[n];
    int start = 0;
    for (int f = 0; f < k; f++) {
      int size = n / k + (f < n % k ? 1 : 0);
      for (int i = start; i < start + size; i++) {
        foldOf[idx[i]] = f;
      }
      start += size;
    }
    return SplitSupport.fromAssignment(foldOf, k);
  }

  @Override
  public String toString() {
    return "KFold(k=" + k + (shuffle ? ", shuffle, seed=" + seed : "") + ")";
  }
}
