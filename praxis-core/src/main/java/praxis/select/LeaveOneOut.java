package praxis.select;

import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Leave-one-out: {@code n} folds, each testing a single row and training on the others; identical to
 * {@code new KFold(n)} (fold {@code i} tests row {@code i}). Cost O(n^2) for the index arrays.
 *
 * <pre>{@code
 * List<Fold> folds = new LeaveOneOut().split(x, y, null);   // x.rowCount() folds
 * }</pre>
 */
public final class LeaveOneOut implements Splitter {
  /** Creates the splitter. */
  public LeaveOneOut() {}

  @Override
  public int nSplits(int n) {
    return n;
  }

  @Override
  public List<Fold> split(Frame x, Target y, int[] groups) {
    int n = SplitSupport.rowCount(x, y, "LeaveOneOut");
    if (n < 2) {
      throw new IllegalArgumentException("LeaveOneOut needs at least 2 rows, got " + n);
    }
    return new KFold(n).split(n, null);
  }

  @Override
  public String toString() {
    return "LeaveOneOut()";
  }
}
