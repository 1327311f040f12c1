package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Scales each row to unit norm (L1, L2 or max-abs), as scikit-learn's {@code Normalizer}; rows of norm 0 are
 * left unchanged. It learns nothing from the data (fitting only records the input schema) but is an
 * {@link Estimator} so it fits in pipelines. Missing values are rejected. Cost: one pass.
 *
 * <pre>{@code
 * var m = new Normalizer(new Normalizer.Params(Normalizer.Norm.L1)).fit(x, Target.none(x.rowCount()));
 * Frame rows = m.transform(x);   // each row's absolute values sum to 1
 * }</pre>
 */
public final class Normalizer implements Estimator<Normalizer.Params, NormalizerModel> {
  /** The row norm. */
  public enum Norm {
    /** Sum of absolute values. */
    L1,
    /** Euclidean length. */
    L2,
    /** Largest absolute value. */
    MAX
  }

  /**
   * Hyperparameters.
   *
   * @param norm the norm each row is divided by
   */
  public record Params(Norm norm) implements praxis.api.Params {
    /** L2. */
    public static final Params DEFAULTS = new Params(Norm.L2);

    /** Validates. */
    public Params {
      Check.notNull(norm, "norm");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public Normalizer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public Normalizer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Normalizer withParams(Params p) {
    return new Normalizer(p);
  }

  @Override
  public String name() {
    return "normalizer";
  }

  @Override
  public NormalizerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "Normalizer");
    Support.requireNumeric(x, "Normalizer");
    x.requireFinite("Normalizer");
    return new NormalizerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.norm());
  }
}
