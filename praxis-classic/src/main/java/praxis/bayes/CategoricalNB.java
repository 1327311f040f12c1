package praxis.bayes;

import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Categorical naive Bayes: each feature is a category drawn, within class {@code c}, from its own categorical
 * distribution {@code theta_cjt = (N_cjt + alpha) / (N_c + alpha m_j)} ({@code N_cjt} rows of class {@code c}
 * whose feature {@code j} is category {@code t}, {@code m_j} categories of feature {@code j}); a row scores
 * {@code log prior_c + sum_j log theta_{c j x_j}}. Follows scikit-learn's {@code CategoricalNB}.
 *
 * <p>Columns: a categorical column contributes its level codes and has {@code m_j = } its number of levels
 * (levels never seen in training get the zero-count smoothed probability {@code alpha / (N_c + alpha m_j)}); a
 * numeric column must hold non-negative integer codes and has {@code m_j = max code + 1} (as scikit-learn).
 * {@code minCategories} raises every {@code m_j} to at least that value. At prediction time a categorical
 * column is matched by level NAME against the fitted levels, and an unknown level or a numeric code
 * {@code >= m_j} is an error naming the column and row (scikit-learn fails too, with an index error): declare
 * the possible categories up front with the column's levels or {@code minCategories}. A partial fit may
 * raise {@code m_j} of a numeric column when a batch brings a larger code, as scikit-learn's
 * {@code partial_fit}. Missing values are rejected. Cost: O(n p) to fit, O(k p) per predicted row.
 *
 * <pre>{@code
 * Frame x = Datasets.xy("BreastCancer").x();          // nine categorical columns
 * CategoricalNBModel m = new CategoricalNB().fit(x, y);
 * double[][] logTheta = m.featureLogProb(0);           // [class][category] of the first column
 * }</pre>
 */
public final class CategoricalNB implements Estimator<CategoricalNB.Params, CategoricalNBModel> {
  /**
   * Hyperparameters.
   *
   * @param alpha additive smoothing (&gt;= 0; floored at 1e-10 like scikit-learn)
   * @param fitPrior learn class priors from the class frequencies (false = uniform)
   * @param classPrior class prior probabilities in class order, overriding {@code fitPrior} (empty = none)
   * @param minCategories least number of categories of every feature (0 = from the data / levels)
   */
  public record Params(double alpha, boolean fitPrior, double[] classPrior, int minCategories)
      implements praxis.api.Params {
    /** scikit-learn defaults: alpha 1, fitPrior true, no classPrior, minCategories from the data. */
    public static final Params DEFAULTS = new Params(1.0, true, new double[0], 0);

    /** Validates and copies. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.notNull(classPrior, "classPrior");
      classPrior = NBSupport.checkPriors(classPrior, "classPrior");
      if (minCategories < 0) {
        throw new IllegalArgumentException("minCategories must be >= 0 (0 = from the data), got " + minCategories);
      }
    }

    @Override
    public double[] classPrior() {
      return classPrior.clone();
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public CategoricalNB() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public CategoricalNB(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public CategoricalNB withParams(Params p) {
    return new CategoricalNB(p);
  }

  @Override
  public String name() {
    return "categorical_nb";
  }

  /**
   * Counts categories per feature and class.
   *
   * @throws IllegalArgumentException on empty input, text columns, missing values, numeric cells that are not
   *     non-negative integers, a non-class target, or a classPrior whose length differs from the classes
   */
  @Override
  public CategoricalNBModel fit(Frame x, Target y) {
    return partialFit(x, y, null);
  }

  /**
   * First batch of a streaming fit with the class list given up front (like scikit-learn's {@code classes=});
   * later batches go to {@link CategoricalNBModel#partialFit(Frame, Target)}.
   *
   * @param classes every class label, sorted; null = the labels of {@code y}
   */
  public CategoricalNBModel partialFit(Frame x, Target y, List<String> classes) {
    List<String> cls = CategoricalNBModel.startFit(x, y, classes);
    int k = cls.size();
    int p = x.columnCount();
    double[][][] counts = new double[p][][];
    for (int j = 0; j < p; j++) {
      int m = Math.max(params.minCategories(), x.schema().fields().get(j).levels().size());
      counts[j] = new double[k][m];
    }
    return new CategoricalNBModel(x.schema(), cls, counts, new double[k], params,
        Provenance.of(name(), params, x, y, 0L)).partialFit(x, y);
  }
}
