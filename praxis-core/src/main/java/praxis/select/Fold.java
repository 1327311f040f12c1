package praxis.select;

import java.util.Arrays;

/**
 * One train/test split: row indices into the data that was split. Splitters of the k-fold family return
 * both arrays ascending (as scikit-learn does); {@link HoldOut} keeps scikit-learn's shuffled order.
 *
 * <pre>{@code
 * Fold f = new KFold(5).split(x, y, null).get(0);
 * Model m = est.fit(x.rows(f.train()), y.rows(f.train()));
 * }</pre>
 *
 * @param train training rows
 * @param test test rows
 */
public record Fold(int[] train, int[] test) {
  /** Validates and keeps the arrays (callers must not mutate them afterwards). */
  public Fold {
    if (train == null || test == null) {
      throw new IllegalArgumentException("fold train and test index arrays must not be null");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fold f && Arrays.equals(train, f.train) && Arrays.equals(test, f.test);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "Fold[train=" + train.length + " rows, test=" + Arrays.toString(test.length <= 20 ? test
        : Arrays.copyOf(test, 20)) + (test.length > 20 ? "... (" + test.length + " rows)" : "") + "]";
  }
}
