package praxis.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * A single random train/test split holding out a fraction of the rows for testing, optionally stratified
 * by the class labels.
 *
 * <p>Matches scikit-learn's {@code train_test_split(..., test_size=testFraction, random_state=seed,
 * stratify=y or None)} exactly for a seed in {@code [0, 2^32)}, including the order of the indices (both
 * arrays are in scikit-learn's shuffled order, not sorted): {@code ceil(testFraction * n)} test rows; the
 * plain split takes them from the front of a NumPy permutation; the stratified split apportions train and
 * test rows to classes by the approximate multivariate-hypergeometric mode (ties broken at random),
 * permutes each class, and finally permutes the train and test lists. Cost O(n).
 *
 * <pre>{@code
 * Fold f = new HoldOut(0.25, true, 42).split(x, y, null).get(0);
 * Model m = est.fit(x.rows(f.train()), y.rows(f.train()));
 * }</pre>
 */
public final class HoldOut implements Splitter {
  private final double testFraction;
  private final boolean stratify;
  private final long seed;

  /**
   * @param testFraction fraction of rows in the test set, in (0, 1)
   * @param stratify whether to keep class proportions (needs class labels)
   * @param seed the scikit-learn {@code random_state}
   */
  public HoldOut(double testFraction, boolean stratify, long seed) {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
    }
    this.testFraction = testFraction;
    this.stratify = stratify;
    this.seed = seed;
  }

  @Override
  public int nSplits(int n) {
    return 1;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    return shuffleSplits(x, y, testFraction, stratify, seed, 1, "HoldOut");
  }

  /** {@code nSplits} successive shuffle splits from one generator (scikit-learn's (Stratified)ShuffleSplit). */
  static List<Fold> shuffleSplits(Frame x, Target y, double testFraction, boolean stratify, long seed, int nSplits,
      String who) {
    int n = SplitSupport.rowCount(x, y, who);
    int nTest = (int) Math.ceil(testFraction * n);
    int nTrain = n - nTest;
    if (nTrain < 1) {
      throw new IllegalArgumentException(who + ": testFraction=" + testFraction + " of " + n
          + " rows leaves no training row; use a smaller testFraction or more rows");
    }
    NumpyRandom rng = new NumpyRandom(seed);
    List<Fold> out = new ArrayList<>(nSplits);
    if (!stratify) {
      for (int s = 0; s < nSplits; s++) {
        int[] perm = rng.permutation(n);
        out.add(new Fold(Arrays.copyOfRange(perm, nTest, n), Arrays.copyOf(perm, nTest)));
      }
      return out;
    }
    String sw = who + "(stratify)";
    int[] codes = SplitSupport.classCodes(y, sw);
    int nClasses = y.classCount();
    int[] counts = new int[nClasses];
    for (int c : codes) {
      counts[c]++;
    }
    int present = 0;
    for (int c = 0; c < nClasses; c++) {
      if (counts[c] == 1) {
        throw new IllegalArgumentException(sw + ": class '" + y.classList().get(c)
            + "' has only 1 row; every class needs at least 2 to stratify (drop it or use stratify=false)");
      }
      if (counts[c] > 0) {
        present++;
      }
    }
    if (nTrain < present || nTest < present) {
      throw new IllegalArgumentException(sw + ": train size " + nTrain + " and test size " + nTest
          + " must both be >= the number of classes " + present + "; adjust testFraction");
    }
    // classes absent from y (possible with a shared class list) are skipped, as np.unique(y) would not see them
    int[] cls = new int[present];
    int[] cc = new int[present];
    for (int c = 0, p = 0; c < nClasses; c++) {
      if (counts[c] > 0) {
        cls[p] = c;
        cc[p++] = counts[c];
      }
    }
    int[][] classRows = new int[present][];
    int[] fill = new int[present];
    int[] slot = new int[nClasses];
    for (int p = 0; p < present; p++) {
      classRows[p] = new int[cc[p]];
      slot[cls[p]] = p;
    }
    for (int i = 0; i < n; i++) {
      int p = slot[codes[i]];
      classRows[p][fill[p]++] = i;
    }
    for (int s = 0; s < nSplits; s++) {
      int[] nI = approximateMode(cc, nTrain, rng);
      int[] remaining = new int[present];
      for (int p = 0; p < present; p++) {
        remaining[p] = cc[p] - nI[p];
      }
      int[] tI = approximateMode(remaining, nTest, rng);
      int[] train = new int[nTrain];
      int[] test = new int[nTest];
      int a = 0;
      int b = 0;
      for (int p = 0; p < present; p++) {
        int[] perm = rng.permutation(cc[p]);
        for (int r = 0; r < nI[p]; r++) {
          train[a++] = classRows[p][perm[r]];
        }
        for (int r = nI[p]; r < nI[p] + tI[p]; r++) {
          test[b++] = classRows[p][perm[r]];
        }
      }
      rng.shuffle(train);
      rng.shuffle(test);
      out.add(new Fold(train, test));
    }
    return out;
  }

  /**
   * scikit-learn's {@code _approximate_mode}: draws per class summing to {@code nDraws}, floor of the
   * proportional share plus one for the largest remainders, ties among equal remainders broken by a NumPy
   * permutation (drawn for every distinct remainder, as NumPy's {@code choice} does).
   */
  static int[] approximateMode(int[] classCounts, int nDraws, NumpyRandom rng) {
    int k = classCounts.length;
    double total = 0;
    for (int c : classCounts) {
      total += c;
    }
    double[] remainder = new double[k];
    int[] floored = new int[k];
    long flooredSum = 0;
    for (int i = 0; i < k; i++) {
      double cont = classCounts[i] / total * nDraws;
      double fl = Math.floor(cont);
      floored[i] = (int) fl;
      flooredSum += floored[i];
      remainder[i] = cont - fl;
    }
    int needToAdd = (int) (nDraws - flooredSum);
    if (needToAdd > 0) {
      double[] values = Arrays.stream(remainder).distinct().sorted().toArray();
      for (int v = values.length - 1; v >= 0; v--) {
        int m = 0;
        int[] inds = new int[k];
        for (int i = 0; i < k; i++) {
          if (remainder[i] == values[v]) {
            inds[m++] = i;
          }
        }
        int addNow = Math.min(m, needToAdd);
        int[] perm = rng.permutation(m);
        for (int r = 0; r < addNow; r++) {
          floored[inds[perm[r]]]++;
        }
        needToAdd -= addNow;
      }
    }
    return floored;
  }

  @Override
  public String toString() {
    return "HoldOut(testFraction=" + testFraction + (stratify ? ", stratified" : "") + ", seed=" + seed + ")";
  }
}
