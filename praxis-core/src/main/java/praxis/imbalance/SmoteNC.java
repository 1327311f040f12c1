package praxis.imbalance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Resampler;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * SMOTE-NC (Chawla et al. 2002, section 6.1) for mixed numeric and categorical columns: distances are Euclidean
 * over the numeric columns plus {@code med²} for each categorical column on which two rows differ, {@code med}
 * being the median of the numeric columns' standard deviations within the class; numeric values are
 * interpolated as {@link Smote}, each categorical value of a synthetic row is the most frequent one among the
 * origin's {@code k} neighbours (ties to the lower level code). Numeric and categorical columns are required
 * (with only numeric columns use {@link Smote}). A pipeline step ({@link Resampler}): training rows only.
 *
 * <pre>{@code
 * Resampler.Sample s = new SmoteNC(new SmoteNC.Params(5, 1.0, 0)).resample(mixedFrame, y);
 * }</pre>
 */
public final class SmoteNC implements Resampler<SmoteNC.Params> {
  /**
   * Hyperparameters.
   *
   * @param k neighbours within the class (≥ 1)
   * @param ratio wanted size of each smaller class relative to the majority, in (0, 1]
   * @param seed random seed
   */
  public record Params(int k, double ratio, long seed) implements praxis.api.Params {
    /** k = 5, balanced, seed 0. */
    public static final Params DEFAULTS = new Params(5, 1.0, 0L);

    /** Validates. */
    public Params {
      Check.atLeast(k, 1, "k");
      if (!(ratio > 0 && ratio <= 1)) {
        throw new IllegalArgumentException("ratio must be in (0, 1], got " + ratio + "; 1 balances the classes");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SmoteNC() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public SmoteNC(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SmoteNC withParams(Params p) {
    return new SmoteNC(p);
  }

  @Override
  public String name() {
    return "smote_nc";
  }

  @Override
  public Sample resample(Frame x, Target y) {
    int[] counts = SamplerSupport.requireClasses(x, y, "SMOTE-NC");
    int p = x.columnCount();
    List<Integer> numIdx = new ArrayList<>();
    List<Integer> catIdx = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      if (c.type() == ColumnType.CATEGORICAL) {
        CategoricalColumn cc = (CategoricalColumn) c;
        for (int i = 0; i < cc.size(); i++) {
          if (cc.code(i) == CategoricalColumn.MISSING) {
            throw new IllegalArgumentException("SMOTE-NC: categorical column '" + c.name() + "' row " + i
                + " is missing; impute it first (SimpleImputer MOST_FREQUENT)");
          }
        }
        catIdx.add(j);
      } else {
        numIdx.add(j);
      }
    }
    if (catIdx.isEmpty() || numIdx.isEmpty()) {
      throw new IllegalArgumentException("SMOTE-NC needs both numeric and categorical columns, got " + numIdx.size()
          + " numeric and " + catIdx.size() + " categorical; use Smote for all-numeric data (or encode and use"
          + " Smote)");
    }
    double[][] num = new double[numIdx.size()][];
    for (int a = 0; a < num.length; a++) {
      num[a] = SamplerSupport.numericColumn(x.column(numIdx.get(a)), "SMOTE-NC");
    }
    int[][] cat = new int[catIdx.size()][];
    for (int a = 0; a < cat.length; a++) {
      cat[a] = ((CategoricalColumn) x.column(catIdx.get(a))).codes();
    }
    int[] goal = SamplerSupport.overTargets(counts, params.ratio());
    SplittableRandom rnd = new SplittableRandom(params.seed());
    int[] codes = y.codes();
    int n = codes.length;
    List<double[]> synthNum = new ArrayList<>();
    List<int[]> synthCat = new ArrayList<>();
    List<Integer> synthCodes = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      int need = goal[c] - counts[c];
      if (need <= 0) {
        continue;
      }
      int[] members = SamplerSupport.rowsOf(codes, c);
      Smote.requireSize(members.length, params.k(), y.classList().get(c), "SMOTE-NC");
      double med2 = medianStd(num, members);
      med2 *= med2;
      int[][] nn = neighbours(num, cat, members, params.k(), med2);
      for (int s = 0; s < need; s++) {
        int o = rnd.nextInt(members.length);
        int a = members[o];
        int b = nn[o][rnd.nextInt(nn[o].length)];
        double u = rnd.nextDouble();
        double[] row = new double[num.length];
        for (int j = 0; j < num.length; j++) {
          row[j] = num[j][a] + u * (num[j][b] - num[j][a]);
        }
        int[] crow = new int[cat.length];
        for (int j = 0; j < cat.length; j++) {
          crow[j] = mostFrequent(cat[j], nn[o], ((CategoricalColumn) x.column(catIdx.get(j))).levels().size());
        }
        synthNum.add(row);
        synthCat.add(crow);
        synthCodes.add(c);
      }
    }
    int m = synthCodes.size();
    List<Column> out = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      Column col = x.column(j);
      int a = numIdx.indexOf(j);
      if (a >= 0) {
        double[] v = Arrays.copyOf(num[a], n + m);
        for (int s = 0; s < m; s++) {
          v[n + s] = synthNum.get(s)[a];
        }
        out.add(DoubleColumn.wrap(col.name(), v));
      } else {
        int b = catIdx.indexOf(j);
        CategoricalColumn cc = (CategoricalColumn) col;
        int[] v = Arrays.copyOf(cat[b], n + m);
        for (int s = 0; s < m; s++) {
          v[n + s] = synthCat.get(s)[b];
        }
        out.add(CategoricalColumn.wrap(col.name(), v, cc.levels(), cc.ordinal()));
      }
    }
    int[] yc = Arrays.copyOf(codes, n + m);
    for (int s = 0; s < m; s++) {
      yc[n + s] = synthCodes.get(s);
    }
    return new Sample(Frame.of(out), Target.ofCodes(y.name(), yc, y.classList()));
  }

