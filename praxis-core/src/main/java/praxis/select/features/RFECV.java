package praxis.select.features;

import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.metrics.Scorer;
import praxis.select.Fold;
import praxis.select.Splitter;

/**
 * {@link RFE} with the number of columns chosen by cross-validation (scikit-learn's {@code RFECV}): in each fold,
 * RFE runs on the training part down to {@code minFeatures} and every intermediate subset is scored on the test
 * part; the subset size with the best mean score (ties: fewer columns) is then selected by RFE on all the data.
 * Everything is fitted on training folds only. The model's scores are the final RFE ranks; its provenance
 * carries the mean CV score per subset size as metrics {@code cv_score_k=<size>}.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new RFECV(new RFECV.Params(new LogisticRegression(), 1, 1,
 *     new StratifiedKFold(5, true, 0), Scorers.ACCURACY)).fit(xScaled, y);
 * }</pre>
 */
public final class RFECV implements Estimator<RFECV.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param estimator estimator whose model implements FeatureImportance
   * @param minFeatures smallest subset size considered (≥ 1)
   * @param step columns removed per round (≥ 1)
   * @param cv splitter of the cross-validation
   * @param scorer score to maximise
   */
  public record Params(Estimator<?, ?> estimator, int minFeatures, int step, Splitter cv, Scorer scorer)
      implements praxis.api.Params {
    /** Validates. */
    public Params {
      Check.notNull(estimator, "estimator");
      Check.atLeast(minFeatures, 1, "minFeatures");
      Check.atLeast(step, 1, "step");
      Check.notNull(cv, "cv");
      Check.notNull(scorer, "scorer");
    }
  }

  private final Params params;

  /** With the given hyperparameters. */
  public RFECV(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public RFECV withParams(Params p) {
    return new RFECV(p);
  }

  @Override
  public String name() {
    return "rfecv";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "RFECV");
    Check.sameRows(x, y, "RFECV");
    int p = x.columnCount();
    int min = Math.min(params.minFeatures(), p);
    List<Fold> folds = params.cv().split(x, y, null);
    double[] sum = new double[p + 1];
    int[] seen = new int[p + 1];
    for (Fold f : folds) {
      Frame xt = x.rows(f.train());
      Target yt = y.rows(f.train());
      Frame xv = x.rows(f.test());
      Target yv = y.rows(f.test());
      int[] rank = RFE.ranking(params.estimator(), xt, yt, min, params.step(), "RFECV");
      int maxRank = Arrays.stream(rank).max().orElse(1);
      for (int r = maxRank; r >= 1; r--) {
        boolean[] keep = new boolean[p];
        for (int j = 0; j < p; j++) {
          keep[j] = rank[j] <= r;
        }
        int[] cols = FeatureSupport.indices(keep);
        Model m = params.estimator().fit(xt.selectIndices(cols), yt);
        sum[cols.length] += params.scorer().score(m, xv.selectIndices(cols), yv);
        seen[cols.length]++;
      }
    }
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    Provenance prov = Provenance.of(name(), params, x, y, 0L);
    for (int k = 1; k <= p; k++) {
      if (seen[k] == folds.size()) {
        double s = sum[k] / seen[k];
        prov = prov.withMetric("cv_score_k=" + k, s);
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      }
    }
    int[] rank = RFE.ranking(params.estimator(), x, y, best, params.step(), "RFECV");
    boolean[] keep = new boolean[p];
    double[] score = new double[p];
    for (int j = 0; j < p; j++) {
      keep[j] = rank[j] == 1;
      score[j] = rank[j];
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), prov, name(), FeatureSupport.indices(keep), score, nan);
  }
}
