package praxis.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import praxis.data.BooleanColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.stat.ChiSquared;
import praxis.stat.StudentT;

/**
 * Per-column missing counts and shares, and a heuristic check of whether a column's missingness depends on the
 * other columns. For each column {@code c} with some (not all) values missing, every other column {@code o} is
 * compared between the rows where {@code c} is missing and the rows where it is observed: numeric/boolean
 * {@code o} by Welch's two-sample t-test of the means, categorical/text {@code o} by a chi-squared test of
 * independence between its categories and the missing indicator (rows where {@code o} itself is missing are
 * left out; groups with fewer than 2 values are skipped). The smallest p-value is Bonferroni-adjusted for the
 * number of columns tested. An adjusted p-value below {@code alpha} says the missingness of {@code c} is
 * associated with {@code o} — evidence against "missing completely at random" (MCAR). This is a HEURISTIC:
 * it sees only differences in means/category shares, cannot detect missingness that depends on the missing
 * value itself (MNAR), and with many rows tiny differences become "significant". Cost: O(n p^2).
 *
 * <pre>{@code
 * MissingnessReport r = MissingnessReport.of(Datasets.load("PimaIndiansDiabetes2"), 0.05);
 * System.out.print(r);
 * r.columns().get(4).dependsOnOthers();
 * }</pre>
 */
public final class MissingnessReport {
  /**
   * Missingness of one column.
   *
   * @param name column name
   * @param missing number of missing values
   * @param share missing share (0..1)
   * @param strongestColumn the other column most associated with this column's missingness, or null when not
   *     tested (no or only missing values, or nothing testable)
   * @param test "welch-t" or "chi-squared" (the test on {@code strongestColumn}), or null
   * @param pValue unadjusted p-value of that test (NaN when not tested)
   * @param adjustedP Bonferroni-adjusted p-value (NaN when not tested)
   * @param dependsOnOthers whether {@code adjustedP < alpha}
   */
  public record ColumnMissingness(String name, int missing, double share, String strongestColumn, String test,
      double pValue, double adjustedP, boolean dependsOnOthers) {}

  private final int rows;
  private final double alpha;
  private final List<ColumnMissingness> columns;

  private MissingnessReport(int rows, double alpha, List<ColumnMissingness> columns) {
    this.rows = rows;
    this.alpha = alpha;
    this.columns = List.copyOf(columns);
  }

