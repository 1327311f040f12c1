package praxis.trees.forest;

import java.util.OptionalInt;
import praxis.api.Check;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.trees.ClassWeight;
import praxis.trees.internal.Features;
import praxis.trees.internal.ForestEngine;
import praxis.trees.internal.Grower;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeSupport;

/** Shared fitting code of the forest estimators. */
final class ForestSupport {
  private ForestSupport() {}

  static void checkForest(int nTrees, OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
      double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease, String maxFeatures,
      double maxSamples, int nThreads) {
    Check.atLeast(nTrees, 1, "nTrees");
    Check.notNull(maxDepth, "maxDepth");
    Check.notNull(maxLeafNodes, "maxLeafNodes");
    if (maxDepth.isPresent() && maxDepth.getAsInt() < 1) {
      throw new IllegalArgumentException("maxDepth must be >= 1 (or none for unlimited) but was "
          + maxDepth.getAsInt());
    }
    Check.atLeast(minSamplesSplit, 2, "minSamplesSplit");
    Check.atLeast(minSamplesLeaf, 1, "minSamplesLeaf");
    Check.inRange(minWeightFractionLeaf, 0.0, 0.5, "minWeightFractionLeaf");
    if (maxLeafNodes.isPresent() && maxLeafNodes.getAsInt() < 2) {
      throw new IllegalArgumentException("maxLeafNodes must be >= 2 (or none for unlimited) but was "
          + maxLeafNodes.getAsInt());
    }
    Check.nonNegative(minImpurityDecrease, "minImpurityDecrease");
    TreeSupport.checkMaxFeatures(maxFeatures, "maxFeatures");
    if (!(maxSamples > 0 && maxSamples <= 1)) {
      throw new IllegalArgumentException("maxSamples must be a fraction in (0, 1] of the rows but was " + maxSamples);
    }
    Check.atLeast(nThreads, 1, "nThreads");
  }

  static Grower.Config config(Grower.Kind kind, int nClasses, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, int p, boolean random) {
    return config(kind, nClasses, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxLeafNodes,
        minImpurityDecrease, maxFeatures, p, random, 0);
  }

  static Grower.Config config(Grower.Kind kind, int nClasses, OptionalInt maxDepth, int minSamplesSplit,
      int minSamplesLeaf, double minWeightFractionLeaf, OptionalInt maxLeafNodes, double minImpurityDecrease,
      String maxFeatures, int p, boolean random, int maxBins) {
    return new Grower.Config(kind, nClasses, maxDepth.orElse(Integer.MAX_VALUE), minSamplesSplit, minSamplesLeaf,
        minWeightFractionLeaf, maxLeafNodes.orElse(0), minImpurityDecrease,
        TreeSupport.maxFeatures(maxFeatures, p, "maxFeatures"), random, maxBins);
  }

  static void checkMaxBins(int maxBins) {
    if (maxBins != 0 && (maxBins < 2 || maxBins > 255)) {
      throw new IllegalArgumentException("maxBins must be 0 (exact split search) or in [2, 255] but was " + maxBins
          + "; 255 is a good histogram setting for large data");
    }
  }

  /** Everything a forest fit needs besides the growth settings. */
  record Spec(String name, String who, praxis.api.Params params, int nTrees, boolean bootstrap, double maxSamples,
      boolean oobScore, long seed, int nThreads) {}

