package praxis.preprocess;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;

/**
 * Replaces missing values column by column with a statistic of the training rows, as scikit-learn's
 * {@code SimpleImputer}: {@link Strategy#MEAN}, {@link Strategy#MEDIAN} (numeric and boolean columns),
 * {@link Strategy#MOST_FREQUENT} (any column; ties go to the smallest value — numerically for numbers,
 * {@code false} before {@code true}, and by string comparison for categorical and text columns, as
 * scikit-learn compares strings) or {@link Strategy#CONSTANT} ({@code fillValue} for numeric and boolean
 * columns, {@code fillLevel} for categorical and text columns).
 *
 * <p>Column types are kept, except that MEAN/MEDIAN turn a boolean column into a numeric one (the
 * statistic may be fractional). A categorical output keeps the input column's levels and appends the fill
 * level when it is not among them. A column with no observed value in training is an error for the
 * data-driven strategies. Cost: one pass (plus a sort per numeric column for MEDIAN and MOST_FREQUENT).
 *
 * <pre>{@code
 * var imp = new SimpleImputer(new SimpleImputer.Params(SimpleImputer.Strategy.MEDIAN, 0, "missing_value"));
 * SimpleImputerModel m = imp.fit(train, Target.none(train.rowCount()));
 * Frame complete = m.transform(test);
 * }</pre>
 */
public final class SimpleImputer implements Estimator<SimpleImputer.Params, SimpleImputerModel> {
  /** The fill statistic. */
  public enum Strategy {
    /** Mean of the observed values (numeric and boolean columns). */
    MEAN,
    /** Median of the observed values (numeric and boolean columns). */
    MEDIAN,
    /** Most frequent observed value, ties to the smallest (any column type). */
    MOST_FREQUENT,
    /** A constant: {@code fillValue} or {@code fillLevel}. */
    CONSTANT
  }

  /**
   * Hyperparameters.
   *
   * @param strategy the fill statistic
   * @param fillValue the constant for numeric columns (and 0/1 for boolean columns) under CONSTANT
   * @param fillLevel the constant for categorical and text columns under CONSTANT
   */
  public record Params(Strategy strategy, double fillValue, String fillLevel) implements praxis.api.Params {
    /** MEAN; constants 0 and "missing_value" (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(Strategy.MEAN, 0.0, "missing_value");

    /** Validates. */
    public Params {
      Check.notNull(strategy, "strategy");
      if (fillLevel == null || fillLevel.isEmpty()) {
        throw new IllegalArgumentException("SimpleImputer fillLevel must be a non-empty string, got "
            + (fillLevel == null ? "null" : "''"));
      }
      if (Double.isNaN(fillValue)) {
        throw new IllegalArgumentException("SimpleImputer fillValue must not be NaN (it would leave values missing)");
      }
    }

    /** The given strategy with default constants. */
    public static Params of(Strategy strategy) {
      return new Params(strategy, 0.0, "missing_value");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SimpleImputer() {
    this(Params.DEFAULTS);
  }

  /** With the given strategy and default constants. */
  public SimpleImputer(Strategy strategy) {
    this(Params.of(strategy));
  }

  /** With the given hyperparameters. */
  public SimpleImputer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SimpleImputer withParams(Params p) {
    return new SimpleImputer(p);
  }

  @Override
  public String name() {
    return "simple_imputer";
  }

  @Override
  public SimpleImputerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "SimpleImputer");
    int p = x.columnCount();
    ColumnType[] out = new ColumnType[p];
    double[] num = new double[p];
    String[] str = new String[p];
    Strategy s = params.strategy();
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      num[j] = Double.NaN;
      switch (c.type()) {
        case NUMERIC, BOOLEAN -> {
          boolean bool = c.type() == ColumnType.BOOLEAN;
          if (s == Strategy.CONSTANT) {
            if (bool && params.fillValue() != 0.0 && params.fillValue() != 1.0) {
              throw new IllegalArgumentException("SimpleImputer: boolean column '" + c.name()
                  + "' can only be filled with 0 or 1 but fillValue=" + params.fillValue()
                  + "; use 0 (false) or 1 (true), or MEDIAN/MEAN to get a numeric column");
            }
            num[j] = params.fillValue();
            out[j] = c.type();
            continue;
          }
          double[] v = Support.values(c);
          Support.requireNoInfinity(c, v, "SimpleImputer");
          double[] sorted = RobustScaler.sortedObserved(v);
          requireObserved(c, sorted.length);
          switch (s) {
            case MEAN -> num[j] = mean(v, sorted.length);
            case MEDIAN -> num[j] = RobustScaler.median(sorted);
            default -> num[j] = mostFrequent(sorted);
          }
          out[j] = bool && s != Strategy.MOST_FREQUENT ? ColumnType.NUMERIC : c.type();
        }
        case CATEGORICAL, TEXT -> {
          if (s == Strategy.MEAN || s == Strategy.MEDIAN) {
            throw new IllegalArgumentException("SimpleImputer: strategy " + s + " needs numeric columns but column '"
                + c.name() + "' is " + c.type() + "; use MOST_FREQUENT or CONSTANT for it (e.g. in a"
                + " ColumnTransformer group)");
          }
          str[j] = s == Strategy.CONSTANT ? params.fillLevel() : mostFrequentLevel(c);
          out[j] = c.type();
        }
        default -> throw new IllegalStateException("unexpected column type " + c.type());
      }
    }
    return new SimpleImputerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), s, out, num, str);
  }

  private static void requireObserved(Column c, int observed) {
    if (observed == 0) {
      throw new IllegalArgumentException("SimpleImputer: column '" + c.name() + "' has no observed value in the "
          + c.size() + " training rows, so its statistic is undefined; drop the column or use CONSTANT");
    }
  }

  /** Mean of the non-NaN values, summed in row order. */
  private static double mean(double[] v, int n) {
    double sum = 0;
    for (double d : v) {
      if (!Double.isNaN(d)) {
        sum += d;
      }
    }
    return sum / n;
  }

  /** The most frequent of sorted values; ties to the smallest. */
  static double mostFrequent(double[] sorted) {
    double best = sorted[0];
    int bestCount = 0;
    int i = 0;
    while (i < sorted.length) {
      int k = i;
      while (k < sorted.length && sorted[k] == sorted[i]) {
        k++;
      }
      if (k - i > bestCount) {
        bestCount = k - i;
        best = sorted[i];
      }
      i = k;
    }
    return best;
  }

  /** Most frequent level or string of a categorical or text column; ties to the smallest string. */
  private static String mostFrequentLevel(Column c) {
    Map<String, Integer> counts = new HashMap<>();
    if (c instanceof CategoricalColumn cc) {
      int[] lc = cc.levelCounts();
      for (int k = 0; k < lc.length; k++) {
        if (lc[k] > 0) {
          counts.put(cc.levels().get(k), lc[k]);
        }
      }
    } else {
      TextColumn t = (TextColumn) c;
      for (int i = 0; i < t.size(); i++) {
        String s = t.get(i);
        if (s != null) {
          counts.merge(s, 1, Integer::sum);
        }
      }
    }
    requireObserved(c, counts.size());
    String[] keys = counts.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    String best = keys[0];
    for (String k : keys) {
      if (counts.get(k) > counts.get(best)) {
        best = k;
      }
    }
    return best;
  }
}