  /** Median over numeric columns of the population standard deviation within {@code rows}. */
  static double medianStd(double[][] num, int[] rows) {
    double[] sd = new double[num.length];
    for (int j = 0; j < num.length; j++) {
      double m = 0;
      for (int i : rows) {
        m += num[j][i];
      }
      m /= rows.length;
      double s = 0;
      for (int i : rows) {
        s += (num[j][i] - m) * (num[j][i] - m);
      }
      sd[j] = Math.sqrt(s / rows.length);
    }
    Arrays.sort(sd);
    int l = sd.length;
    return l % 2 == 1 ? sd[l / 2] : (sd[l / 2 - 1] + sd[l / 2]) / 2;
  }

  /** k nearest within {@code rows} under the SMOTE-NC distance, nearest first, ties to the lower row. */
  static int[][] neighbours(double[][] num, int[][] cat, int[] rows, int k, double med2) {
    int[][] out = new int[rows.length][];
    double[] d = new double[rows.length];
    Integer[] order = new Integer[rows.length];
    for (int q = 0; q < rows.length; q++) {
      int a = rows[q];
      for (int r = 0; r < rows.length; r++) {
        int b = rows[r];
        double s = 0;
        for (double[] c : num) {
          double t = c[a] - c[b];
          s += t * t;
        }
        for (int[] c : cat) {
          s += c[a] != c[b] ? med2 : 0;
        }
        d[r] = r == q ? Double.POSITIVE_INFINITY : s;
        order[r] = r;
      }
      Arrays.sort(order, (u, v) -> d[u] != d[v] ? Double.compare(d[u], d[v]) : Integer.compare(rows[u], rows[v]));
      out[q] = new int[k];
      for (int t = 0; t < k; t++) {
        out[q][t] = rows[order[t]];
      }
    }
    return out;
  }

  static int mostFrequent(int[] codes, int[] rows, int levels) {
    int[] cnt = new int[levels];
    for (int r : rows) {
      cnt[codes[r]]++;
    }
    int best = 0;
    for (int l = 1; l < levels; l++) {
      if (cnt[l] > cnt[best]) {
        best = l;
      }
    }
    return best;
  }
}
