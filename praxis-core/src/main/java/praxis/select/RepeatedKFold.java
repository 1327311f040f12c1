package praxis.select;

import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Shuffled k-fold repeated {@code nRepeats} times with different shuffles: {@code k * nRepeats} folds,
 * repetition by repetition.
 *
 * <p>Matches scikit-learn's {@code RepeatedKFold(n_splits=k, n_repeats, random_state=seed)} exactly: one
 * NumPy-compatible generator seeded once feeds the shuffles of all repetitions in turn. Cost O(n k r).
 *
 * <pre>{@code
 * List<Fold> folds = new RepeatedKFold(5, 3, 42).split(x, y, null);   // 15 folds
 * }</pre>
 */
public final class RepeatedKFold implements Splitter {
  private final KFold kfold;
  private final int nRepeats;
  private final long seed;

  /**
   * @param k folds per repetition, at least 2
   * @param nRepeats repetitions, at least 1
   * @param seed the scikit-learn {@code random_state}
   */
  public RepeatedKFold(int k, int nRepeats, long seed) {
    if (nRepeats < 1) {
      throw new IllegalArgumentException("nRepeats must be >= 1, got " + nRepeats);
    }
    this.kfold = new KFold(k);
    this.nRepeats = nRepeats;
    this.seed = seed;
  }

  @Override
  public int nSplits(int n) {
    return kfold.k() * nRepeats;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "RepeatedKFold");
    NumpyRandom rng = new NumpyRandom(seed);
    List<Fold> out = new ArrayList<>();
    for (int r = 0; r < nRepeats; r++) {
      out.addAll(kfold.split(n, rng));
    }
    return out;
  }

  @Override
  public String toString() {
    return "RepeatedKFold(k=" + kfold.k() + ", nRepeats=" + nRepeats + ", seed=" + seed + ")";
  }
}
