package praxis.preprocess;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Fills each missing cell with the (weighted) mean of that column over the {@code nNeighbors} nearest training
 * rows that have the column, as scikit-learn's {@code KNNImputer}. Distances are nan-Euclidean over the
 * features observed in both rows, scaled up by {@code features / featuresPresent}
 * ({@code sqrt(p / |present| * sum_{present} (a_k - b_k)^2)}); a pair with no common observed feature has no
 * distance and ranks last. When no candidate donor has a distance the column's training mean is used.
 * {@link Weights#DISTANCE} weights donors by {@code 1/d} (donors at distance 0 take all the weight; donors
 * without a distance get none). Ties in distance are broken by training row order. The model keeps a copy of
 * the training matrix (the donors). A column with no observed training value is an error (scikit-learn drops
 * it). Cost per imputed row: O(n p) for the distances plus O(n) per missing column.
 *
 * <pre>{@code
 * KNNImputerModel m = new KNNImputer(new KNNImputer.Params(5, KNNImputer.Weights.DISTANCE))
 *     .fit(train, Target.none(train.rowCount()));
 * Frame filled = m.transform(test);
 * }</pre>
 */
public final class KNNImputer implements Estimator<KNNImputer.Params, KNNImputerModel> {
  /** Donor weighting. */
  public enum Weights {
    /** Plain mean of the donors. */
    UNIFORM,
    /** Inverse-distance weighted mean. */
    DISTANCE
  }

  /**
   * Hyperparameters.
   *
   * @param nNeighbors number of donors per imputed cell (at least 1)
   * @param weights donor weighting
   */
  public record Params(int nNeighbors, Weights weights) implements praxis.api.Params {
    /** Five neighbours, uniform weights (scikit-learn's defaults). */
    public static final Params DEFAULTS = new Params(5, Weights.UNIFORM);

    /** Validates. */
    public Params {
      Check.atLeast(nNeighbors, 1, "nNeighbors");
      Check.notNull(weights, "weights");
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public KNNImputer() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public KNNImputer(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public KNNImputer withParams(Params p) {
    return new KNNImputer(p);
  }

  @Override
  public String name() {
    return "knn_imputer";
  }

  @Override
  public KNNImputerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "KNNImputer");
    Support.requireNumeric(x, "KNNImputer");
    int p = x.columnCount();
    double[][] cols = new double[p][];
    double[] mean = new double[p];
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "KNNImputer");
      double s = 0;
      int n = 0;
      for (double d : v) {
        if (!Double.isNaN(d)) {
          s += d;
          n++;
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException("KNNImputer: column '" + c.name() + "' has no non-missing value in the "
            + v.length + " training rows; drop it first (e.g. with DropMissing)");
      }
      mean[j] = s / n;
      cols[j] = v;
    }
    return new KNNImputerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), params.nNeighbors(),
        params.weights(), cols, mean);
  }
}
