package praxis.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-column summary of a {@link Frame}: count, missing, and for numeric columns mean, standard
 * deviation (n − 1 denominator, like pandas), min, quartiles and max (linear interpolation, like
 * numpy's default); for categorical columns the level counts.
 *
 * <pre>{@code
 * FrameSummary s = frame.describe();
 * double m = s.column("age").mean();
 * System.out.println(s);
 * }</pre>
 */
public final class FrameSummary {
  /**
   * Summary of one column. Numeric statistics are NaN for non-numeric columns.
   *
   * @param name column name
   * @param type column type
   * @param count non-missing values
   * @param missing missing values
   * @param mean mean of non-missing values
   * @param std sample standard deviation
   * @param min minimum
   * @param q25 25th percentile
   * @param median 50th percentile
   * @param q75 75th percentile
   * @param max maximum
   * @param levelCounts level → count for categorical/boolean columns (insertion = level order)
   */
  public record ColumnSummary(String name, ColumnType type, int count, int missing, double mean, double std,
      double min, double q25, double median, double q75, double max, Map<String, Integer> levelCounts) {}

  private final List<ColumnSummary> columns;
  private final int rows;

  private FrameSummary(List<ColumnSummary> columns, int rows) {
    this.columns = List.copyOf(columns);
    this.rows = rows;
  }

  static FrameSummary of(Frame f) {
    List<ColumnSummary> out = new ArrayList<>();
    for (Column c : f.columns()) {
      int missing = c.missingCount();
      int count = c.size() - missing;
      Map<String, Integer> levels = new LinkedHashMap<>();
      double mean = Double.NaN, std = Double.NaN, min = Double.NaN, q25 = Double.NaN, med = Double.NaN,
          q75 = Double.NaN, max = Double.NaN;
      if (c instanceof DoubleColumn d) {
        double[] v = d.stream().filter(x -> !Double.isNaN(x)).toArray();
        if (v.length > 0) {
          Arrays.sort(v);
          double s = 0;
          for (double x : v) {
            s += x;
          }
          mean = s / v.length;
          double ss = 0;
          for (double x : v) {
            ss += (x - mean) * (x - mean);
          }
          std = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN;
          min = v[0];
          max = v[v.length - 1];
          q25 = quantileSorted(v, 0.25);
          med = quantileSorted(v, 0.5);
          q75 = quantileSorted(v, 0.75);
        }
      } else if (c instanceof CategoricalColumn cc) {
        int[] counts = cc.levelCounts();
        for (int k = 0; k < counts.length; k++) {
          levels.put(cc.levels().get(k), counts[k]);
        }
      } else if (c instanceof BooleanColumn b) {
        int t = 0, fl = 0;
        for (int i = 0; i < b.size(); i++) {
          byte x = b.getByte(i);
          if (x == 1) {
            t++;
          } else if (x == 0) {
            fl++;
          }
        }
        levels.put("false", fl);
        levels.put("true", t);
        mean = count == 0 ? Double.NaN : (double) t / count;
      }
      out.add(new ColumnSummary(c.name(), c.type(), count, missing, mean, std, min, q25, med, q75, max,
          java.util.Collections.unmodifiableMap(levels)));
    }
    return new FrameSummary(out, f.rowCount());
  }

  /** Quantile {@code q} of sorted values by linear interpolation between closest ranks (numpy "linear"). */
  public static double quantileSorted(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = pos - lo;
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
  }

  /** Column summaries in order. */
  public List<ColumnSummary> columns() {
    return columns;
  }

  /** Summary of the named column. */
  public ColumnSummary column(String name) {
    for (ColumnSummary c : columns) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column named '" + name + "'");
  }

  /** Number of rows in the summarized frame. */
  public int rows() {
    return rows;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%d rows x %d columns%n", rows, columns.size()));
    b.append(String.format(Locale.ROOT, "%-28s %-12s %7s %7s %11s %11s %11s %11s %11s %11s %11s%n", "column", "type",
        "count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"));
    for (ColumnSummary c : columns) {
      String type = c.type().name().toLowerCase(Locale.ROOT);
      b.append(String.format(Locale.ROOT, "%-28s %-12s %7d %7d", truncate(c.name(), 28), type, c.count(),
          c.missing()));
      if (c.type() == ColumnType.NUMERIC) {
        b.append(String.format(Locale.ROOT, " %11.4g %11.4g %11.4g %11.4g %11.4g %11.4g %11.4g", c.mean(), c.std(),
            c.min(), c.q25(), c.median(), c.q75(), c.max()));
      } else if (!c.levelCounts().isEmpty()) {
        StringBuilder lv = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> e : c.levelCounts().entrySet()) {
          if (shown++ == 8) {
            lv.append(" ... (").append(c.levelCounts().size()).append(" levels)");
            break;
          }
          lv.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        b.append(' ').append(lv);
      }
      b.append(System.lineSeparator());
    }
    return b.toString();
  }

  private static String truncate(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
