package praxis.select.features;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Keeps the columns whose univariate score is in the top {@code percentile} percent, as scikit-learn's
 * {@code SelectPercentile}: the threshold is the (100 − percentile)-th percentile of the scores (linear
 * interpolation, NaN ranked lowest), columns strictly above it are kept and ties at the threshold are added in
 * column order up to {@code floor(p·percentile/100)} columns.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new SelectPercentile(UnivariateScores.Function.F_REGRESSION, 30).fit(x, y);
 * }</pre>
 */
public final class SelectPercentile implements Estimator<SelectPercentile.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param score score function
   * @param percentile percent of columns to keep, in [0, 100]
   */
  public record Params(UnivariateScores.Function score, double percentile) implements praxis.api.Params {
    /** ANOVA F, 10 percent (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(UnivariateScores.Function.F_CLASSIF, 10);

    /** Validates. */
    public Params {
      Check.notNull(score, "score");
      Check.inRange(percentile, 0, 100, "percentile");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SelectPercentile() {
    this(Params.DEFAULTS);
  }

  /** Score function and percentile. */
  public SelectPercentile(UnivariateScores.Function score, double percentile) {
    this(new Params(score, percentile));
  }

  /** With the given hyperparameters. */
  public SelectPercentile(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SelectPercentile withParams(Params p) {
    return new SelectPercentile(p);
  }

  @Override
  public String name() {
    return "select_percentile";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    UnivariateScores.Result r = params.score().compute(x, y);
    double[] s = r.scores();
    int p = s.length;
    boolean[] keep = new boolean[p];
    double pct = params.percentile();
    if (pct == 100) {
      Arrays.fill(keep, true);
    } else if (pct > 0) {
      double[] c = new double[p];
      for (int j = 0; j < p; j++) {
        c[j] = SelectKBest.clean(s[j]);
      }
      double[] sorted = c.clone();
      Arrays.sort(sorted);
      double pos = (100 - pct) / 100 * (p - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, p - 1);
      double frac = pos - lo;
      double threshold = sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
      int count = 0;
      for (int j = 0; j < p; j++) {
        keep[j] = c[j] > threshold;
        count += keep[j] ? 1 : 0;
      }
      int maxFeats = (int) (p * pct / 100);
      for (int j = 0; j < p && count < maxFeats; j++) {
        if (c[j] == threshold) {
          keep[j] = true;
          count++;
        }
      }
    }
    int[] idx = FeatureSupport.indices(keep);
    if (idx.length == 0) {
      throw new IllegalArgumentException("SelectPercentile: percentile=" + pct + " keeps none of the " + p
          + " columns; raise the percentile");
    }
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(), idx, s, r.pValues());
  }
}
