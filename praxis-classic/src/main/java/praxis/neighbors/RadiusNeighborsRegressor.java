package praxis.neighbors;

import java.util.OptionalDouble;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Radius-neighbours regressor: predicts the (weighted) mean target of all training rows within distance
 * {@code radius} of the query (inclusive). Follows scikit-learn's {@code RadiusNeighborsRegressor}.
 *
 * <p>A query with no training row within the radius is an outlier: with {@code outlierValue} empty (the
 * default) predicting it throws an {@link IllegalArgumentException} naming the row (scikit-learn returns NaN
 * with a warning); otherwise the given value is predicted. Neighbours are found by a {@link NeighborIndex} (see
 * {@link Algorithm}); the features are not scaled, so standardize them first. Prediction is parallel over query
 * rows with identical results for any thread count.
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}): the training rows are kept in CSR form and searched by
 * brute force with sparse merges (never densified), whatever the algorithm setting; distances equal the dense
 * ones bit for bit, so the neighbours are those of dense brute force.
 *
 * <pre>{@code
 * var p = RadiusNeighborsRegressor.Params.DEFAULTS.withRadius(2.5).withWeights(Weights.DISTANCE);
 * double[] yhat = new RadiusNeighborsRegressor(p).fit(x, y).predict(test);
 * }</pre>
 */
public final class RadiusNeighborsRegressor
    implements Estimator<RadiusNeighborsRegressor.Params, RadiusNeighborsRegressorModel> {

  /**
   * Hyperparameters.
   *
   * @param radius neighbourhood radius (finite, &gt; 0); rows at distance exactly {@code radius} count
   * @param weights neighbour weighting
   * @param metric distance
   * @param p exponent of the MINKOWSKI metric (&gt;= 1; ignored by the other metrics)
   * @param algorithm neighbour search (results are the same for all, only speed differs)
   * @param leafSize maximum points per tree leaf (&gt;= 1)
   * @param outlierValue prediction for rows without neighbours; empty = error
   * @param nThreads threads used to predict (results do not depend on it)
   */
  public record Params(double radius, Weights weights, Metric metric, double p, Algorithm algorithm, int leafSize,
      OptionalDouble outlierValue, int nThreads) implements praxis.api.Params {
    /** radius 1, uniform weights, Euclidean, p = 2, AUTO, leaf size 30, outliers are an error, one thread. */
    public static final Params DEFAULTS = new Params(1.0, Weights.UNIFORM, Metric.EUCLIDEAN, 2.0, Algorithm.AUTO,
        30, OptionalDouble.empty(), 1);

    /** Validates. */
    public Params {
      checkCommon(radius, weights, metric, p, algorithm, leafSize, nThreads);
      Check.notNull(outlierValue, "outlierValue");
      if (outlierValue.isPresent() && !Double.isFinite(outlierValue.getAsDouble())) {
        throw new IllegalArgumentException("outlierValue must be finite or empty (error), got "
            + outlierValue.getAsDouble());
      }
    }

    /** A copy with another radius. */
    public Params withRadius(double r) {
      return new Params(r, weights, metric, p, algorithm, leafSize, outlierValue, nThreads);
    }

    /** A copy with other weights. */
    public Params withWeights(Weights w) {
      return new Params(radius, w, metric, p, algorithm, leafSize, outlierValue, nThreads);
    }

    /** A copy with another metric (and Minkowski exponent). */
    public Params withMetric(Metric m, double power) {
      return new Params(radius, weights, m, power, algorithm, leafSize, outlierValue, nThreads);
    }

    /** A copy with another search algorithm and leaf size. */
    public Params withAlgorithm(Algorithm a, int leaf) {
      return new Params(radius, weights, metric, p, a, leaf, outlierValue, nThreads);
    }

    /** A copy predicting {@code value} for rows without neighbours. */
    public Params withOutlierValue(double value) {
      return new Params(radius, weights, metric, p, algorithm, leafSize, OptionalDouble.of(value), nThreads);
    }

    /** A copy with another thread count. */
    public Params withNThreads(int threads) {
      return new Params(radius, weights, metric, p, algorithm, leafSize, outlierValue, threads);
    }
  }

  static void checkCommon(double radius, Weights weights, Metric metric, double p, Algorithm algorithm,
      int leafSize, int nThreads) {
    if (!(radius > 0) || !Double.isFinite(radius)) {
      throw new IllegalArgumentException("radius must be a finite number > 0, got " + radius);
    }
    Check.notNull(weights, "weights");
    Check.notNull(metric, "metric");
    if (!(p >= 1) || !Double.isFinite(p)) {
      throw new IllegalArgumentException("p must be a finite number >= 1 (Minkowski exponent), got " + p);
    }
    Check.notNull(algorithm, "algorithm");
    Check.atLeast(leafSize, 1, "leafSize");
    if (metric == Metric.COSINE && (algorithm == Algorithm.KD_TREE || algorithm == Algorithm.BALL_TREE)) {
      throw new IllegalArgumentException("algorithm " + algorithm + " does not support metric COSINE;"
          + " use algorithm BRUTE or AUTO");
    }
    Check.atLeast(nThreads, 1, "nThreads");
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public RadiusNeighborsRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RadiusNeighborsRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RadiusNeighborsRegressor withParams(Params p) {
    return new RadiusNeighborsRegressor(p);
  }

  @Override
  public String name() {
    return "radius_neighbors_regressor";
  }

  /**
   * Stores the training data.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input or a wrong target kind
   */
  @Override
  public RadiusNeighborsRegressorModel fit(Frame x, Target y) {
    if (x.hasSparseColumns()) {     // sparse input: CSR rows, brute-force search by sparse merges
      praxis.linalg.CsrMatrix xs = Inputs.fitCsr(x, y, "RadiusNeighborsRegressor");
      y.requireKind(Target.Kind.VALUES);
      return new RadiusNeighborsRegressorModel(x.schema(), xs, y.values(), params,
          Provenance.of(name(), params, x, y, 0L));
    }
    double[] xc = Inputs.fitMatrix(x, y, "RadiusNeighborsRegressor");
    int n = x.rowCount();
    int p = x.columnCount();
    y.requireKind(Target.Kind.VALUES);
    return new RadiusNeighborsRegressorModel(x.schema(), NeighborSearch.rowMajor(xc, n, p), n, p, y.values(),
        params, Provenance.of(name(), params, x, y, 0L));
  }
}
