package praxis.neighbors;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * k-nearest-neighbours regressor, neighbours found by a {@link NeighborIndex} (brute force, k-d tree or
 * ball tree, see {@link Algorithm}; all give the same neighbours): predicts the (weighted) mean target of the
 * {@code k} training rows nearest to the query.
 *
 * <p>Follows scikit-learn's {@code KNeighborsRegressor(algorithm="brute")}: neighbours are the {@code k}
 * smallest distances, ties in (floating-point) distance broken by training row index (stable);
 * {@code DISTANCE} weights are {@code 1/d}, and when a query coincides with training rows only those count.
 * The model keeps the training matrix (that is the algorithm). The features are not scaled: standardize
 * them first when their units differ. Cost: fitting copies the data, O(n p); predicting is O(n p) per query
 * row by brute force (less with a tree in low dimension), spread over {@code nThreads} threads with identical
 * results for any thread count.
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}): the training rows are kept in CSR form and searched by
 * brute force with sparse merges (O(nnz of both rows) per pair, never densified), whatever the algorithm
 * setting; the distances equal the dense ones bit for bit, so the neighbours are those of dense brute force.
 *
 * <pre>{@code
 * KNeighborsRegressorModel m = new KNeighborsRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class KNeighborsRegressor implements Estimator<KNeighborsRegressor.Params, KNeighborsRegressorModel> {

  /**
   * Hyperparameters.
   *
   * @param k number of neighbours (&gt;= 1, at most the number of training rows)
   * @param weights neighbour weighting
   * @param metric distance
   * @param p exponent of the MINKOWSKI metric (&gt;= 1; ignored by the other metrics)
   * @param algorithm neighbour search ({@link Algorithm}; results are the same for all, only speed differs)
   * @param leafSize maximum points per tree leaf (&gt;= 1)
   * @param nThreads threads used to predict (parallel over query rows; results do not depend on it)
   */
  public record Params(int k, Weights weights, Metric metric, double p, Algorithm algorithm, int leafSize,
      int nThreads) implements praxis.api.Params {
    /** k = 5, uniform weights, Euclidean distance, p = 2, AUTO algorithm, leaf size 30, one thread. */
    public static final Params DEFAULTS = new Params(5, Weights.UNIFORM, Metric.EUCLIDEAN, 2.0, Algorithm.AUTO, 30, 1);

    /** Validates. */
    public Params {
      Check.atLeast(k, 1, "k");
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

    /** With the AUTO algorithm and leaf size 30 (the settings before the algorithm was selectable). */
    public Params(int k, Weights weights, Metric metric, double p, int nThreads) {
      this(k, weights, metric, p, Algorithm.AUTO, 30, nThreads);
    }

    /** A copy with another k. */
    public Params withK(int newK) {
      return new Params(newK, weights, metric, p, algorithm, leafSize, nThreads);
    }

    /** A copy with other weights. */
    public Params withWeights(Weights w) {
      return new Params(k, w, metric, p, algorithm, leafSize, nThreads);
    }

    /** A copy with another metric (and Minkowski exponent). */
    public Params withMetric(Metric m, double power) {
      return new Params(k, weights, m, power, algorithm, leafSize, nThreads);
    }

    /** A copy with another search algorithm and tree leaf size (results do not depend on them, only speed). */
    public Params withAlgorithm(Algorithm a, int leaf) {
      return new Params(k, weights, metric, p, a, leaf, nThreads);
    }

    /** A copy with another thread count. */
    public Params withNThreads(int threads) {
      return new Params(k, weights, metric, p, algorithm, leafSize, threads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public KNeighborsRegressor() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public KNeighborsRegressor(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public KNeighborsRegressor withParams(Params p) {
    return new KNeighborsRegressor(p);
  }

  @Override
  public String name() {
    return "knn_regressor";
  }

  /**
   * Stores the training data.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a wrong target kind, or
   *     {@code k} larger than the number of rows
   */
  @Override
  public KNeighborsRegressorModel fit(Frame x, Target y) {
    if (x.hasSparseColumns()) {     // sparse input: CSR rows, brute-force search by sparse merges
      praxis.linalg.CsrMatrix xs = Inputs.fitCsr(x, y, "KNeighborsRegressor");
      if (params.k() > xs.rows()) {
        throw new IllegalArgumentException("KNeighborsRegressor: k = " + params.k() + " exceeds the " + xs.rows()
            + " training rows; use k <= " + xs.rows());
      }
      y.requireKind(Target.Kind.VALUES);
      return new KNeighborsRegressorModel(x.schema(), xs, y.values(), params, Provenance.of(name(), params, x, y,
          0L));
    }
    double[] xc = Inputs.fitMatrix(x, y, "KNeighborsRegressor");
    int n = x.rowCount();
    int p = x.columnCount();
    if (params.k() > n) {
      throw new IllegalArgumentException("KNeighborsRegressor: k = " + params.k() + " exceeds the " + n
          + " training rows; use k <= " + n);
    }
    y.requireKind(Target.Kind.VALUES);
    return new KNeighborsRegressorModel(x.schema(), NeighborSearch.rowMajor(xc, n, p), n, p, y.values(), params,
        Provenance.of(name(), params, x, y, 0L));
  }
}