  /** Analyses {@code x} at significance level {@code alpha} (0 &lt; alpha &lt; 1). */
  public static MissingnessReport of(Frame x, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1) but is " + alpha + "; 0.05 is customary");
    }
    int n = x.rowCount();
    int p = x.columnCount();
    List<ColumnMissingness> out = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      int miss = c.missingCount();
      double share = n == 0 ? 0 : (double) miss / n;
      if (miss == 0 || miss == n) {
        out.add(new ColumnMissingness(c.name(), miss, share, null, null, Double.NaN, Double.NaN, false));
        continue;
      }
      boolean[] m = new boolean[n];
      for (int i = 0; i < n; i++) {
        m[i] = c.isMissing(i);
      }
      double best = Double.NaN;
      String bestCol = null;
      String bestTest = null;
      int tests = 0;
      for (int k = 0; k < p; k++) {
        if (k == j) {
          continue;
        }
        Column o = x.column(k);
        double pv;
        String test;
        if (o.type() == ColumnType.NUMERIC || o.type() == ColumnType.BOOLEAN) {
          pv = welch(o, m);
          test = "welch-t";
        } else {
          pv = chiSquared(o, m);
          test = "chi-squared";
        }
        if (Double.isNaN(pv)) {
          continue;
        }
        tests++;
        if (Double.isNaN(best) || pv < best) {
          best = pv;
          bestCol = o.name();
          bestTest = test;
        }
      }
      double adj = Double.isNaN(best) ? Double.NaN : Math.min(1, best * tests);
      out.add(new ColumnMissingness(c.name(), miss, share, bestCol, bestTest, best, adj, !Double.isNaN(adj)
          && adj < alpha));
    }
    return new MissingnessReport(n, alpha, out);
  }

  private static double value(Column o, int i) {
    if (o instanceof DoubleColumn d) {
      return d.get(i);
    }
    return ((BooleanColumn) o).getDouble(i);
  }

  /** Two-sided Welch t-test p-value of {@code o} between missing and observed rows, NaN if not testable. */
  static double welch(Column o, boolean[] m) {
    double[] s = new double[2];
    double[] ss = new double[2];
    int[] cnt = new int[2];
    for (int i = 0; i < m.length; i++) {
      double v = value(o, i);
      if (!Double.isNaN(v)) {
        int g = m[i] ? 1 : 0;
        s[g] += v;
        cnt[g]++;
      }
    }
    if (cnt[0] < 2 || cnt[1] < 2) {
      return Double.NaN;
    }
    double m0 = s[0] / cnt[0];
    double m1 = s[1] / cnt[1];
    for (int i = 0; i < m.length; i++) {
      double v = value(o, i);
      if (!Double.isNaN(v)) {
        int g = m[i] ? 1 : 0;
        double d = v - (g == 0 ? m0 : m1);
        ss[g] += d * d;
      }
    }
    double v0 = ss[0] / (cnt[0] - 1) / cnt[0];
    double v1 = ss[1] / (cnt[1] - 1) / cnt[1];
    double se2 = v0 + v1;
    if (se2 == 0) {
      return m0 == m1 ? 1.0 : 0.0;
    }
    double t = (m1 - m0) / Math.sqrt(se2);
    double df = se2 * se2 / (v0 * v0 / (cnt[0] - 1) + v1 * v1 / (cnt[1] - 1));
    return Math.min(1, 2 * new StudentT(df).sf(Math.abs(t)));
  }

  /** Chi-squared independence p-value of {@code o}'s categories vs the indicator, NaN if not testable. */
  static double chiSquared(Column o, boolean[] m) {
    java.util.Map<String, int[]> table = new java.util.HashMap<>();
    int[] tot = new int[2];
    for (int i = 0; i < m.length; i++) {
      if (o.isMissing(i)) {
        continue;
      }
      int g = m[i] ? 1 : 0;
      table.computeIfAbsent(o.format(i), key -> new int[2])[g]++;
      tot[g]++;
    }
    int n = tot[0] + tot[1];
    if (table.size() < 2 || tot[0] < 2 || tot[1] < 2) {
      return Double.NaN;
    }
    double stat = 0;
    for (int[] row : table.values()) {
      int r = row[0] + row[1];
      for (int g = 0; g < 2; g++) {
        double e = (double) r * tot[g] / n;
        stat += (row[g] - e) * (row[g] - e) / e;
      }
    }
    return new ChiSquared(table.size() - 1).sf(stat);
  }

  /** Number of rows analysed. */
  public int rows() {
    return rows;
  }

  /** The significance level. */
  public double alpha() {
    return alpha;
  }

  /** One entry per column, in frame order. */
  public List<ColumnMissingness> columns() {
    return columns;
  }

  /** Total number of missing cells. */
  public long totalMissing() {
    long t = 0;
    for (ColumnMissingness c : columns) {
      t += c.missing();
    }
    return t;
  }

  /** A table: column, missing count, share, and the dependence heuristic's verdict. */
  @Override
  public String toString() {
    int w = 6;
    for (ColumnMissingness c : columns) {
      w = Math.max(w, c.name().length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %8s  %7s  %s%n", "column", "missing", "share",
        "missingness depends on other columns? (heuristic: Welch t / chi-squared, Bonferroni, alpha "
            + alpha + ")"));
    for (ColumnMissingness c : columns) {
      String verdict;
      if (c.strongestColumn() == null) {
        verdict = c.missing() == 0 ? "-" : c.missing() == rows ? "all missing" : "not testable";
      } else {
        verdict = String.format(Locale.ROOT, "%s (strongest: %s, %s, adjusted p = %.3g)",
            c.dependsOnOthers() ? "yes, likely not MCAR" : "no evidence", c.strongestColumn(), c.test(),
            c.adjustedP());
      }
      sb.append(String.format(Locale.ROOT, "  %-" + w + "s  %8d  %6.1f%%  %s%n", c.name(), c.missing(),
          100 * c.share(), verdict));
    }
    return sb.toString();
  }
}
