package praxis.select.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Drops one column of each highly correlated pair: pairs with {@code |r| > threshold} are visited from the most
 * to the least correlated and, while both are still kept, the one less related to the target is dropped —
 * relation measured by {@code |Pearson r|} with a numeric target or the ANOVA F statistic with class labels;
 * without a target (or on a tie) the later column is dropped. The model's score of a column is its relation to
 * the target (NaN without target).
 *
 * <pre>{@code
 * FeatureSubsetModel m = new CorrelationFilter(new CorrelationFilter.Params(0.9, Correlation.Method.SPEARMAN))
 *     .fit(x, y);
 * }</pre>
 */
public final class CorrelationFilter implements Estimator<CorrelationFilter.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param threshold absolute correlation above which a pair is filtered, in (0, 1)
   * @param method Pearson or Spearman
   */
  public record Params(double threshold, Correlation.Method method) implements praxis.api.Params {
    /** |r| &gt; 0.9, Pearson. */
    public static final Params DEFAULTS = new Params(0.9, Correlation.Method.PEARSON);

    /** Validates. */
    public Params {
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold + "; e.g. 0.9");
      }
      Check.notNull(method, "method");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public CorrelationFilter() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public CorrelationFilter(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public CorrelationFilter withParams(Params p) {
    return new CorrelationFilter(p);
  }

  @Override
  public String name() {
    return "correlation_filter";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    double[][] cols = FeatureSupport.columns(x, "CorrelationFilter");
    int p = cols.length;
    double[][] r = Correlation.matrix(cols, params.method());
    double[] rel = new double[p];
    if (y.kind() == Target.Kind.VALUES) {
      double[] t = y.values();
      if (params.method() == Correlation.Method.SPEARMAN) {
        t = Correlation.ranks(t);
      }
      double[][] c = params.method() == Correlation.Method.SPEARMAN ? Correlation.ranksOf(cols) : cols;
      for (int j = 0; j < p; j++) {
        rel[j] = Math.abs(FeatureSupport.pearson(c[j], t));
      }
    } else if (y.kind() == Target.Kind.CLASSES) {
      rel = UnivariateScores.fClassif(x, y).scores();
    } else {
      Arrays.fill(rel, Double.NaN);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        if (Math.abs(r[a][b]) > params.threshold()) {
          pairs.add(new int[] {a, b});
        }
      }
    }
    pairs.sort((u, v) -> Double.compare(Math.abs(r[v[0]][v[1]]), Math.abs(r[u[0]][u[1]])));
    boolean[] keep = new boolean[p];
    Arrays.fill(keep, true);
    for (int[] pr : pairs) {
      if (keep[pr[0]] && keep[pr[1]]) {
        double ra = SelectKBest.clean(rel[pr[0]]);
        double rb = SelectKBest.clean(rel[pr[1]]);
        keep[ra >= rb ? pr[1] : pr[0]] = false;
      }
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(),
        FeatureSupport.indices(keep), rel, nan);
  }
}
