package praxis.select.features;

import java.util.Arrays;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Recursive feature elimination (scikit-learn's {@code RFE}): fit the estimator, drop the {@code step} columns
 * with the smallest {@link praxis.api.FeatureImportance importances}, refit on the rest, until
 * {@code nFeatures} remain. Works with any estimator whose fitted model implements
 * {@link praxis.api.FeatureImportance} (linear models: |coefficient|; scale the columns first so magnitudes are
 * comparable). The model's scores are the ranks: 1 for kept columns, 2 for the last eliminated, and so on.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new RFE(new RFE.Params(new LogisticRegression(), 5, 1)).fit(xScaled, y);
 * double[] ranking = m.scores();
 * }</pre>
 */
public final class RFE implements Estimator<RFE.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param estimator estimator refitted at each round (its model must implement FeatureImportance)
   * @param nFeatures number of columns to keep (≥ 1)
   * @param step columns removed per round (≥ 1)
   */
  public record Params(Estimator<?, ?> estimator, int nFeatures, int step) implements praxis.api.Params {
    /** Validates. */
    public Params {
      Check.notNull(estimator, "estimator");
      Check.atLeast(nFeatures, 1, "nFeatures");
      Check.atLeast(step, 1, "step");
    }
  }

  private final Params params;

  /** With the given hyperparameters. */
  public RFE(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RFE withParams(Params p) {
    return new RFE(p);
  }

  @Override
  public String name() {
    return "rfe";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "RFE");
    int p = x.columnCount();
    if (params.nFeatures() > p) {
      throw new IllegalArgumentException("RFE: nFeatures=" + params.nFeatures() + " exceeds the " + p
          + " columns of the input; use nFeatures <= " + p);
    }
    int[] rank = ranking(params.estimator(), x, y, params.nFeatures(), params.step(), "RFE");
    boolean[] keep = new boolean[p];
    double[] score = new double[p];
    for (int j = 0; j < p; j++) {
      keep[j] = rank[j] == 1;
      score[j] = rank[j];
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(),
        FeatureSupport.indices(keep), score, nan);
  }

  /** scikit-learn's RFE ranking: 1 for the {@code keep} survivors, larger for earlier eliminations. */
  static int[] ranking(Estimator<?, ?> est, Frame x, Target y, int keepCount, int step, String who) {
    int p = x.columnCount();
    boolean[] alive = new boolean[p];
    Arrays.fill(alive, true);
    int[] rank = new int[p];
    Arrays.fill(rank, 1);
    int left = p;
    while (left > keepCount) {
      int[] cols = FeatureSupport.indices(alive);
      Model m = est.fit(x.selectIndices(cols), y);
      double[] w = FeatureSupport.importances(m, est, cols.length, who);
      Integer[] order = new Integer[cols.length];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      Arrays.sort(order, (a, b) -> Double.compare(w[a], w[b]));
      int drop = Math.min(step, left - keepCount);
      for (int k = 0; k < drop; k++) {
        alive[cols[order[k]]] = false;
      }
      for (int j = 0; j < p; j++) {
        if (!alive[j]) {
          rank[j]++;
        }
      }
      left -= drop;
    }
    return rank;
  }
}
