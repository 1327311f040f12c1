package praxis.select;

import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpyRandom;

/**
 * Shuffled stratified k-fold repeated {@code nRepeats} times: {@code k * nRepeats} folds, repetition by
 * repetition.
 *
 * <p>Matches scikit-learn's {@code RepeatedStratifiedKFold(n_splits=k, n_repeats, random_state=seed)}
 * exactly: one NumPy-compatible generator seeded once feeds all repetitions' per-class shuffles in turn.
 * Cost O(n k r).
 *
 * <pre>{@code
 * List<Fold> folds = new RepeatedStratifiedKFold(5, 2, 0).split(x, y, null);   // 10 folds
 * }</pre>
 */
public final class RepeatedStratifiedKFold implements Splitter {
  private final StratifiedKFold skf;
  private final int k;
  private final int nRepeats;
  private final long seed;

  /**
   * @param k folds per repetition, at least 2
   * @param nRepeats repetitions, at least 1
   * @param seed the scikit-learn {@code random_state}
   */
  public RepeatedStratifiedKFold(int k, int nRepeats, long seed) {
    if (nRepeats < 1) {
      throw new IllegalArgumentException("nRepeats must be >= 1, got " + nRepeats);
    }
    this.skf = new StratifiedKFold(k);
    this.k = k;
    this.nRepeats = nRepeats;
    this.seed = seed;
  }

  @Override
  public int nSplits(int n) {
    return k * nRepeats;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "RepeatedStratifiedKFold");
    int[] codes = SplitSupport.classCodes(y, "RepeatedStratifiedKFold");
    NumpyRandom rng = new NumpyRandom(seed);
    List<Fold> out = new ArrayList<>();
    for (int r = 0; r < nRepeats; r++) {
      out.addAll(skf.split(n, codes, rng));
    }
    return out;
  }

  @Override
  public String toString() {
    return "RepeatedStratifiedKFold(k=" + k + ", nRepeats=" + nRepeats + ", seed=" + seed + ")";
  }
}
