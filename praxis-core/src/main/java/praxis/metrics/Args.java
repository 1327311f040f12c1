package praxis.metrics;

/** Shared argument checks for the metric functions; messages name the argument and the fix. */
final class Args {
  private Args() {}

  static void nonEmpty(int length, String name) {
    if (length == 0) {
      throw new IllegalArgumentException(name + " is empty; at least 1 element is required");
    }
  }

  static void notNull(Object o, String name) {
    if (o == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  static void sameLength(int a, String nameA, int b, String nameB) {
    if (a != b) {
      throw new IllegalArgumentException(nameA + " has " + a + " elements but " + nameB + " has " + b
          + "; they must have the same length (one entry per sample)");
    }
  }

  /** Non-null, non-empty, equal lengths. */
  static void pair(int[] a, String nameA, int[] b, String nameB) {
    notNull(a, nameA);
    notNull(b, nameB);
    nonEmpty(a.length, nameA);
    sameLength(a.length, nameA, b.length, nameB);
  }

  static void pair(double[] a, String nameA, double[] b, String nameB) {
    notNull(a, nameA);
    notNull(b, nameB);
    nonEmpty(a.length, nameA);
    sameLength(a.length, nameA, b.length, nameB);
    finite(a, nameA);
    finite(b, nameB);
  }

  static void pair(int[] a, String nameA, double[] b, String nameB) {
    notNull(a, nameA);
    notNull(b, nameB);
    nonEmpty(a.length, nameA);
    sameLength(a.length, nameA, b.length, nameB);
    finite(b, nameB);
  }

  static void finite(double[] v, String name) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] is " + v[i]
            + "; all values must be finite (drop or impute NaN/infinite entries first)");
      }
    }
  }

  static void codes(int[] y, int nClasses, String name) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] < 0 || y[i] >= nClasses) {
        throw new IllegalArgumentException(name + "[" + i + "] = " + y[i] + " is outside [0, " + nClasses
            + "); class codes must lie in [0, nClasses)");
      }
    }
  }

  static void binary(int[] y, String name) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException(name + "[" + i + "] = " + y[i]
            + " but binary labels must be 0 (negative) or 1 (positive)");
      }
    }
  }

  static int nClassesOf(int[] a, int[] b) {
    int max = -1;
    for (int v : a) {
      max = Math.max(max, v);
    }
    for (int v : b) {
      max = Math.max(max, v);
    }
    return max + 1;
  }

  static void nonNegativeCodes(int[] y, String name) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] < 0) {
        throw new IllegalArgumentException(name + "[" + i + "] = " + y[i] + " is negative; class codes must be >= 0");
      }
    }
  }
}
