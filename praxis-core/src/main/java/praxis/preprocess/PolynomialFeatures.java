package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Polynomial and interaction features, as scikit-learn's {@code PolynomialFeatures}: every product of the input
 * columns of total degree 1 to {@code degree} (optionally only products of distinct columns), preceded by a
 * constant column {@code 1} when {@code includeBias}. Output order and names are scikit-learn's: by degree,
 * then the column combinations in lexicographic order, named like {@code x0}, {@code x0^2}, {@code x0 x1}
 * (using the input column names). For p inputs and degree d there are {@code C(p + d, d)} outputs with the
 * bias ({@code sum_k C(p, k)}, k &lt;= d, when only interactions), so the count grows fast; more than
 * {@value #MAX_OUTPUTS} output columns is refused. Numeric (and boolean, as 0/1) input only, without missing or
 * infinite values. Each output column is one multiplication of an earlier output column by an input column,
 * so a transform costs one pass per output column. It learns nothing but the input schema; use it in a
 * pipeline, e.g. for polynomial regression:
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new PolynomialFeatures(new PolynomialFeatures.Params(2, false, false)),
 *     new StandardScaler(), new Ridge());
 * PipelineModel m = p.fit(x, y);
 * }</pre>
 */
public final class PolynomialFeatures implements Estimator<PolynomialFeatures.Params, PolynomialFeaturesModel> {
  /** The largest number of output columns a fit accepts. */
  public static final int MAX_OUTPUTS = 100_000;

  /**
   * Hyperparameters (scikit-learn's names and defaults).
   *
   * @param degree the largest total degree of a product (&gt;= 1)
   * @param interactionOnly only products of distinct columns (no {@code x0^2})
   * @param includeBias whether a constant column {@code 1} comes first
   */
  public record Params(int degree, boolean interactionOnly, boolean includeBias) implements praxis.api.Params {
    /** Degree 2, all products, with the bias column. */
    public static final Params DEFAULTS = new Params(2, false, true);

    /** Validates. */
    public Params {
      Check.atLeast(degree, 1, "degree");
    }

    /** A copy with another degree. */
    public Params withDegree(int d) {
      return new Params(d, interactionOnly, includeBias);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public PolynomialFeatures() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public PolynomialFeatures(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** Degree {@code degree}, all products, with the bias column. */
  public PolynomialFeatures(int degree) {
    this(Params.DEFAULTS.withDegree(degree));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public PolynomialFeatures withParams(Params p) {
    return new PolynomialFeatures(p);
  }

  @Override
  public String name() {
    return "polynomial_features";
  }

  /**
   * Records the input schema and the output combinations.
   *
   * @throws IllegalArgumentException on an empty frame, a non-numeric column, missing or infinite values, or
   *     more than {@link #MAX_OUTPUTS} output columns
   */
  @Override
  public PolynomialFeaturesModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "PolynomialFeatures");
    Support.requireNumeric(x, "PolynomialFeatures");
    x.requireFinite("PolynomialFeatures");
    return new PolynomialFeaturesModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.degree(),
        params.interactionOnly(), params.includeBias());
  }
}
