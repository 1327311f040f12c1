package praxis.semisupervised;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Check;
import praxis.data.Target;

/**
 * The representation of unlabeled rows: a class {@link Target} in which unlabeled rows carry one designated
 * label (the estimators' {@code unlabeled} parameter, default {@value #DEFAULT_LABEL}, like scikit-learn's
 * {@code -1}). The model's classes are the target's classes without that label. A target without the label
 * (or without such rows) is fully labeled.
 *
 * <pre>{@code
 * Target partial = Unlabeled.hide(y, new int[] {3, 7, 8}, "-1");   // rows 3, 7, 8 become unlabeled
 * }</pre>
 */
public final class Unlabeled {
  /** The default label marking unlabeled rows. */
  public static final String DEFAULT_LABEL = "-1";

  private Unlabeled() {}

  /**
   * A copy of {@code y} with the given rows relabeled as {@code label} (added to the class list).
   *
   * @throws IllegalArgumentException when y is not a class target or a row is out of range
   */
  public static Target hide(Target y, int[] rows, String label) {
    Check.notNull(y, "y");
    Check.notNull(rows, "rows");
    Check.notNull(label, "label");
    y.requireKind(Target.Kind.CLASSES);
    List<String> classes = new ArrayList<>(y.classList());
    if (!classes.contains(label)) {
      classes.add(label);
      classes.sort(null);
    }
    int[] codes = y.codes();
    int[] out = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = classes.indexOf(y.classList().get(codes[i]));
    }
    int hidden = classes.indexOf(label);
    for (int r : rows) {
      if (r < 0 || r >= out.length) {
        throw new IllegalArgumentException("row " + r + " is outside [0, " + out.length + ") of the target");
      }
      out[r] = hidden;
    }
    return Target.ofCodes(y.name(), out, classes);
  }

  /** Split of a partially labeled target: the real classes and per-row codes into them, -1 = unlabeled. */
  record Split(List<String> classes, int[] codes, int labeledCount) {}

  /**
   * Splits {@code y} into real classes and codes (-1 for unlabeled rows).
   *
   * @throws IllegalArgumentException when y is not a class target, has no labeled row or no real class
   */
  static Split split(Target y, String label, String who) {
    y.requireKind(Target.Kind.CLASSES);
    List<String> all = y.classList();
    int u = all.indexOf(label);
    List<String> classes = new ArrayList<>(all);
    if (u >= 0) {
      classes.remove(u);
    }
    int[] codes = y.codes();
    int[] out = new int[codes.length];
    int labeled = 0;
    for (int i = 0; i < codes.length; i++) {
      out[i] = codes[i] == u ? -1 : (u >= 0 && codes[i] > u ? codes[i] - 1 : codes[i]);
      if (out[i] >= 0) {
        labeled++;
      }
    }
    if (classes.isEmpty() || labeled == 0) {
      throw new IllegalArgumentException(who + ": no labeled row (all " + codes.length + " rows carry the unlabeled "
          + "label '" + label + "'); label at least one row per class, or set 'unlabeled' to the label that "
          + "marks unlabeled rows");
    }
    return new Split(classes, out, labeled);
  }
}
