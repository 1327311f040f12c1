package praxis.trees.bagging;

import java.util.List;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.DecisionTreeClassifier;

/**
 * Bagging classifier (Breiman 1996; Ho 1998 for random feature subspaces), as scikit-learn's
 * {@code BaggingClassifier}: {@code nEstimators} copies of any base {@link Estimator} whose models are
 * {@link Classifier}s, each fitted on a sample of rows (bootstrap or without replacement) and of columns;
 * class probabilities are the mean of the members' {@code predictProba} (members that only predict labels
 * vote one-hot). Members are fitted in parallel; each member's sample comes from its own seed drawn from
 * {@code seed} in order, so the ensemble is identical for any thread count. The default base estimator is a
 * {@link DecisionTreeClassifier}.
 *
 * <pre>{@code
 * var bag = new BaggingClassifier(new KNeighborsClassifier(), BaggingClassifier.DEFAULTS.withOobScore(true));
 * BaggingClassifierModel m = bag.fit(x, y);
 * double oob = m.oobScore().getAsDouble();
 * }</pre>
 */
public final class BaggingClassifier implements Estimator<BaggingParams, BaggingClassifierModel> {
  /** Default hyperparameters ({@link BaggingParams#DEFAULTS}). */
  public static final BaggingParams DEFAULTS = BaggingParams.DEFAULTS;

  private final Estimator<?, ?> base;
  private final BaggingParams params;

  /** Bagged decision trees with {@link #DEFAULTS}. */
  public BaggingClassifier() {
    this(new DecisionTreeClassifier(), DEFAULTS);
  }

  /** Bagged decision trees. */
  public BaggingClassifier(BaggingParams params) {
    this(new DecisionTreeClassifier(), params);
  }

  /** Bagging of {@code base}, whose models must be classifiers. */
  public BaggingClassifier(Estimator<?, ?> base, BaggingParams params) {
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
  public BaggingClassifier withParams(BaggingParams p) {
    return new BaggingClassifier(base, p);
  }

  @Override
  public String name() {
    return "bagging_classifier";
  }

  @Override
  public BaggingClassifierModel fit(Frame x, Target y) {
    String who = "BaggingClassifier";
    Bagger.requireRows(x, y, who);
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + ": the target is " + y.kind() + " but a classifier needs class"
          + " labels; use BaggingRegressor for numeric targets");
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
      if (!(m instanceof Classifier)) {
        throw new IllegalArgumentException(who + ": the base estimator '" + base.name() + "' fitted a "
            + m.getClass().getSimpleName() + ", not a Classifier; bag a classification estimator");
      }
    }
    int[][] features = new int[draws.length][];
    for (int t = 0; t < draws.length; t++) {
      features[t] = draws[t].features();
    }
    List<String> classes = y.classList();
    BaggingClassifierModel model = new BaggingClassifierModel(x.schema(), classes, models, features, Double.NaN,
        null, Provenance.of(name(), params, x, y, params.seed()));
    if (!params.oobScore()) {
      return model;
    }
    int k = classes.size();
    double[][] oob = new double[n][k];
    int[] votes = new int[n];
    for (int t = 0; t < draws.length; t++) {
      boolean[] inBag = draws[t].inBag();
      int[] rows = java.util.stream.IntStream.range(0, n).filter(i -> !inBag[i]).toArray();
      if (rows.length == 0) {
        continue;
      }
      double[][] p = model.memberProba(t, x.rows(rows));
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < k; c++) {
          oob[rows[r]][c] += p[r][c];
        }
        votes[rows[r]]++;
      }
    }
    int correct = 0;
    int counted = 0;
    for (int i = 0; i < n; i++) {
      if (votes[i] == 0) {
        java.util.Arrays.fill(oob[i], Double.NaN);
        continue;
      }
      int best = 0;
      for (int c = 0; c < k; c++) {
        oob[i][c] /= votes[i];
        if (oob[i][c] > oob[i][best]) {
          best = c;
        }
      }
      counted++;
      correct += best == y.code(i) ? 1 : 0;
    }
    return new BaggingClassifierModel(x.schema(), classes, models, features,
        counted == 0 ? Double.NaN : (double) correct / counted, oob, model.provenance());
  }
}
