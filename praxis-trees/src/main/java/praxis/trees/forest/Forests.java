package praxis.trees.forest;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import praxis.io.State;
import praxis.trees.internal.Features;
import praxis.trees.internal.ForestEngine;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeSupport;

/** Importance, proximity and state helpers shared by the forest models. */
final class Forests {
  private Forests() {}

  /** Swaps in a permuted copy of feature {@code j} over the given rows; returns the original column. */
  private static Object permute(Features f, int j, int[] rows, SplittableRandom rng) {
    if (f.isCategorical(j)) {
      int[] orig = f.cat[j];
      int[] c = orig.clone();
      for (int a = rows.length - 1; a > 0; a--) {
        int b = rng.nextInt(a + 1);
        int t = c[rows[a]];
        c[rows[a]] = c[rows[b]];
        c[rows[b]] = t;
      }
      f.cat[j] = c;
      return orig;
    }
    double[] orig = f.num[j];
    double[] c = orig.clone();
    for (int a = rows.length - 1; a > 0; a--) {
      int b = rng.nextInt(a + 1);
      double t = c[rows[a]];
      c[rows[a]] = c[rows[b]];
      c[rows[b]] = t;
    }
    f.num[j] = c;
    return orig;
  }

  private static void restore(Features f, int j, Object orig) {
    if (orig instanceof int[] c) {
      f.cat[j] = c;
    } else {
      f.num[j] = (double[]) orig;
    }
  }

  /**
   * Mean decrease of {@code score} over {@code nRepeats} random permutations of each feature (Breiman
   * 2001; scikit-learn's {@code permutation_importance}).
   */
  static double[] permutationImportance(Features f, ToDoubleFunction<Features> score, int nRepeats, long seed) {
    if (nRepeats < 1) {
      throw new IllegalArgumentException("nRepeats must be >= 1 but was " + nRepeats);
    }
    int[] all = new int[f.n];
    for (int i = 0; i < f.n; i++) {
      all[i] = i;
    }
    double base = score.applyAsDouble(f);
    double[] imp = new double[f.p];
    SplittableRandom rng = new SplittableRandom(seed);
    for (int j = 0; j < f.p; j++) {
      for (int r = 0; r < nRepeats; r++) {
        Object orig = permute(f, j, all, rng);
        imp[j] += base - score.applyAsDouble(f);
        restore(f, j, orig);
      }
      imp[j] /= nRepeats;
    }
    return imp;
  }

  /**
   * Breiman's out-of-bag permutation importance: per tree, the decrease of its OOB score (accuracy, or
   * minus the mean squared error) when feature j is permuted among the tree's OOB rows; averaged over trees.
   *
   * @param treeScore (tree, features, OOB rows) → score
   */
  static double[] oobPermutationImportance(Tree[] trees, long[] seeds, int draws, Features f, long seed,
      TreeScore treeScore) {
    double[] imp = new double[f.p];
    SplittableRandom rng = new SplittableRandom(seed);
    int used = 0;
    for (int t = 0; t < trees.length; t++) {
      int[] c = ForestEngine.inBag(seeds[t], f.n, true, draws);
      int m = 0;
      for (int v : c) {
        m += v == 0 ? 1 : 0;
      }
      if (m == 0) {
        continue;
      }
      int[] rows = new int[m];
      m = 0;
      for (int i = 0; i < f.n; i++) {
        if (c[i] == 0) {
          rows[m++] = i;
        }
      }
      used++;
      double base = treeScore.score(trees[t], f, rows);
      for (int j = 0; j < f.p; j++) {
        Object orig = permute(f, j, rows, rng);
        imp[j] += base - treeScore.score(trees[t], f, rows);
        restore(f, j, orig);
      }
    }
    if (used > 0) {
      for (int j = 0; j < f.p; j++) {
        imp[j] /= used;
      }
    }
    return imp;
  }

  /** A tree's score on some rows. */
  interface TreeScore {
    double score(Tree tree, Features f, int[] rows);
  }

  static List<State> treeStates(Tree[] trees) {
    List<State> out = new ArrayList<>(trees.length);
    for (Tree t : trees) {
      out.add(t.toState());
    }
    return out;
  }

  static Tree[] readTrees(State s, int p) {
    List<State> ts = s.getStates("trees");
    TreeSupport.require(!ts.isEmpty(), s, "no trees");
    Tree[] trees = new Tree[ts.size()];
    for (int t = 0; t < trees.length; t++) {
      trees[t] = Tree.fromState(ts.get(t), p);
    }
    return trees;
  }
}
