package praxis.bayes;

import java.util.List;
import java.util.OptionalDouble;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Bernoulli naive Bayes for binary features: within class {@code c}, feature {@code j} is 1 with probability
 * {@code theta_cj = (N_cj + alpha) / (n_c + 2 alpha)} ({@code N_cj} rows of class {@code c} with the feature
 * on, {@code n_c} rows of the class); a row scores
 * {@code log prior_c + sum_j [x_j log theta_cj + (1 - x_j) log(1 - theta_cj)]}, so absent features count too
 * (unlike {@link MultinomialNB}). Follows scikit-learn's {@code BernoulliNB}: features are first binarized
 * ({@code x > binarize} becomes 1, else 0) at fit and predict time, unless {@code binarize} is empty, in which
 * case the values are used as they are (they should then be 0/1); alpha below {@code 1e-10} is raised to
 * {@code 1e-10}. The count accumulation is shared with {@link MultinomialNB}. Cost: O(n p) to fit, O(k p) per
 * predicted row; for frames with sparse columns O(nnz + k p) to fit and O(k nnz) to predict, never densifying
 * (a negative {@code binarize} threshold, which would turn every zero into 1, is refused for sparse input, as
 * scikit-learn does), with the same results as dense input. Supports streaming with
 * {@link #partialFit(Frame, Target, List)} and {@link BernoulliNBModel#partialFit(Frame, Target)}.
 *
 * <pre>{@code
 * BernoulliNBModel m = new BernoulliNB(BernoulliNB.Params.DEFAULTS.withBinarize(OptionalDouble.of(8))).fit(x, y);
 * double[][] logTheta = m.featureLogProb();
 * BernoulliNBModel m2 = m.partialFit(moreX, moreY);
 * }</pre>
 */
public final class BernoulliNB implements Estimator<BernoulliNB.Params, BernoulliNBModel> {
  /**
   * Hyperparameters.
   *
   * @param alpha additive smoothing (&gt;= 0; 1 = Laplace, below 1 = Lidstone; floored at 1e-10)
   * @param fitPrior learn class priors from the class frequencies (false = uniform)
   * @param classPrior class prior probabilities in class order, overriding {@code fitPrior} (empty = none)
   * @param binarize threshold above which a feature counts as 1 (empty = use the values as they are)
   */
  public record Params(double alpha, boolean fitPrior, double[] classPrior, OptionalDouble binarize)
      implements praxis.api.Params {
    /** scikit-learn defaults: alpha 1, fitPrior true, no classPrior, binarize 0. */
    public static final Params DEFAULTS = new Params(1.0, true, new double[0], OptionalDouble.of(0.0));

    /** Validates and copies. */
    public Params {
      Check.nonNegative(alpha, "alpha");
      Check.notNull(classPrior, "classPrior");
      classPrior = NBSupport.checkPriors(classPrior, "classPrior");
      Check.notNull(binarize, "binarize");
      if (binarize.isPresent() && Double.isNaN(binarize.getAsDouble())) {
        throw new IllegalArgumentException("binarize must be a number or none, got NaN");
      }
    }

    /** A copy with another binarize threshold. */
    public Params withBinarize(OptionalDouble threshold) {
      return new Params(alpha, fitPrior, classPrior, threshold);
    }

    @Override
    public double[] classPrior() {
      return classPrior.clone();
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public BernoulliNB() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public BernoulliNB(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public BernoulliNB withParams(Params p) {
    return new BernoulliNB(p);
  }

  @Override
  public String name() {
    return "bernoulli_nb";
  }

  /**
   * Counts, per class, the rows in which each (binarized) feature is on.
   *
   * @throws IllegalArgumentException on empty, non-numeric, missing or infinite input, a non-class
   *     target, or a classPrior whose length differs from the number of classes
   */
  @Override
  public BernoulliNBModel fit(Frame x, Target y) {
    return partialFit(x, y, null);
  }

  /**
   * First batch of a streaming fit with the class list given up front (like scikit-learn's {@code classes=});
   * later batches go to {@link BernoulliNBModel#partialFit(Frame, Target)} and may hold any of these classes.
   *
   * @param classes every class label, sorted; null = the labels of {@code y}
   */
  public BernoulliNBModel partialFit(Frame x, Target y, List<String> classes) {
    List<String> cls = NBSupport.startFit(x, y, classes, "BernoulliNB");
    int k = cls.size();
    return new BernoulliNBModel(x.schema(), cls, new double[k][x.columnCount()], new double[k], params,
        Provenance.of(name(), params, x, y, 0L)).partialFit(x, y);
  }
}
