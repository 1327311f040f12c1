package praxis.trees.bagging;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.DecisionTreeRegressor;

/**
 * Bagging regressor (Breiman 1996), as scikit-learn's {@code BaggingRegressor}: {@code nEstimators} copies
 * of any base {@link Estimator} whose models are {@link Regressor}s, each fitted on a sample of rows and
 * columns; the prediction is the members' mean. Deterministic for any thread count (per-member seeds drawn
 * from {@code seed} in order). The default base estimator is a {@link DecisionTreeRegressor}.
 *
 * <pre>{@code
 * var bag = new BaggingRegressor(new DecisionTreeRegressor(), BaggingRegressor.DEFAULTS.withOobScore(true));
 * BaggingRegressorModel m = bag.fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class BaggingRegressor implements Estimator<BaggingParams, BaggingRegressorModel> {
  /** Default hyperparameters ({@link BaggingParams#DEFAULTS}). */
  public static final BaggingParams DEFAULTS = BaggingParams.DEFAULTS;

  private final Estimator<?, ?> base;
  private final BaggingParams params;

  /** Bagged regression trees with {@link #DEFAULTS}. */
  public BaggingRegressor() {
    this(new DecisionTreeRegressor(), DEFAULTS);
  }

  /** Bagged regression trees. */
  public BaggingRegressor(BaggingParams params) {
    this(new DecisionTreeRegressor(), params);
  }

  /** Bagging of {@code base}, whose models must be regressors. */
  public BaggingRegressor(Estimator<?, ?> base, BaggingParams params) {
    this.base = Check.notNull(base, "base");
    this.params = Check.notNull(params, "params");
  }

  /** The base estimator. */
  public Estimator<?, ?> base() {
    return base;
  }

  @Override
  public BaggingParams params() {
    return params;
  }

  @Override
  public BaggingRegressor withParams(BaggingParams p) {
    return new BaggingRegressor(base, p);
  }

  @Override
  public String name() {
    return "bagging_regressor";
  }

  @Override
  public BaggingRegressorModel fit(Frame x, Target y) {
    String who = "BaggingRegressor";
    Bagger.requireRows(x, y, who);
    if (y.kind() != Target.Kind.VALUES) {
      throw new IllegalArgumentException(who + ": the target is " + y.kind() + " but a regressor needs numeric"
          + " values; use BaggingClassifier for class labels");
    }
    double[] yv = y.values();
    for (int i = 0; i < yv.length; i++) {
      if (!Double.isFinite(yv[i])) {
        throw new IllegalArgumentException(who + ": target row " + i + " is " + yv[i] + "; targets must be finite");
      }
    }
    if (params.oobScore() && !params.bootstrap() && params.maxSamples() >= 1) {
      throw new IllegalArgumentException(who + ": oobScore=true needs bootstrap=true or maxSamples < 1 (otherwise"
          + " no row is out of bag)");
    }
    int n = x.rowCount();
    Bagger.Draw[] draws = Bagger.draws(params.seed(), params.nEstimators(), n, x.columnCount(),
        params.maxSamples(), params.maxFeatures(), params.bootstrap(), params.bootstrapFeatures());
    Model[] models = Bagger.fit(base, x, y, draws, params.nThreads());
    for (Model m : models) {
      if (!(m instanceof Regressor)) {
        throw new IllegalArgumentException(who + ": the base estimator '" + base.name() + "' fitted a "
            + m.getClass().getSimpleName() + ", not a Regressor; bag a regression estimator");
      }
    }
    int[][] features = new int[draws.length][];
    for (int t = 0; t < draws.length; t++) {
      features[t] = draws[t].features();
    }
    Provenance prov = Provenance.of(name(), params, x, y, params.seed());
    if (!params.oobScore()) {
      return new BaggingRegressorModel(x.schema(), models, features, Double.NaN, null, prov);
    }
    double[] oob = new double[n];
    int[] votes = new int[n];
    for (int t = 0; t < draws.length; t++) {
      boolean[] inBag = draws[t].inBag();
      int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> !inBag[i]).toArray();
      if (rows.length == 0) {
        continue;
      }
      double[] p = ((Regressor) models[t]).predict(x.rows(rows).selectIndices(features[t]));
      for (int r = 0; r < rows.length; r++) {
        oob[rows[r]] += p[r];
        votes[rows[r]]++;
      }
    }
    double mean = 0;
    int counted = 0;
    for (int i = 0; i < n; i++) {
      if (votes[i] > 0) {
        oob[i] /= votes[i];
        mean += yv[i];
        counted++;
      } else {
        oob[i] = Double.NaN;
      }
    }
    double score = Double.NaN;
    if (counted > 0) {
      mean /= counted;
      double ssr = 0;
      double sst = 0;
      for (int i = 0; i < n; i++) {
        if (votes[i] > 0) {
          ssr += (yv[i] - oob[i]) * (yv[i] - oob[i]);
          sst += (yv[i] - mean) * (yv[i] - mean);
        }
      }
      score = sst > 0 ? 1 - ssr / sst : Double.NaN;
    }
    return new BaggingRegressorModel(x.schema(), models, features, score, oob, prov);
  }
}
