package praxis.trees.forest;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.ClassificationCriterion;
import praxis.trees.internal.Features;
import praxis.trees.internal.ForestEngine;
import praxis.trees.internal.Grower;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeSupport;

/**
 * Balanced random forest (Chen, Liaw &amp; Breiman 2004), as imbalanced-learn's
 * {@code BalancedRandomForestClassifier}: a random forest in which each tree's bootstrap sample is
 * class-balanced — every class is undersampled to the size of the smallest class, drawing with replacement
 * (or without, {@code replacement = false}) — so every tree sees as many minority as majority rows. Growth
 * settings are those of {@link RandomForestClassifier}; probabilities are averaged over trees, and the fitted
 * model is a {@link ForestClassifierModel} (out-of-bag statistics are not computed: the per-tree samples are
 * not plain bootstraps). Each tree's sample and split randomness come from its own seed drawn from
 * {@code seed} in tree order, so the forest is identical for any thread count.
 *
 * <pre>{@code
 * var brf = new BalancedRandomForestClassifier(BalancedRandomForestClassifier.Params.DEFAULTS.withNTrees(200));
 * ForestClassifierModel m = brf.fit(x, y);
 * double[][] proba = m.predictProba(xTest);
 * }</pre>
 */
public final class BalancedRandomForestClassifier
    implements Estimator<BalancedRandomForestClassifier.Params, ForestClassifierModel> {
  /**
   * Hyperparameters (scikit-learn / imbalanced-learn names in camel case).
   *
   * @param nTrees number of trees
   * @param criterion split criterion
   * @param maxDepth maximum depth (none: unlimited)
   * @param minSamplesSplit minimum rows to split a node
   * @param minSamplesLeaf minimum rows per leaf
   * @param minWeightFractionLeaf minimum fraction of the total weight per leaf
   * @param maxLeafNodes maximum leaves per tree (best-first growth), none for unlimited
   * @param minImpurityDecrease minimum weighted impurity decrease to split
   * @param maxFeatures features tried per node: all, sqrt, log2, a fraction like 0.5, or a count
   * @param replacement draw each class's balanced sample with replacement (a bootstrap of the minority size)
   * @param seed master seed
   * @param nThreads threads growing trees
   */
  public record Params(int nTrees, ClassificationCriterion criterion, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, boolean replacement, long seed, int nThreads) implements praxis.api.Params {
    /** 100 trees, Gini, sqrt features, balanced bootstrap with replacement; one thread. */
    public static final Params DEFAULTS = new Params(100, ClassificationCriterion.GINI, OptionalInt.empty(), 2, 1,
        0.0, OptionalInt.empty(), 0.0, "sqrt", true, 0L, 1);

    /** Validates. */
    public Params {
      Check.notNull(criterion, "criterion");
      ForestSupport.checkForest(nTrees, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, 1.0, nThreads);
    }

    /** With a number of trees. */
    public Params withNTrees(int v) {
      return new Params(v, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, replacement, seed, nThreads);
    }

    /** With a maximum depth. */
    public Params withMaxDepth(int v) {
      return new Params(nTrees, criterion, OptionalInt.of(v), minSamplesSplit, minSamplesLeaf,
          minWeightFractionLeaf, maxLeafNodes, minImpurityDecrease, maxFeatures, replacement, seed, nThreads);
    }

    /** With a feature-subset spec. */
    public Params withMaxFeatures(String v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, v, replacement, seed, nThreads);
    }

    /** With or without replacement in the balanced draws. */
    public Params withReplacement(boolean v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, v, seed, nThreads);
    }

    /** With a seed. */
    public Params withSeed(long v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, replacement, v, nThreads);
    }

    /** With a thread count. */
    public Params withNThreads(int v) {
      return new Params(nTrees, criterion, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
          maxLeafNodes, minImpurityDecrease, maxFeatures, replacement, seed, v);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public BalancedRandomForestClassifier() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public BalancedRandomForestClassifier(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public BalancedRandomForestClassifier withParams(Params p) {
    return new BalancedRandomForestClassifier(p);
  }

  @Override
  public String name() {
    return "balanced_random_forest_classifier";
  }

  @Override
  public ForestClassifierModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits with per-row weights (multiplied by each tree's balanced-sample multiplicities).
   *
   * <pre>{@code
   * ForestClassifierModel m = new BalancedRandomForestClassifier().fit(x, y, weights);
   * }</pre>
   *
   * @param sampleWeight one finite weight >= 0 per row, or null for all ones
   */
  public ForestClassifierModel fit(Frame x, Target y, double[] sampleWeight) {
    String who = "BalancedRandomForestClassifier";
    Params p = params;
    int[] yc = TreeSupport.classCodes(x, y, who);
    Features f = Features.forFit(x, who);
    double[] w = TreeSupport.sampleWeights(sampleWeight, x.rowCount(), who);
    int k = y.classCount();
    int[][] byClass = rowsByClass(yc, k);
    Grower.Kind kind = p.criterion() == ClassificationCriterion.GINI ? Grower.Kind.GINI : Grower.Kind.ENTROPY;
    Grower.Config cfg = ForestSupport.config(kind, k, p.maxDepth(), p.minSamplesSplit(), p.minSamplesLeaf(),
        p.minWeightFractionLeaf(), p.maxLeafNodes(), p.minImpurityDecrease(), p.maxFeatures(), f.p, false);
    long[] seeds = ForestEngine.seeds(p.seed(), p.nTrees());
    Tree[] trees = new Tree[p.nTrees()];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      double[] tw = new double[f.n];
      int t;
      while ((t = next.getAndIncrement()) < trees.length) {
        int[] c = balancedSample(seeds[t], byClass, f.n, p.replacement());
        for (int i = 0; i < f.n; i++) {
          tw[i] = c[i] * w[i];
        }
        // one tree on the balanced sample (weights carry the multiplicities), split randomness from the tree seed
        trees[t] = ForestEngine.grow(cfg, f, yc, null, tw, 1, false, 1.0, seeds[t], 1).trees()[0];
      }
    };
    run(worker, Math.max(1, Math.min(p.nThreads(), trees.length)));
    return new ForestClassifierModel(x.schema(), y.classList(), trees, seeds, false, f.n, Double.NaN, null,
        Provenance.of(name(), p, x, y, p.seed()));
  }

  static int[][] rowsByClass(int[] yc, int k) {
    int[] cnt = new int[k];
    for (int c : yc) {
      cnt[c]++;
    }
    int[][] out = new int[k][];
    for (int c = 0; c < k; c++) {
      out[c] = new int[cnt[c]];
    }
    int[] fill = new int[k];
    for (int i = 0; i < yc.length; i++) {
      out[yc[i]][fill[yc[i]]++] = i;
    }
    return out;
  }

  /**
   * Multiplicities of a class-balanced sample: from every class present, {@code m} rows where {@code m} is the
   * smallest present class's size, drawn with or without replacement.
   */
  static int[] balancedSample(long seed, int[][] byClass, int n, boolean replacement) {
    int m = Integer.MAX_VALUE;
    for (int[] rows : byClass) {
      if (rows.length > 0) {
        m = Math.min(m, rows.length);
      }
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] c = new int[n];
    for (int[] rows : byClass) {
      if (rows.length == 0) {
        continue;
      }
      if (replacement) {
        for (int i = 0; i < m; i++) {
          c[rows[rng.nextInt(rows.length)]]++;
        }
      } else {
        int[] perm = rows.clone();
        for (int i = 0; i < m; i++) {
          int j = i + rng.nextInt(perm.length - i);
          int tmp = perm[i];
          perm[i] = perm[j];
          perm[j] = tmp;
          c[perm[i]]++;
        }
      }
    }
    return c;
  }

  private static void run(Runnable worker, int threads) {
    if (threads == 1) {
      worker.run();
      return;
    }
    ExecutorService ex = Executors.newFixedThreadPool(threads, r -> {
      Thread th = new Thread(r, "praxis-balanced-forest");
      th.setDaemon(true);
      return th;
    });
    try {
      Future<?>[] fs = new Future<?>[threads];
      for (int i = 0; i < threads; i++) {
        fs[i] = ex.submit(worker);
      }
      for (Future<?> fu : fs) {
        fu.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("balanced forest training was interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("balanced forest training failed: " + c, c);
    } finally {
      ex.shutdownNow();
    }
  }
}
