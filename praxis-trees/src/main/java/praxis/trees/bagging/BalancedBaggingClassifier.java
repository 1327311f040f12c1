package praxis.trees.bagging;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.DecisionTreeClassifier;
import praxis.trees.internal.ForestEngine;

/**
 * Balanced bagging classifier, as imbalanced-learn's {@code BalancedBaggingClassifier} with its default random
 * under-sampler: {@code nEstimators} copies of any base {@link Estimator} whose models are {@link Classifier}s,
 * each fitted on a class-balanced random sample — every class undersampled to the size of the smallest class
 * (without replacement by default, with replacement when {@code replacement = true}) — and on a fraction
 * {@code maxFeatures} of the columns. Class probabilities are the mean of the members' {@code predictProba}; the
 * fitted model is a {@link BaggingClassifierModel}. Each member's sample comes from its own seed drawn from
 * {@code seed} in order, so the ensemble is identical for any thread count. The default base estimator is a
 * {@link DecisionTreeClassifier}.
 *
 * <pre>{@code
 * var bag = new BalancedBaggingClassifier(BalancedBaggingClassifier.Params.DEFAULTS.withNEstimators(50));
 * BaggingClassifierModel m = bag.fit(x, y);
 * double[][] proba = m.predictProba(xTest);
 * }</pre>
 */
public final class BalancedBaggingClassifier
    implements Estimator<BalancedBaggingClassifier.Params, BaggingClassifierModel> {
  /**
   * Hyperparameters.
   *
   * @param nEstimators number of members
   * @param maxFeatures fraction of columns drawn (without replacement) per member, in (0, 1]
   * @param replacement draw each class's balanced sample with replacement
   * @param seed master seed
   * @param nThreads threads fitting members
   */
  public record Params(int nEstimators, double maxFeatures, boolean replacement, long seed, int nThreads)
      implements praxis.api.Params {
    /** imbalanced-learn's defaults: 10 members, all columns, undersampling without replacement; one thread. */
    public static final Params DEFAULTS = new Params(10, 1.0, false, 0L, 1);

    /** Validates. */
    public Params {
      Bagger.check(nEstimators, 1.0, maxFeatures, nThreads);
    }

    /** With a number of members. */
    public Params withNEstimators(int v) {
      return new Params(v, maxFeatures, replacement, seed, nThreads);
    }

    /** With a column fraction. */
    public Params withMaxFeatures(double v) {
      return new Params(nEstimators, v, replacement, seed, nThreads);
    }

    /** With or without replacement in the balanced draws. */
    public Params withReplacement(boolean v) {
      return new Params(nEstimators, maxFeatures, v, seed, nThreads);
    }

    /** With a seed. */
    public Params withSeed(long v) {
      return new Params(nEstimators, maxFeatures, replacement, v, nThreads);
    }

    /** With a thread count. */
    public Params withNThreads(int v) {
      return new Params(nEstimators, maxFeatures, replacement, seed, v);
    }
  }

  private final Estimator<?, ?> base;
  private final Params params;

  /** Balanced bagging of decision trees with {@link Params#DEFAULTS}. */
  public BalancedBaggingClassifier() {
    this(new DecisionTreeClassifier(), Params.DEFAULTS);
  }

  /** Balanced bagging of decision trees. */
  public BalancedBaggingClassifier(Params params) {
    this(new DecisionTreeClassifier(), params);
  }

  /** Balanced bagging of {@code base}, whose models must be classifiers. */
  public BalancedBaggingClassifier(Estimator<?, ?> base, Params params) {
    this.base = Check.notNull(base, "base");
    this.params = Check.notNull(params, "params");
  }

  /** The base estimator. */
  public Estimator<?, ?> base() {
    return base;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public BalancedBaggingClassifier withParams(Params p) {
    return new BalancedBaggingClassifier(base, p);
  }

  @Override
  public String name() {
    return "balanced_bagging_classifier";
  }

  @Override
  public BaggingClassifierModel fit(Frame x, Target y) {
    String who = "BalancedBaggingClassifier";
    Bagger.requireRows(x, y, who);
    if (y.kind() != Target.Kind.CLASSES) {
      throw new IllegalArgumentException(who + ": the target is " + y.kind() + " but a classifier needs class"
          + " labels; use BaggingRegressor for numeric targets");
    }
    int n = x.rowCount();
    int k = y.classCount();
    int[] cnt = new int[k];
    for (int i = 0; i < n; i++) {
      int c = y.code(i);
      if (c < 0) {
        throw new IllegalArgumentException(who + ": the target ('" + y.name() + "') is missing at row " + i
            + "; drop the rows with a missing label");
      }
      cnt[c]++;
    }
    int[][] byClass = new int[k][];
    for (int c = 0; c < k; c++) {
      byClass[c] = new int[cnt[c]];
    }
    int[] fill = new int[k];
    for (int i = 0; i < n; i++) {
      int c = y.code(i);
      byClass[c][fill[c]++] = i;
    }
    int m = Integer.MAX_VALUE;
    for (int c = 0; c < k; c++) {
      if (cnt[c] > 0) {
        m = Math.min(m, cnt[c]);
      }
    }
    int p = x.columnCount();
    long[] seeds = ForestEngine.seeds(params.seed(), params.nEstimators());
    Bagger.Draw[] draws = new Bagger.Draw[seeds.length];
    for (int t = 0; t < seeds.length; t++) {
      draws[t] = draw(seeds[t], byClass, m, n, p, params.maxFeatures(), params.replacement());
    }
    Model[] models = Bagger.fit(base, x, y, draws, params.nThreads());
    for (Model model : models) {
      if (!(model instanceof Classifier)) {
        throw new IllegalArgumentException(who + ": the base estimator '" + base.name() + "' fitted a "
            + model.getClass().getSimpleName() + ", not a Classifier; bag a classification estimator");
      }
    }
    int[][] features = new int[draws.length][];
    for (int t = 0; t < draws.length; t++) {
      features[t] = draws[t].features();
    }
    List<String> classes = y.classList();
    return new BaggingClassifierModel(x.schema(), classes, models, features, Double.NaN, null,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  private static Bagger.Draw draw(long seed, int[][] byClass, int m, int n, int p, double maxFeatures,
      boolean replacement) {
    SplittableRandom rng = new SplittableRandom(seed);
    int present = 0;
    for (int[] rows : byClass) {
      present += rows.length > 0 ? 1 : 0;
    }
    int[] rows = new int[m * present];
    int r = 0;
    for (int[] cls : byClass) {
      if (cls.length == 0) {
        continue;
      }
      if (replacement) {
        for (int i = 0; i < m; i++) {
          rows[r++] = cls[rng.nextInt(cls.length)];
        }
      } else {
        int[] perm = cls.clone();
        for (int i = 0; i < m; i++) {
          int j = i + rng.nextInt(perm.length - i);
          int tmp = perm[i];
          perm[i] = perm[j];
          perm[j] = tmp;
          rows[r++] = perm[i];
        }
      }
    }
    Arrays.sort(rows);
    int q = Math.max(1, (int) (maxFeatures * p));
    int[] all = new int[p];
    for (int j = 0; j < p; j++) {
      all[j] = j;
    }
    for (int i = 0; i < q; i++) {
      int j = i + rng.nextInt(p - i);
      int tmp = all[i];
      all[i] = all[j];
      all[j] = tmp;
    }
    int[] feats = Arrays.copyOf(all, q);
    Arrays.sort(feats);
    boolean[] inBag = new boolean[n];
    for (int row : rows) {
      inBag[row] = true;
    }
    return new Bagger.Draw(rows, feats, inBag);
  }
}
