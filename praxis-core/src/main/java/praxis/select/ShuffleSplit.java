package praxis.select;

import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Repeated random hold-out ("Monte Carlo cross-validation"): {@code nSplits} independent random train/test
 * splits, optionally stratified; a row may be tested in several splits or none.
 *
 * <p>Matches scikit-learn's {@code ShuffleSplit(n_splits, test_size=testFraction, random_state=seed)} and,
 * with {@code stratify}, {@code StratifiedShuffleSplit} exactly for a seed in {@code [0, 2^32)}, index order
 * included; each split is drawn as described in {@link HoldOut} from one generator that runs on from split
 * to split. {@code new ShuffleSplit(1, f, s, seed)} equals {@code new HoldOut(f, s, seed)}. Cost O(n) per
 * split.
 *
 * <pre>{@code
 * List<Fold> folds = new ShuffleSplit(10, 0.2, true, 0).split(x, y, null);
 * }</pre>
 */
public final class ShuffleSplit implements Splitter {
  private final int nSplits;
  private final double testFraction;
  private final boolean stratify;
  private final long seed;

  /**
   * @param nSplits number of splits, at least 1
   * @param testFraction fraction of rows in each test set, in (0, 1)
   * @param stratify whether to keep class proportions (needs class labels)
   * @param seed the scikit-learn {@code random_state}
   */
  public ShuffleSplit(int nSplits, double testFraction, boolean stratify, long seed) {
    if (nSplits < 1) {
      throw new IllegalArgumentException("nSplits must be >= 1, got " + nSplits);
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
    }
    this.nSplits = nSplits;
    this.testFraction = testFraction;
    this.stratify = stratify;
    this.seed = seed;
  }

  @Override
  public int nSplits(int n) {
    return nSplits;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    return HoldOut.shuffleSplits(x, y, testFraction, stratify, seed, nSplits, "ShuffleSplit");
  }

  @Override
  public String toString() {
    return "ShuffleSplit(nSplits=" + nSplits + ", testFraction=" + testFraction + (stratify ? ", stratified" : "")
        + ", seed=" + seed + ")";
  }
}
