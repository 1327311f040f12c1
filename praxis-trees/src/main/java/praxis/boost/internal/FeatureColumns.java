package praxis.boost.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;

/**
 * Converts a frame's columns to the numeric arrays the boosting engine reads: numeric and boolean columns as
 * doubles (missing = NaN), categorical columns as training-level codes stored as doubles (missing or unseen
 * level = NaN).
 *
 * <pre>{@code
 * double[][] cols = FeatureColumns.of(schema, x, "HistGradientBoostingClassifier");
 * }</pre>
 */
public final class FeatureColumns {
  private FeatureColumns() {}

  /**
   * One array per column of {@code x}; categorical codes are re-mapped by level name to the levels of
   * {@code fitted} (levels not seen in training become NaN, i.e. follow the missing-value direction).
   *
   * @throws IllegalArgumentException on text columns
   */
  public static double[][] of(Schema fitted, Frame x, String who) {
    int p = x.columnCount();
    int n = x.rowCount();
    double[][] out = new double[p][];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      if (c instanceof DoubleColumn d) {
        out[j] = d.toArray();
      } else if (c instanceof BooleanColumn b) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          v[i] = b.getDouble(i);
        }
        out[j] = v;
      } else if (c instanceof CategoricalColumn cat) {
        int[] map = levelMap(fitted == null ? null : fitted.field(j), cat.levels());
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          int code = cat.code(i);
          int m = code < 0 ? -1 : map == null ? code : map[code];
          v[i] = m < 0 ? Double.NaN : m;
        }
        out[j] = v;
      } else {
        throw new IllegalArgumentException(who + ": column '" + c.name() + "' is " + c.type()
            + "; gradient boosting takes numeric, boolean and categorical columns (vectorize text first)");
      }
    }
    return out;
  }

  private static int[] levelMap(Field fitted, List<String> actual) {
    if (fitted == null || fitted.levels().equals(actual)) {
      return null;
    }
    Map<String, Integer> index = new HashMap<>();
    List<String> lv = fitted.levels();
    for (int k = 0; k < lv.size(); k++) {
      index.put(lv.get(k), k);
    }
    int[] map = new int[actual.size()];
    for (int k = 0; k < map.length; k++) {
      map[k] = index.getOrDefault(actual.get(k), -1);
    }
    return map;
  }
}
