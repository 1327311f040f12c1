package praxis.select;

import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Stratified k-fold: every fold keeps the class proportions of {@code y} as closely as possible, and fold
 * sizes differ by at most one row.
 *
 * <p>Algorithm (scikit-learn 1.2.1, reproduced fold for fold for a seed in {@code [0, 2^32)}): classes are
 * numbered in order of first appearance in {@code y}; the codes are sorted and dealt round-robin to the
 * folds, which fixes how many rows of each class each fold receives; then, class by class, the fold ids of
 * that class (fold 0's rows first) are shuffled with NumPy's legacy shuffle when {@code shuffle} and given
 * to the class's rows in row order. A class smaller than {@code k} is allowed (some folds lack it), as in
 * scikit-learn (which warns); {@code k} larger than every class is an error. Cost O(n k).
 *
 * <pre>{@code
 * List<Fold> folds = new StratifiedKFold(5, true, 0).split(x, y, null);
 * }</pre>
 */
public final class StratifiedKFold implements Splitter {
  private final int k;
  private final boolean shuffle;
  private final long seed;

  /** Unshuffled stratified k-fold. */
  public StratifiedKFold(int k) {
    this(k, false, 0L);
  }

  /**
   * Stratified k-fold with optional shuffling within classes.
   *
   * @param k number of folds, at least 2
   * @param shuffle whether to shuffle each class's fold assignment
   * @param seed the scikit-learn {@code random_state} (ignored when not shuffling)
   */
  public StratifiedKFold(int k, boolean shuffle, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be >= 2 (k-fold needs at least one train/test split), got " + k);
    }
    this.k = k;
    this.shuffle = shuffle;
    this.seed = seed;
  }

  @Override
  public int nSplits(int n) {
    return k;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "StratifiedKFold");
    int[] codes = SplitSupport.classCodes(y, "StratifiedKFold");
    return split(n, codes, shuffle ? new NumpyRandom(seed) : null);
  }

  /** The folds for class codes {@code codes}, shuffling with {@code rng} when not null. */
  List<Fold> split(int n, int[] codes, NumpyRandom rng) {
    if (k > n) {
      throw new IllegalArgumentException("StratifiedKFold: k=" + k + " is greater than the number of rows " + n
          + "; use k <= " + n);
    }
    // encode classes in order of first appearance
    int maxCode = 0;
    for (int c : codes) {
      maxCode = Math.max(maxCode, c);
    }
    int[] remap = new int[maxCode + 1];
    java.util.Arrays.fill(remap, -1);
    int nClasses = 0;
    int[] enc = new int[n];
    for (int i = 0; i < n; i++) {
      if (remap[codes[i]] < 0) {
        remap[codes[i]] = nClasses++;
      }
      enc[i] = remap[codes[i]];
    }
    int[] counts = new int[nClasses];
    for (int e : enc) {
      counts[e]++;
    }
    int maxCount = 0;
    for (int c : counts) {
      maxCount = Math.max(maxCount, c);
    }
    if (k > maxCount) {
      throw new IllegalArgumentException("StratifiedKFold: k=" + k + " is greater than the number of rows of every"
          + " class (largest class has " + maxCount + "); use k <= " + maxCount);
    }
    // deal the sorted codes round-robin: allocation[f][c] = rows of class c in fold f
    int[][] allocation = new int[k][nClasses];
    int pos = 0;
    for (int c = 0; c < nClasses; c++) {
      for (int r = 0; r < counts[c]; r++) {
        allocation[pos % k][c]++;
        pos++;
      }
    }
    int[] foldOf = new int[n];
    int[] rowsOf = new int[n];
    for (int c = 0; c < nClasses; c++) {
      int[] folds = new int[counts[c]];
      int p = 0;
      for (int f = 0; f < k; f++) {
        for (int r = 0; r < allocation[f][c]; r++) {
          folds[p++] = f;
        }
      }
      if (rng != null) {
        rng.shuffle(folds);
      }
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (enc[i] == c) {
          rowsOf[m++] = i;
        }
      }
      for (int r = 0; r < m; r++) {
        foldOf[rowsOf[r]] = folds[r];
      }
    }
    return SplitSupport.fromAssignment(foldOf, k);
  }

  @Override
  public String toString() {
    return "StratifiedKFold(k=" + k + (shuffle ? ", shuffle, seed=" + seed : "") + ")";
  }
}
