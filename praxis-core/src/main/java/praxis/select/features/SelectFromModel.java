package praxis.select.features;

import java.util.Arrays;
import java.util.Locale;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Keeps the columns whose {@link praxis.api.FeatureImportance importance} in one fitted model reaches a
 * threshold (scikit-learn's {@code SelectFromModel}): e.g. the non-zero coefficients of a Lasso, or the trees'
 * important splits. The threshold is a number, {@code "mean"}, {@code "median"} or a scaled form such as
 * {@code "1.5*mean"}; columns with {@code importance >= threshold} are kept, at most {@code maxFeatures} of
 * them (largest first; 0 = no limit). Scores are the importances.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new SelectFromModel(new SelectFromModel.Params(new Lasso(), "1e-5", 0)).fit(x, y);
 * }</pre>
 */
public final class SelectFromModel implements Estimator<SelectFromModel.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param estimator estimator whose model implements FeatureImportance
   * @param threshold a number, "mean", "median", or "factor*mean" / "factor*median"
   * @param maxFeatures keep at most this many columns (0 = no limit)
   */
  public record Params(Estimator<?, ?> estimator, String threshold, int maxFeatures) implements praxis.api.Params {
    /** Validates. */
    public Params {
      Check.notNull(estimator, "estimator");
      Check.notNull(threshold, "threshold");
      Check.atLeast(maxFeatures, 0, "maxFeatures");
      SelectFromModel.threshold(threshold, new double[] {1});
    }
  }

  private final Params params;

  /** With the given hyperparameters. */
  public SelectFromModel(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SelectFromModel withParams(Params p) {
    return new SelectFromModel(p);
  }

  @Override
  public String name() {
    return "select_from_model";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "SelectFromModel");
    Model m = params.estimator().fit(x, y);
    int p = x.columnCount();
    double[] w = FeatureSupport.importances(m, params.estimator(), p, "SelectFromModel");
    double t = threshold(params.threshold(), w);
    boolean[] keep = new boolean[p];
    for (int j = 0; j < p; j++) {
      keep[j] = w[j] >= t;
    }
    if (params.maxFeatures() > 0 && FeatureSupport.indices(keep).length > params.maxFeatures()) {
      int[] top = SelectKBest.topK(w, params.maxFeatures());
      boolean[] k2 = new boolean[p];
      for (int j : top) {
        k2[j] = keep[j];
      }
      keep = k2;
    }
    int[] idx = FeatureSupport.indices(keep);
    if (idx.length == 0) {
      throw new IllegalArgumentException("SelectFromModel: no column reaches threshold=" + params.threshold()
          + " (= " + t + "; largest importance " + Arrays.stream(w).max().orElse(0) + "); lower the threshold or"
          + " weaken the model's regularisation");
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(), idx, w, nan);
  }

  static double threshold(String spec, double[] w) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    double factor = 1;
    int star = s.indexOf('*');
    if (star >= 0) {
      factor = parse(s.substring(0, star), spec);
      s = s.substring(star + 1).trim();
    }
    if (s.equals("mean")) {
      return factor * Arrays.stream(w).average().orElse(0);
    }
    if (s.equals("median")) {
      double[] c = w.clone();
      Arrays.sort(c);
      int n = c.length;
      return factor * (n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2);
    }
    if (star >= 0) {
      throw new IllegalArgumentException("threshold '" + spec + "': after '*' expected 'mean' or 'median'");
    }
    return parse(s, spec);
  }

  private static double parse(String s, String spec) {
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("threshold '" + spec + "' is not a number, 'mean', 'median' or"
          + " 'factor*mean'/'factor*median' (e.g. '1e-5', '1.25*mean')");
    }
  }
}
