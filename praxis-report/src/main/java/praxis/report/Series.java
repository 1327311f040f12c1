package praxis.report;

import praxis.api.Check;

/**
 * One named line or point series of a chart: x and y coordinates of equal length.
 *
 * <pre>{@code
 * Series roc = new Series("class 'yes' (AUC 0.93)", curve.fpr(), curve.tpr());
 * }</pre>
 *
 * @param name legend entry
 * @param x x coordinates
 * @param y y coordinates, same length as {@code x}
 */
public record Series(String name, double[] x, double[] y) {
  /** Validates. */
  public Series {
    Check.notNull(name, "name");
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException("series '" + name + "': x has " + x.length + " points but y has "
          + y.length + "; pass coordinates of equal length");
    }
    if (x.length == 0) {
      throw new IllegalArgumentException("series '" + name + "' has no points; pass at least one (x, y) pair");
    }
  }
}
