package praxis.select;

import java.util.Arrays;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.internal.NumpySort;

/**
 * K-fold over groups: all rows of a group land in the same fold, so no group is in both train and test
 * (e.g. several measurements of one patient).
 *
 * <p>Algorithm (scikit-learn 1.2.1, reproduced exactly): groups are ordered by size, largest first (ties in
 * the order NumPy's unstable default argsort leaves them, reversed), and each group in turn goes to the
 * fold with the fewest rows so far (the lowest-numbered fold among equals). Deterministic; no seed. Cost
 * O(n + g log g + g k) for g groups.
 *
 * <pre>{@code
 * int[] patient = ...;   // one id per row
 * List<Fold> folds = new GroupKFold(5).split(x, y, patient);
 * }</pre>
 */
public final class GroupKFold implements Splitter {
  private final int k;

  /** @param k number of folds, at least 2 and at most the number of distinct groups */
  public GroupKFold(int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be >= 2 (k-fold needs at least one train/test split), got " + k);
    }
    this.k = k;
  }

  @Override
  public int nSplits(int n) {
    return k;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "GroupKFold");
    if (groups == null) {
      throw new IllegalArgumentException("GroupKFold needs a group id per row; pass groups (got null)");
    }
    if (groups.length != n) {
      throw new IllegalArgumentException("GroupKFold: groups has " + groups.length + " entries but the data has "
          + n + " rows");
    }
    int[] unique = Arrays.stream(groups).distinct().sorted().toArray();
    int g = unique.length;
    if (k > g) {
      throw new IllegalArgumentException("GroupKFold: k=" + k + " is greater than the number of distinct groups "
          + g + "; use k <= " + g);
    }
    int[] inverse = new int[n];
    long[] size = new long[g];
    for (int i = 0; i < n; i++) {
      inverse[i] = Arrays.binarySearch(unique, groups[i]);
      size[inverse[i]]++;
    }
    int[] order = NumpySort.argsort(size);
    long[] load = new long[k];
    int[] foldOfGroup = new int[g];
    for (int r = g - 1; r >= 0; r--) {
      int grp = order[r];
      int lightest = 0;
      for (int f = 1; f < k; f++) {
        if (load[f] < load[lightest]) {
          lightest = f;
        }
      }
      load[lightest] += size[grp];
      foldOfGroup[grp] = lightest;
    }
    int[] foldOf = new int[n];
    for (int i = 0; i < n; i++) {
      foldOf[i] = foldOfGroup[inverse[i]];
    }
    return SplitSupport.fromAssignment(foldOf, k);
  }

  @Override
  public String toString() {
    return "GroupKFold(k=" + k + ")";
  }
}