  static ForestClassifierModel fitClassifier(Spec s, Frame x, Target y, double[] sampleWeight, ClassWeight cw,
      java.util.function.IntFunction<Grower.Config> cfg) {
    int[] yc = TreeSupport.classCodes(x, y, s.who());
    Features f = Features.forFit(x, s.who());
    double[] w = TreeSupport.sampleWeights(sampleWeight, x.rowCount(), s.who());
    int k = y.classCount();
    if (cw == ClassWeight.BALANCED) {
      TreeSupport.balance(w, yc, k);
    }
    if (s.oobScore() && !s.bootstrap()) {
      throw new IllegalArgumentException(s.who() + ": oobScore=true needs bootstrap=true (without bootstrap no"
          + " row is out of bag)");
    }
    ForestEngine.Result r = ForestEngine.grow(cfg.apply(f.p), f, yc, null, w, s.nTrees(), s.bootstrap(),
        s.maxSamples(), s.seed(), s.nThreads());
    int draws = ForestEngine.draws(f.n, s.maxSamples());
    double score = Double.NaN;
    double[][] oob = null;
    if (s.oobScore()) {
      oob = new double[f.n][k];
      int[] votes = new int[f.n];
      for (int t = 0; t < r.trees().length; t++) {
        Tree tree = r.trees()[t];
        int[] c = ForestEngine.inBag(r.seeds()[t], f.n, true, draws);
        for (int i = 0; i < f.n; i++) {
          if (c[i] == 0) {
            int leaf = tree.leaf(f, i);
            for (int q = 0; q < k; q++) {
              oob[i][q] += tree.value(leaf, q);
            }
            votes[i]++;
          }
        }
      }
      int correct = 0;
      int counted = 0;
      for (int i = 0; i < f.n; i++) {
        if (votes[i] == 0) {
          java.util.Arrays.fill(oob[i], Double.NaN);
          continue;
        }
        int best = 0;
        for (int q = 0; q < k; q++) {
          oob[i][q] /= votes[i];
          if (oob[i][q] > oob[i][best]) {
            best = q;
          }
        }
        counted++;
        correct += best == yc[i] ? 1 : 0;
      }
      score = counted == 0 ? Double.NaN : (double) correct / counted;
    }
    return new ForestClassifierModel(x.schema(), y.classList(), r.trees(), r.seeds(), s.bootstrap(), draws, score,
        oob, Provenance.of(s.name(), s.params(), x, y, s.seed()));
  }

  static ForestRegressorModel fitRegressor(Spec s, Frame x, Target y, double[] sampleWeight, boolean poisson,
      java.util.function.IntFunction<Grower.Config> cfg) {
    double[] yv = TreeSupport.targetValues(x, y, s.who());
    if (poisson) {
      TreeSupport.requirePoisson(yv, s.who());
    }
    Features f = Features.forFit(x, s.who());
    double[] w = TreeSupport.sampleWeights(sampleWeight, x.rowCount(), s.who());
    if (s.oobScore() && !s.bootstrap()) {
      throw new IllegalArgumentException(s.who() + ": oobScore=true needs bootstrap=true (without bootstrap no"
          + " row is out of bag)");
    }
    ForestEngine.Result r = ForestEngine.grow(cfg.apply(f.p), f, null, yv, w, s.nTrees(), s.bootstrap(),
        s.maxSamples(), s.seed(), s.nThreads());
    int draws = ForestEngine.draws(f.n, s.maxSamples());
    double score = Double.NaN;
    double[] oob = null;
    if (s.oobScore()) {
      oob = new double[f.n];
      int[] votes = new int[f.n];
      for (int t = 0; t < r.trees().length; t++) {
        Tree tree = r.trees()[t];
        int[] c = ForestEngine.inBag(r.seeds()[t], f.n, true, draws);
        for (int i = 0; i < f.n; i++) {
          if (c[i] == 0) {
            oob[i] += tree.value(tree.leaf(f, i), 0);
            votes[i]++;
          }
        }
      }
      double mean = 0;
      int counted = 0;
      for (int i = 0; i < f.n; i++) {
        if (votes[i] > 0) {
          oob[i] /= votes[i];
          mean += yv[i];
          counted++;
        } else {
          oob[i] = Double.NaN;
        }
      }
      if (counted > 0) {
        mean /= counted;
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < f.n; i++) {
          if (votes[i] > 0) {
            ssr += (yv[i] - oob[i]) * (yv[i] - oob[i]);
            sst += (yv[i] - mean) * (yv[i] - mean);
          }
        }
        score = sst > 0 ? 1 - ssr / sst : Double.NaN;
      }
    }
    return new ForestRegressorModel(x.schema(), r.trees(), r.seeds(), s.bootstrap(), draws, score, oob,
        Provenance.of(s.name(), s.params(), x, y, s.seed()));
  }
}
