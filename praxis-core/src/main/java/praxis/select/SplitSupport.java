package praxis.select;

import java.util.ArrayList;
import java.util.List;
import praxis.data.Frame;
import praxis.data.Target;

/** Shared helpers of the splitters. */
final class SplitSupport {
  private SplitSupport() {}

  /** Row count from {@code x}, else {@code y}, checking they agree. */
  static int rowCount(Frame x, Target y, String who) {
    if (x == null && y == null) {
      throw new IllegalArgumentException(who + ": both x and y are null; pass the data to split");
    }
    if (x != null && y != null && x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size());
    }
    return x != null ? x.rowCount() : y.size();
  }

  /** Folds from a test-fold id per row: fold f tests the rows with id f, trains on the rest (ascending). */
  static List<Fold> fromAssignment(int[] foldOf, int k) {
    int n = foldOf.length;
    int[] sizes = new int[k];
    for (int f : foldOf) {
      sizes[f]++;
    }
    List<Fold> out = new ArrayList<>(k);
    for (int f = 0; f < k; f++) {
      int[] test = new int[sizes[f]];
      int[] train = new int[n - sizes[f]];
      int a = 0;
      int b = 0;
      for (int i = 0; i < n; i++) {
        if (foldOf[i] == f) {
          test[a++] = i;
        } else {
          train[b++] = i;
        }
      }
      out.add(new Fold(train, test));
    }
    return out;
  }

  /** Class codes of {@code y}, which must hold class labels. */
  static int[] classCodes(Target y, String who) {
    if (y == null) {
      throw new IllegalArgumentException(who + " needs class labels y to stratify, got null");
    }
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + " stratifies on class labels but target '" + y.name() + "' holds "
          + y.kind().name().toLowerCase(java.util.Locale.ROOT) + "; use KFold for a numeric target");
    }
    return y.codes();
  }
}
