package praxis.neighbors;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Radius-neighbours classifier: predicts the class with the largest (weighted) vote among all training rows
 * within distance {@code radius} of the query (inclusive); probabilities are the normalized votes, vote ties
 * go to the smallest class code. Follows scikit-learn's {@code RadiusNeighborsClassifier}.
 *
 * <p>A query with no training row within the radius is an outlier. With {@code outlierLabel} null (the
 * default, scikit-learn's {@code outlier_label=None}) predicting such a row throws an
 * {@link IllegalArgumentException} naming the row; with {@code "most_frequent"} the most frequent training
 * class is predicted; otherwise the given label, which must be one of the training classes (Praxis classifiers
 * predict class codes), is predicted. The probability row of an outlier is 1 for that class, 0 elsewhere.
 * Neighbours are found by a {@link NeighborIndex} (see {@link Algorithm}); the features are not scaled, so
 * standardize them first. Prediction is parallel over query rows with identical results for any thread count.
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}): the training rows are kept in CSR form and searched by
 * brute force with sparse merges (never densified), whatever the algorithm setting; distances equal the dense
 * ones bit for bit, so the neighbours are those of dense brute force.
 *
 * <pre>{@code
 * var p = RadiusNeighborsClassifier.Params.DEFAULTS.withRadius(0.8).withOutlierLabel("most_frequent");
 * RadiusNeighborsClassifierModel m = new RadiusNeighborsClassifier(p).fit(x, y);
 * int[] labels = m.predict(test);
 * }</pre>
 */
public final class RadiusNeighborsClassifier
    implements Estimator<RadiusNeighborsClassifier.Params, RadiusNeighborsClassifierModel> {

  /** The {@code outlierLabel} value that selects the most frequent training class. */
  public static final String MOST_FREQUENT = "most_frequent";

  /**
   * Hyperparameters.
   *
   * @param radius neighbourhood radius (finite, &gt; 0); rows at distance exactly {@code radius} count
   * @param weights neighbour weighting
   * @param metric distance
   * @param p exponent of the MINKOWSKI metric (&gt;= 1; ignored by the other metrics)
   * @param algorithm neighbour search (results are the same for all, only speed differs)
   * @param leafSize maximum points per tree leaf (&gt;= 1)
   * @param outlierLabel what rows without neighbours get: null (or {@code "none"}) = error,
   *     {@code "most_frequent"}, or a class
   * @param nThreads threads used to predict (results do not depend on it)
   */
  public record Params(double radius, Weights weights, Metric metric, double p, Algorithm algorithm, int leafSize,
      String outlierLabel, int nThreads) implements praxis.api.Params {
    /** radius 1, uniform weights, Euclidean, p = 2, AUTO, leaf size 30, outliers are an error, one thread. */
    public static final Params DEFAULTS = new Params(1.0, Weights.UNIFORM, Metric.EUCLIDEAN, 2.0, Algorithm.AUTO,
        30, null, 1);

    /** Validates. */
    public Params {
      RadiusNeighborsRegressor.checkCommon(radius, weights, metric, p, algorithm, leafSize, nThreads);
      if ("none".equalsIgnoreCase(outlierLabel)) {
        outlierLabel = null; // the command-line spelling of "no label"
      }
      if (outlierLabel != null && outlierLabel.isEmpty()) {
        throw new IllegalArgumentException("outlierLabel must be null (error), \"most_frequent\" or a class label,"
            + " got an empty string");
      }
    }

    /** A copy with another radius. */
    public Params withRadius(double r) {
      return new Params(r, weights, metric, p, algorithm, leafSize, outlierLabel, nThreads);
    }

    /** A copy with other weights. */
    public Params withWeights(Weights w) {
      return new Params(radius, w, metric, p, algorithm, leafSize, outlierLabel, nThreads);
    }

    /** A copy with another metric (and Minkowski exponent). */
    public Params withMetric(Metric m, double power) {
      return new Params(radius, weights, m, power, algorithm, leafSize, outlierLabel, nThreads);
    }

    /** A copy with another search algorithm and leaf size. */
    public Params withAlgorithm(Algorithm a, int leaf) {
      return new Params(radius, weights, metric, p, a, leaf, outlierLabel, nThreads);
    }

    /** A copy with another outlier policy (null = error). */
    public Params withOutlierLabel(String label) {
      return new Params(radius, weights, metric, p, algorithm, leafSize, label, nThreads);
    }

    /** A copy with another thread count. */
    public Params withNThreads(int threads) {
      return new Params(radius, weights, metric, p, algorithm, leafSize, outlierLabel, threads);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public RadiusNeighborsClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public RadiusNeighborsClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RadiusNeighborsClassifier withParams(Params p) {
    return new RadiusNeighborsClassifier(p);
  }

  @Override
  public String name() {
    return "radius_neighbors_classifier";
  }

  /**
   * Stores the training data and resolves the outlier label.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a wrong target kind, or an
   *     outlier label that is not a training class
   */
  @Override
  public RadiusNeighborsClassifierModel fit(Frame x, Target y) {
    // sparse input: CSR rows, brute-force search by sparse merges
    praxis.linalg.CsrMatrix xs = x.hasSparseColumns() ? Inputs.fitCsr(x, y, "RadiusNeighborsClassifier") : null;
    double[] xc = xs == null ? Inputs.fitMatrix(x, y, "RadiusNeighborsClassifier") : null;
    int n = x.rowCount();
    int p = x.columnCount();
    y.requireKind(Target.Kind.CLASSES);
    int[] codes = y.codes();
    java.util.List<String> classes = y.classList();
    int outlier = -1;
    String label = params.outlierLabel();
    if (MOST_FREQUENT.equals(label)) {
      int[] counts = new int[classes.size()];
      for (int c : codes) {
        counts[c]++;
      }
      outlier = 0;
      for (int c = 1; c < counts.length; c++) {
        if (counts[c] > counts[outlier]) {
          outlier = c;
        }
      }
    } else if (label != null) {
      outlier = classes.indexOf(label);
      if (outlier < 0) {
        throw new IllegalArgumentException("RadiusNeighborsClassifier: outlierLabel '" + label
            + "' is not a training class " + classes + "; use one of them, \"most_frequent\" or null");
      }
    }
    if (xs != null) {
      return new RadiusNeighborsClassifierModel(x.schema(), xs, codes, classes, outlier, params,
          Provenance.of(name(), params, x, y, 0L));
    }
    return new RadiusNeighborsClassifierModel(x.schema(), NeighborSearch.rowMajor(xc, n, p), n, p, codes, classes,
        outlier, params, Provenance.of(name(), params, x, y, 0L));
  }
}
