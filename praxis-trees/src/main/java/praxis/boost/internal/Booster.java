package praxis.boost.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import praxis.boost.Loss;
import praxis.data.Frame;

/**
 * The boosting loop: bins the features once, then per iteration computes gradients and hessians of the loss
 * at the current raw scores, draws the rows (without replacement) and the tree's features, grows one tree per
 * output on them and adds its shrunk leaf values to the raw scores of the training and validation rows.
 * Stops early when the validation loss has not improved by more than {@code tol} for {@code nIterNoChange}
 * iterations and keeps the trees up to the best iteration. Multiclass uses the softmax cross-entropy with one
 * tree per class and iteration (gradient {@code p_k - [y = k]}, hessian {@code p_k (1 - p_k)}).
 *
 * <pre>{@code
 * Booster.Result r = Booster.fit(config, x, cols, y, weights, Loss.squared(), 0, null, null);
 * }</pre>
 */
public final class Booster {
  private Booster() {}

  /**
   * Settings of one fit.
   *
   * @param grow tree settings
   * @param maxIter boosting iterations
   * @param maxBins bins per feature (2..255)
   * @param subsample fraction of rows per iteration
   * @param colsampleByTree fraction of features per tree
   * @param earlyStopping whether to stop on the validation loss
   * @param validationFraction share of the training rows held out when no eval set is given
   * @param nIterNoChange patience in iterations
   * @param tol minimum improvement of the validation loss
   * @param seed seed of every random draw
   * @param nThreads threads building histograms
   */
  public record Config(GrowConfig grow, int maxIter, int maxBins, double subsample, double colsampleByTree,
      boolean earlyStopping, double validationFraction, int nIterNoChange, double tol, long seed, int nThreads) {}

  /**
   * Outcome of a fit.
   *
   * @param ensemble the trees
   * @param trainLoss mean training loss after each iteration
   * @param validLoss mean validation loss after each iteration (empty without validation)
   * @param iterations iterations kept
   * @param gainImportance total split gain per feature
   * @param splitCounts splits per feature
   * @param binnedBytes bytes of the binned training matrix
   */
  public record Result(Ensemble ensemble, double[] trainLoss, double[] validLoss, int iterations,
      double[] gainImportance, int[] splitCounts, long binnedBytes) {}

