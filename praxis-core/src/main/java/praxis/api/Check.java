package praxis.api;

/**
 * Argument validation whose messages name the parameter, the constraint and the actual value.
 *
 * <pre>{@code
 * public Params { Check.positive(c, "c"); Check.atLeast(maxIter, 1, "maxIter"); }
 * }</pre>
 */
public final class Check {
  private Check() {}

  /** Requires {@code v > 0} and finite. */
  public static double positive(double v, String name) {
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + v);
    }
    return v;
  }

  /** Requires {@code v >= 0} and finite. */
  public static double nonNegative(double v, String name) {
    if (!(v >= 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + v);
    }
    return v;
  }

  /** Requires {@code lo <= v <= hi}. */
  public static double inRange(double v, double lo, double hi, String name) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
    }
    return v;
  }

  /** Requires {@code v >= min}. */
  public static int atLeast(int v, int min, String name) {
    if (v < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
    }
    return v;
  }

  /** Requires {@code v >= min}. */
  public static long atLeast(long v, long min, String name) {
    if (v < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ", got " + v);
    }
    return v;
  }

  /** Requires a non-null value. */
  public static <T> T notNull(T v, String name) {
    if (v == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return v;
  }

  /** Requires a frame with at least one row and one column. */
  public static void nonEmpty(praxis.data.Frame x, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
  }

  /** Requires the target to have as many rows as the frame. */
  public static void sameRows(praxis.data.Frame x, praxis.data.Target y, String who) {
    if (x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size());
    }
  }
}
