package praxis.bayes;

import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Complement naive Bayes (Rennie et al. 2003), the multinomial model fitted on the complement of each class:
 * {@code w_cj = -log((A_j - N_cj + alpha) / sum_j (A_j - N_cj + alpha))}, where {@code N_cj} is the sum of
 * feature {@code j} over the rows of class {@code c} and {@code A_j} over all rows; a row scores
 * {@code sum_j x_j w_cj}. Often better than {@link MultinomialNB} on imbalanced text data. Follows
 * scikit-learn's {@code ComplementNB}: with {@code norm} the weights are {@code log(...) / sum_j log(...)}
 * (the second normalization of the paper); the class prior enters the score only when there is a single
 * class; alpha below {@code 1e-10} is raised to {@code 1e-10}. Features must be non-negative counts; the
 * count accumulation is shared with {@link MultinomialNB}. Cost: O(n p) to fit, O(k p) per predicted row; for
 * frames with sparse columns O(nnz + k p) to fit and O(k nnz) to predict, never densifying, with the same
 * results as dense input. Supports streaming with {@link #partialFit(Frame, Target, List)} and
 * {@link ComplementNBModel#partialFit(Frame, Target)}.
 *
 * <pre>{@code
 * ComplementNBModel m = new ComplementNB().fit(counts, y);
 * double[][] weights = m.featureLogProb();
 * ComplementNBModel m2 = m.partialFit(moreCounts, moreY);
 * }</pre>
 */
public final class ComplementNB implements Estimator<ComplementNB.Params, ComplementNBModel> {
  /**
   * Hyperparameters.
   *
   * @param alpha additive smoothing (&gt;= 0; 1 = Laplace, below 1 = Lidstone; floored at 1e-10)
   * @param fitPrior learn class priors from the class frequencies (false = uniform)
   * @param classPrior class prior probabilities in class order, overriding {@code fitPrior} (empty = none)
   * @param norm normalize the weights of each class (scikit-learn's {@code norm})
   */
  public record Params(double alpha, boolean fitPrior, double[] classPrior, boolean norm)
      implements praxis.api.Params {
    /** scikit-learn defaults: alpha 1, fitPrior true, no classPrior, norm false. */
    public static final Params DEFAULTS = new Params(1.0, true, new double[0], false);

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
  public ComplementNB() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public ComplementNB(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public ComplementNB withParams(Params p) {
    return new ComplementNB(p);
  }

  @Override
  public String name() {
    return "complement_nb";
  }

  /**
   * Counts features per class and derives the complement weights.
   *
   * @throws IllegalArgumentException on empty, non-numeric, missing, infinite or negative input, a non-class
   *     target, or a classPrior whose length differs from the number of classes
   */
  @Override
  public ComplementNBModel fit(Frame x, Target y) {
    return partialFit(x, y, null);
  }

  /**
   * First batch of a streaming fit with the class list given up front (like scikit-learn's {@code classes=});
   * later batches go to {@link ComplementNBModel#partialFit(Frame, Target)} and may hold any of these classes.
   *
   * @param classes every class label, sorted; null = the labels of {@code y}
   */
  public ComplementNBModel partialFit(Frame x, Target y, List<String> classes) {
    List<String> cls = NBSupport.startFit(x, y, classes, "ComplementNB");
    int k = cls.size();
    return new ComplementNBModel(x.schema(), cls, new double[k][x.columnCount()], new double[k], params,
        Provenance.of(name(), params, x, y, 0L)).partialFit(x, y);
  }
}
