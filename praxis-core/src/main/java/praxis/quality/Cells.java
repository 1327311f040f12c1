package praxis.quality;

import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.TextColumn;

/** Column helpers of the quality package (package-private). */
final class Cells {
  private Cells() {}

  /** A copy of {@code c} with the rows flagged in {@code rows} set missing. */
  static Column setMissing(Column c, boolean[] rows) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      double[] v = d.toArray();
      for (int i = 0; i < n; i++) {
        if (rows[i]) {
          v[i] = Double.NaN;
        }
      }
      return DoubleColumn.wrap(c.name(), v);
    }
    if (c instanceof CategoricalColumn cc) {
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        codes[i] = rows[i] ? CategoricalColumn.MISSING : cc.code(i);
      }
      return CategoricalColumn.wrap(c.name(), codes, cc.levels(), cc.ordinal());
    }
    if (c instanceof BooleanColumn b) {
      byte[] v = new byte[n];
      for (int i = 0; i < n; i++) {
        v[i] = rows[i] ? BooleanColumn.MISSING : b.getByte(i);
      }
      return BooleanColumn.wrap(c.name(), v);
    }
    TextColumn t = (TextColumn) c;
    String[] v = new String[n];
    for (int i = 0; i < n; i++) {
      v[i] = rows[i] ? null : t.get(i);
    }
    return TextColumn.wrap(c.name(), v);
  }

  /** The cell as text, or null when missing. */
  static String text(Column c, int row) {
    return c.isMissing(row) ? null : c.format(row);
  }

  /** The cell as a number: numeric/boolean values, text parsed as a number; NaN when missing or unparseable. */
  static double number(Column c, int row) {
    if (c.isMissing(row)) {
      return Double.NaN;
    }
    if (c instanceof DoubleColumn d) {
      return d.get(row);
    }
    if (c instanceof BooleanColumn b) {
      return b.getDouble(row);
    }
    try {
      return Double.parseDouble(c.format(row).trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