  /**
   * Fits.
   *
   * @param x the training frame (column kinds)
   * @param cols its columns (see {@link FeatureColumns})
   * @param y targets (class codes for softmax)
   * @param weight sample weights or null
   * @param loss single-output loss, or null for softmax over {@code nClasses}
   * @param evalCols explicit validation columns or null
   * @param evalY explicit validation targets or null
   */
  public static Result fit(Config c, Frame x, double[][] cols, double[] y, double[] weight, Loss loss,
      int nClasses, double[][] evalCols, double[] evalY) {
    int nAll = y.length;
    int p = cols.length;
    SplittableRandom master = new SplittableRandom(c.seed());
    double[][] trCols = cols;
    double[] trY = y;
    double[] trW = weight;
    double[][] vaCols = evalCols;
    double[] vaY = evalY;
    double[] vaW = null;
    if (evalCols == null && c.earlyStopping()) {
      int nVal = (int) Math.floor(c.validationFraction() * nAll);
      if (nVal >= 1 && nAll - nVal >= 2) {
        int[] perm = new int[nAll];
        for (int i = 0; i < nAll; i++) {
          perm[i] = i;
        }
        SplittableRandom r = master.split();
        for (int i = nAll - 1; i > 0; i--) {
          int k = r.nextInt(i + 1);
          int t = perm[i];
          perm[i] = perm[k];
          perm[k] = t;
        }
        int[] va = Arrays.copyOf(perm, nVal);
        int[] tr = Arrays.copyOfRange(perm, nVal, nAll);
        Arrays.sort(va);
        Arrays.sort(tr);
        trCols = select(cols, tr);
        vaCols = select(cols, va);
        trY = select(y, tr);
        vaY = select(y, va);
        trW = weight == null ? null : select(weight, tr);
        vaW = weight == null ? null : select(weight, va);
      }
    }
    int n = trY.length;
    if (trW == null) {
      trW = new double[n];
      Arrays.fill(trW, 1.0);
    }
    boolean hasVal = vaCols != null;
    if (hasVal && vaW == null) {
      vaW = new double[vaY.length];
      Arrays.fill(vaW, 1.0);
    }
    ExecutorService pool = c.nThreads() > 1 ? Executors.newFixedThreadPool(c.nThreads(), r -> {
      Thread t = new Thread(r, "praxis-hgb");
      t.setDaemon(true);
      return t;
    }) : null;
    try {
      return fitBinned(c, x, trCols, trY, trW, vaCols, vaY, vaW, hasVal, n, p, master, loss, nClasses, pool);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Result fitBinned(Config c, Frame x, double[][] trCols, double[] trY, double[] trW,
      double[][] vaCols, double[] vaY, double[] vaW, boolean hasVal, int n, int p, SplittableRandom master,
      Loss loss, int nClasses, ExecutorService pool) {
    int nt = c.nThreads();
    BinMapper mapper = BinMapper.fit(trCols, x, c.maxBins(), master.split().nextLong(), "gradient boosting", pool,
        nt);
    BinnedMatrix train = mapper.transform(trCols, pool, nt);
    BinnedMatrix valid = hasVal ? mapper.transform(vaCols, pool, nt) : null;
    int nv = hasVal ? valid.rows() : 0;
    int k = loss == null ? nClasses : 1;
    double[] base = new double[k];
    if (loss == null) {
      double[] cw = new double[k];
      double tot = 0;
      for (int i = 0; i < n; i++) {
        cw[(int) trY[i]] += trW[i];
        tot += trW[i];
      }
      for (int j = 0; j < k; j++) {
        base[j] = Math.log(Math.max(cw[j] / tot, 1e-15));
      }
    } else {
      base[0] = loss.initialRaw(trY, trW);
    }
    double[] raw = new double[k * n];
    double[] rawVal = new double[k * nv];
    for (int j = 0; j < k; j++) {
      Arrays.fill(raw, j * n, (j + 1) * n, base[j]);
      Arrays.fill(rawVal, j * nv, (j + 1) * nv, base[j]);
    }
    double[][] grad = new double[k][n];
    double[][] hess = new double[k][n];
    double[] rowLoss = new double[Math.max(n, nv)];
    List<GrownTree> trees = new ArrayList<>();
    double[] trainLoss = new double[c.maxIter()];
    double[] validLoss = new double[hasVal ? c.maxIter() : 0];
    int[] allFeatures = new int[p];
    for (int j = 0; j < p; j++) {
      allFeatures[j] = j;
    }
    int nSample = c.subsample() < 1 ? Math.max(1, (int) Math.floor(c.subsample() * n)) : n;
    int[] sample = nSample < n ? new int[nSample] : null;
    boolean[] inSample = nSample < n ? new boolean[n] : null;
    int iterations = 0;
    double best = Double.POSITIVE_INFINITY;
    int bestIter = -1;
    TreeGrower grower = new TreeGrower(train, c.grow(), pool, nt);
    for (int it = 0; it < c.maxIter(); it++) {
      SplittableRandom itRng = master.split();
      // the gradients' pass also gives the training loss of the previous iteration (same raw scores)
      gradients(loss, k, trY, trW, raw, n, grad, hess, rowLoss, pool, nt);
      if (it > 0) {
        trainLoss[it - 1] = weightedMean(rowLoss, trW, n);
      }
      if (sample != null) {
        drawRows(itRng, n, nSample, sample, inSample);
      }
      int[] features = c.colsampleByTree() < 1 ? draw(itRng, allFeatures, c.colsampleByTree()) : allFeatures;
      for (int j = 0; j < k; j++) {
        GrownTree t = grower.grow(grad[j], hess[j], sample, nSample, features, itRng);
        if (k == 1 && loss.refitsLeaves()) {
          grower.refitLeaves(t, loss, trY, trW, raw, 0);
        }
        trees.add(t);
        grower.addLeafValues(t, raw, j * n);
        int jo = j;
        if (sample != null) {
          Parallel.forChunks(pool, nt, n, (from, to) -> {
            for (int i = from; i < to; i++) {
              if (!inSample[i]) {
                raw[jo * n + i] += t.predictBinned(train, i);
              }
            }
          });
        }
        if (nv > 0) {
          Parallel.forChunks(pool, nt, nv, (from, to) -> {
            for (int i = from; i < to; i++) {
              rawVal[jo * nv + i] += t.predictBinned(valid, i);
            }
          });
        }
      }
      iterations = it + 1;
      if (hasVal) {
        rowLosses(loss, k, vaY, vaW, rawVal, nv, rowLoss, pool, nt);
        double v = weightedMean(rowLoss, vaW, nv);
        validLoss[it] = v;
        if (c.earlyStopping()) {
          if (v < best - c.tol()) {
            best = v;
            bestIter = it;
          } else if (it - bestIter >= c.nIterNoChange()) {
            break;
          }
        }
      }
    }
    if (iterations > 0) {
      rowLosses(loss, k, trY, trW, raw, n, rowLoss, pool, nt);
      trainLoss[iterations - 1] = weightedMean(rowLoss, trW, n);
    }
    int kept = hasVal && c.earlyStopping() && bestIter >= 0 ? bestIter + 1 : iterations;
    Ensemble e = Ensemble.of(k, base, trees.subList(0, kept * k));
    return new Result(e, Arrays.copyOf(trainLoss, iterations), Arrays.copyOf(validLoss, hasVal ? iterations : 0),
        kept, grower.gainImportance(), grower.splitCounts(), train.bytes());
  }

  /**
   * Gradients and hessians at {@code raw} and each row's weighted loss {@code w_i l_i} (summed later in row
   * order, so the mean is the same for any number of threads), over chunks of rows in parallel.
   */
  private static void gradients(Loss loss, int k, double[] y, double[] w, double[] raw, int n, double[][] grad,
      double[][] hess, double[] rowLoss, ExecutorService pool, int nThreads) {
    Parallel.forChunks(pool, nThreads, n, (from, to) -> {
      if (loss != null) {
        double[] g = grad[0];
        double[] h = hess[0];
        double[] gh = new double[2];
        for (int i = from; i < to; i++) {
          double v = loss.derivatives(y[i], raw[i], gh);
          g[i] = w[i] * gh[0];
          h[i] = w[i] * gh[1];
          rowLoss[i] = w[i] * v;
        }
        return;
      }
      double[] prob = new double[k];
      for (int i = from; i < to; i++) {
        softmax(raw, i, n, k, prob);
        int yi = (int) y[i];
        for (int j = 0; j < k; j++) {
          double pj = prob[j];
          grad[j][i] = w[i] * (pj - (j == yi ? 1 : 0));
          hess[j][i] = w[i] * Math.max(pj * (1 - pj), 1e-16);
        }
        rowLoss[i] = w[i] * -Math.log(Math.max(prob[yi], 1e-300));
      }
    });
  }

  private static void softmax(double[] raw, int i, int n, int k, double[] prob) {
    double mx = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      mx = Math.max(mx, raw[j * n + i]);
    }
    double s = 0;
    for (int j = 0; j < k; j++) {
      prob[j] = Math.exp(raw[j * n + i] - mx);
      s += prob[j];
    }
    for (int j = 0; j < k; j++) {
      prob[j] /= s;
    }
  }

  /** Each row's weighted loss {@code w_i l_i} at {@code raw}, over chunks of rows in parallel. */
  private static void rowLosses(Loss loss, int k, double[] y, double[] w, double[] raw, int n, double[] rowLoss,
      ExecutorService pool, int nThreads) {
    Parallel.forChunks(pool, nThreads, n, (from, to) -> {
      double[] prob = new double[k];
      for (int i = from; i < to; i++) {
        double l;
        if (loss != null) {
          l = loss.value(y[i], raw[i]);
        } else {
          softmax(raw, i, n, k, prob);
          l = -Math.log(Math.max(prob[(int) y[i]], 1e-300));
        }
        rowLoss[i] = w[i] * l;
      }
    });
  }

  /** {@code sum_i rowLoss_i / sum_i w_i}, summed in row order. */
  private static double weightedMean(double[] rowLoss, double[] w, int n) {
    double s = 0;
    double ws = 0;
    for (int i = 0; i < n; i++) {
      s += rowLoss[i];
      ws += w[i];
    }
    return s / ws;
  }

  /** Selection sampling (Knuth's algorithm S): exactly {@code m} of {@code n} rows, ascending. */
  private static void drawRows(SplittableRandom rng, int n, int m, int[] out, boolean[] in) {
    int chosen = 0;
    for (int i = 0; i < n; i++) {
      boolean take = chosen < m && rng.nextDouble() * (n - i) < (m - chosen);
      in[i] = take;
      if (take) {
        out[chosen++] = i;
      }
    }
  }

  private static int[] draw(SplittableRandom rng, int[] from, double fraction) {
    int m = from.length;
    int k = Math.max(1, (int) (fraction * m));
    int[] copy = from.clone();
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(m - i);
      int t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    int[] out = Arrays.copyOf(copy, k);
    Arrays.sort(out);
    return out;
  }

  private static double[][] select(double[][] cols, int[] rows) {
    double[][] out = new double[cols.length][];
    for (int j = 0; j < cols.length; j++) {
      out[j] = select(cols[j], rows);
    }
    return out;
  }

  private static double[] select(double[] v, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = v[rows[i]];
    }
    return out;
  }
}
