package praxis.bayes;

import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Multinomial naive Bayes for count features (word counts, pixel intensities): within class {@code c},
 * feature {@code j} has probability {@code theta_cj = (N_cj + alpha) / (N_c + alpha p)}, where {@code N_cj}
 * is the sum of feature {@code j} over the rows of class {@code c}; a row scores
 * {@code log prior_c + sum_j x_j log theta_cj}. Follows scikit-learn's {@code MultinomialNB}: {@code alpha = 1}
 * is Laplace smoothing, {@code 0 < alpha < 1} Lidstone smoothing; an alpha below {@code 1e-10} is raised to
 * {@code 1e-10} (scikit-learn's {@code force_alpha=False}). Priors are the class frequencies
 * ({@code fitPrior}), uniform, or given ({@code classPrior}). Features must be non-negative; the count
 * accumulation is shared with the other count models. Cost: O(n p) to fit, O(k p) per predicted row; for frames
 * with sparse columns (e.g. from {@code praxis.text.CountVectorizer}) O(nnz + k p) to fit and O(k nnz) to
 * predict, without densifying, with the same results as dense input. Supports streaming with
 * {@link #partialFit(Frame, Target, List)} and {@link MultinomialNBModel#partialFit(Frame, Target)}.
 *
 * <pre>{@code
 * MultinomialNBModel m = new MultinomialNB().fit(counts, y);
 * double[][] logTheta = m.featureLogProb();
 * MultinomialNBModel m2 = m.partialFit(moreCounts, moreY);
 * }</pre>
 */
public final class MultinomialNB implements Estimator<MultinomialNB.Params, MultinomialNBModel> {
  /**
   * Hyperparameters.
   *
   * @param alpha additive smoothing (&gt;= 0; 1 = Laplace, below 1 = Lidstone; floored at 1e-10)
   * @param fitPrior learn class priors from the class frequencies (false = uniform)
   * @param classPrior class prior probabilities in class order, overriding {@code fitPrior} (empty = none)
   */
  public record Params(double alpha, boolean fitPrior, double[] classPrior) implements praxis.api.Params {
    /** scikit-learn defaults: alpha 1, fitPrior true, no classPrior. */
    public static final Params DEFAULTS = new Params(1.0, true, new double[0]);

    /** Validates and copies. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.notNull(classPrior, "classPrior");
      classPrior = NBSupport.checkPriors(classPrior, "classPrior");
    }

    @Override
    public double[] classPrior() {
      return classPrior.clone();
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public MultinomialNB() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public MultinomialNB(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public MultinomialNB withParams(Params p) {
    return new MultinomialNB(p);
  }

  @Override
  public String name() {
    return "multinomial_nb";
  }

  /**
   * Counts features per class.
   *
   * @throws IllegalArgumentException on empty, non-numeric, missing, infinite or negative input, a non-class
   *     target, or a classPrior whose length differs from the number of classes
   */
  @Override
  public MultinomialNBModel fit(Frame x, Target y) {
    return partialFit(x, y, null);
  }

  /**
   * First batch of a streaming fit with the class list given up front (like scikit-learn's {@code classes=});
   * later batches go to {@link MultinomialNBModel#partialFit(Frame, Target)} and may hold any of these classes.
   *
   * @param classes every class label, sorted; null = the labels of {@code y}
   */
  public MultinomialNBModel partialFit(Frame x, Target y, List<String> classes) {
    List<String> cls = NBSupport.startFit(x, y, classes, "MultinomialNB");
    int k = cls.size();
    return new MultinomialNBModel(x.schema(), cls, new double[k][x.columnCount()], new double[k], params,
        Provenance.of(name(), params, x, y, 0L)).partialFit(x, y);
  }
}
