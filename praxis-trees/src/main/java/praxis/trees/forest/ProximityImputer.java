package praxis.trees.forest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Random-forest proximity imputation of missing feature values (Breiman's method, as R randomForest's
 * {@code rfImpute}): start from a rough fill (column median, or most frequent level), then repeat
 * {@code iterations} times: fit a random forest on the filled data, compute the proximity matrix of the
 * training rows, and replace each originally missing numeric cell by the proximity-weighted mean of the
 * column's observed values (categorical and boolean cells: the observed level with the largest total
 * proximity). Cost: per iteration one forest fit plus O(n^2) memory and time for the proximities, so it
 * suits up to a few thousand rows. Trees handle NaN natively; use this when an imputed table is wanted.
 *
 * <pre>{@code
 * Frame filled = ProximityImputer.impute(x, y, 5, 100, 0L, 2);
 * }</pre>
 */
public final class ProximityImputer {
  private ProximityImputer() {}

  /**
   * Imputes the missing cells of {@code x} using target {@code y} (class labels or values).
   *
   * @param iterations forest refits (R's default: 5)
   * @param nTrees trees per forest
   * @param seed forest seed (iteration {@code t} uses {@code seed + t})
   * @param nThreads threads growing trees
   * @return a frame with the same columns and no missing numeric, boolean or categorical cells
   */
  public static Frame impute(Frame x, Target y, int iterations, int nTrees, long seed, int nThreads) {
    Check.atLeast(iterations, 1, "iterations");
    Check.atLeast(nTrees, 1, "nTrees");
    Check.atLeast(nThreads, 1, "nThreads");
    int n = x.rowCount();
    if (n == 0) {
      throw new IllegalArgumentException("ProximityImputer: the input has 0 rows; at least 1 is required");
    }
    int p = x.columnCount();
    boolean[][] missing = new boolean[p][];
    List<Column> cols = new ArrayList<>(x.columns());
    for (int j = 0; j < p; j++) {
      Column c = cols.get(j);
      missing[j] = new boolean[n];
      for (int i = 0; i < n; i++) {
        missing[j][i] = c.isMissing(i);
      }
      cols.set(j, roughFill(c, missing[j]));
    }
    for (int it = 0; it < iterations; it++) {
      Frame filled = Frame.of(cols);
      double[][] prox;
      if (y.kind() == Target.Kind.CLASSES) {
        prox = new RandomForestClassifier(RandomForestClassifier.DEFAULTS.withNTrees(nTrees)
            .withSeed(seed + it).withNThreads(nThreads)).fit(filled, y).proximity(filled);
      } else {
        prox = new RandomForestRegressor(RandomForestRegressor.DEFAULTS.withNTrees(nTrees)
            .withSeed(seed + it).withNThreads(nThreads)).fit(filled, y).proximity(filled);
      }
      for (int j = 0; j < p; j++) {
        cols.set(j, update(cols.get(j), missing[j], prox));
      }
    }
    return Frame.of(cols);
  }

  private static Column roughFill(Column c, boolean[] miss) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      double[] v = d.toArray();
      double[] obs = Arrays.stream(v).filter(a -> !Double.isNaN(a)).sorted().toArray();
      double med = obs.length == 0 ? 0 : obs.length % 2 == 1 ? obs[obs.length / 2]
          : (obs[obs.length / 2 - 1] + obs[obs.length / 2]) / 2;
      for (int i = 0; i < n; i++) {
        if (miss[i]) {
          v[i] = med;
        }
      }
      return DoubleColumn.wrap(c.name(), v);
    }
    if (c instanceof CategoricalColumn cc) {
      int[] codes = cc.codes();
      int[] counts = cc.levelCounts();
      int mode = 0;
      for (int k = 1; k < counts.length; k++) {
        if (counts[k] > counts[mode]) {
          mode = k;
        }
      }
      for (int i = 0; i < n; i++) {
        if (miss[i]) {
          codes[i] = mode;
        }
      }
      return CategoricalColumn.wrap(c.name(), codes, cc.levels(), cc.ordinal());
    }
    if (c instanceof BooleanColumn b) {
      byte[] v = new byte[n];
      int ones = 0;
      int seen = 0;
      for (int i = 0; i < n; i++) {
        v[i] = b.getByte(i);
        if (!miss[i]) {
          ones += v[i];
          seen++;
        }
      }
      byte mode = (byte) (2 * ones > seen ? 1 : 0);
      for (int i = 0; i < n; i++) {
        if (miss[i]) {
          v[i] = mode;
        }
      }
      return BooleanColumn.wrap(c.name(), v);
    }
    return c;
  }

  private static Column update(Column c, boolean[] miss, double[][] prox) {
    int n = c.size();
    if (c instanceof DoubleColumn d) {
      double[] v = d.toArray();
      double[] out = v.clone();
      for (int i = 0; i < n; i++) {
        if (!miss[i]) {
          continue;
        }
        double s = 0;
        double w = 0;
        for (int k = 0; k < n; k++) {
          if (k != i && !miss[k]) {
            s += prox[i][k] * v[k];
            w += prox[i][k];
          }
        }
        if (w > 0) {
          out[i] = s / w;
        }
      }
      return DoubleColumn.wrap(c.name(), out);
    }
    if (c instanceof CategoricalColumn cc) {
      int[] codes = cc.codes();
      int[] out = codes.clone();
      double[] votes = new double[cc.levels().size()];
      for (int i = 0; i < n; i++) {
        if (miss[i]) {
          out[i] = vote(codes, miss, prox[i], i, votes);
        }
      }
      return CategoricalColumn.wrap(c.name(), out, cc.levels(), cc.ordinal());
    }
    if (c instanceof BooleanColumn b) {
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        codes[i] = b.getByte(i);
      }
      byte[] out = new byte[n];
      double[] votes = new double[2];
      for (int i = 0; i < n; i++) {
        out[i] = (byte) (miss[i] ? vote(codes, miss, prox[i], i, votes) : codes[i]);
      }
      return BooleanColumn.wrap(c.name(), out);
    }
    return c;
  }

  private static int vote(int[] codes, boolean[] miss, double[] prox, int i, double[] votes) {
    Arrays.fill(votes, 0);
    for (int k = 0; k < codes.length; k++) {
      if (k != i && !miss[k]) {
        votes[codes[k]] += prox[k];
      }
    }
    int best = codes[i];
    double bw = 0;
    for (int q = 0; q < votes.length; q++) {
      if (votes[q] > bw) {
        bw = votes[q];
        best = q;
      }
    }
    return best;
  }
}
