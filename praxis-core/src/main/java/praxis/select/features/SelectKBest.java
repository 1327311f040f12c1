package praxis.select.features;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Keeps the {@code k} columns with the highest univariate score (chi-squared, ANOVA F or F-regression), as
 * scikit-learn's {@code SelectKBest}: NaN scores rank lowest; ties are broken as its stable sort does (of
 * equal scores, the later columns are kept). The fitted model exposes every column's score and p-value.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new SelectKBest(UnivariateScores.Function.CHI2, 20).fit(x, y);
 * System.out.println(m.selectedNames());
 * }</pre>
 */
public final class SelectKBest implements Estimator<SelectKBest.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param score score function
   * @param k number of columns to keep (≥ 1, at most the column count)
   */
  public record Params(UnivariateScores.Function score, int k) implements praxis.api.Params {
    /** ANOVA F, 10 columns (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(UnivariateScores.Function.F_CLASSIF, 10);

    /** Validates. */
    public Params {
      Check.notNull(score, "score");
      Check.atLeast(k, 1, "k");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public SelectKBest() {
    this(Params.DEFAULTS);
  }

  /** Score function and k. */
  public SelectKBest(UnivariateScores.Function score, int k) {
    this(new Params(score, k));
  }

  /** With the given hyperparameters. */
  public SelectKBest(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SelectKBest withParams(Params p) {
    return new SelectKBest(p);
  }

  @Override
  public String name() {
    return "select_k_best";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    UnivariateScores.Result r = params.score().compute(x, y);
    int p = r.scores().length;
    if (params.k() > p) {
      throw new IllegalArgumentException("SelectKBest: k=" + params.k() + " exceeds the " + p
          + " columns of the input; use k <= " + p);
    }
    int[] idx = topK(r.scores(), params.k());
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(), idx, r.scores(),
        r.pValues());
  }

  /** Indices (increasing) of the k largest scores, NaN lowest, ties to the later index (stable ascending sort). */
  static int[] topK(double[] scores, int k) {
    int p = scores.length;
    Integer[] order = new Integer[p];
    for (int j = 0; j < p; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> Double.compare(clean(scores[a]), clean(scores[b])));
    boolean[] keep = new boolean[p];
    for (int i = p - k; i < p; i++) {
      keep[order[i]] = true;
    }
    return FeatureSupport.indices(keep);
  }

  static double clean(double s) {
    return Double.isNaN(s) ? -Double.MAX_VALUE : s;
  }
}
