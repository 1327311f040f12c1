package praxis.dummy;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A baseline classifier that ignores the features, as scikit-learn's {@code DummyClassifier}: it
 * predicts the most frequent class, the class priors, random draws from the priors or a uniform
 * distribution, or a constant label. Useful as the floor any real model must beat.
 *
 * <p>Strategies: {@code MOST_FREQUENT} (predict the mode, probabilities one-hot on it), {@code PRIOR}
 * (predict the mode, probabilities = class frequencies; the default, as in scikit-learn), {@code STRATIFIED}
 * (each row gets a class drawn from the priors; probabilities one-hot on the draw), {@code UNIFORM} (a
 * class drawn uniformly; probabilities 1/k), {@code CONSTANT} (always {@link Params#constant()}). Ties in the
 * mode go to the smallest class code. The random strategies draw each row's class from a
 * {@link java.util.SplittableRandom} seeded with {@code seed} mixed with a hash of the row's values, so
 * predictions are reproducible and do not depend on which other rows are predicted with it. Cost: O(n) to
 * fit, O(1) per row.
 *
 * <pre>{@code
 * var base = new DummyClassifier().withParams(
 *     new DummyClassifier.Params(DummyClassifier.Strategy.MOST_FREQUENT, 0L, "")).fit(x, y);
 * int[] yhat = base.predict(x);
 * }</pre>
 */
public final class DummyClassifier implements Estimator<DummyClassifier.Params, DummyClassifierModel> {
  /** How predictions are made. */
  public enum Strategy {
    /** Always the most frequent training class. */
    MOST_FREQUENT,
    /** Most frequent class; probabilities are the class frequencies. */
    PRIOR,
    /** Random class per row drawn from the class frequencies. */
    STRATIFIED,
    /** Random class per row drawn uniformly. */
    UNIFORM,
    /** Always the {@code constant} label. */
    CONSTANT
  }

  /**
   * Hyperparameters.
   *
   * @param strategy prediction rule
   * @param seed seed of the random strategies
   * @param constant label predicted by {@code CONSTANT} (must be one of the training classes); ignored
   *     otherwise
   */
  public record Params(Strategy strategy, long seed, String constant) implements praxis.api.Params {
    /** PRIOR strategy, seed 0, no constant. */
    public static final Params DEFAULTS = new Params(Strategy.PRIOR, 0L, "");

    /** Validates. */
    public Params {
      Check.notNull(strategy, "strategy");
      Check.notNull(constant, "constant");
      if (strategy == Strategy.CONSTANT && constant.isEmpty()) {
        throw new IllegalArgumentException("strategy CONSTANT needs a non-empty 'constant' label, got ''; "
            + "set constant to one of the training classes");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public DummyClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public DummyClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public DummyClassifier withParams(Params p) {
    return new DummyClassifier(p);
  }

  @Override
  public String name() {
    return "dummy_classifier";
  }

  /**
   * Learns the class frequencies.
   *
   * @throws IllegalArgumentException on 0 rows, a non-class target, or a CONSTANT label not in the classes
   */
  @Override
  public DummyClassifierModel fit(Frame x, Target y) {
    Inputs.requireRows(x, y, "DummyClassifier");
    y.requireKind(Target.Kind.CLASSES);
    int[] counts = y.classCounts();
    double[] priors = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      priors[k] = counts[k] / (double) y.size();
    }
    int constantCode = -1;
    if (params.strategy() == Strategy.CONSTANT) {
      constantCode = y.classList().indexOf(params.constant());
      if (constantCode < 0) {
        throw new IllegalArgumentException("DummyClassifier constant '" + params.constant()
            + "' is not one of the training classes " + y.classList() + "; choose one of them");
      }
    }
    return new DummyClassifierModel(x.schema(), y.classList(), priors, params.strategy(), constantCode,
        params.seed(), Provenance.of(name(), params, x, y, params.seed()));
  }
}
