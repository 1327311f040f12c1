package praxis.select;

import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A strategy for dividing rows into train/test {@link Fold}s. Implementations are immutable and
 * deterministic: the same inputs (and seed) give the same folds.
 *
 * <pre>{@code
 * Splitter s = new StratifiedKFold(5, true, 42);
 * for (Fold f : s.split(x, y, null)) { ... }
 * }</pre>
 */
public interface Splitter {
  /**
   * The folds for {@code x} and {@code y}.
   *
   * @param x the features (may be {@code null} when {@code y} is given; only its row count is used)
   * @param y the target (used by stratified splitters; may be {@code null} for others)
   * @param groups a group id per row (used by {@link GroupKFold}; may be {@code null} for others)
   * @throws IllegalArgumentException if the data is too small for the splitter, or required inputs are
   *     missing
   */
  List<Fold> split(Frame x, Target y, int[] groups);

  /** Number of folds this splitter produces for {@code n} rows (without looking at labels or groups). */
  int nSplits(int n);
}
