package praxis.decomposition;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;

/**
 * Incremental PCA (Ross et al. 2008), as scikit-learn 1.2's {@code IncrementalPCA}: the data are processed
 * in batches of {@code batchSize} rows (default {@code 5 p}); each batch is centered on its own mean and
 * stacked under the current {@code singular values × components} and a mean-correction row, and a small SVD
 * of that stack updates the components, so memory is O(batchSize p) beyond the input. Signs follow
 * scikit-learn's V-based {@code svd_flip}. With all components kept it equals {@link PCA}; with fewer it is
 * an approximation that improves with batch size.
 *
 * <pre>{@code
 * PCAModel ipca = new IncrementalPCA(IncrementalPCA.Params.DEFAULTS.withNComponents(5)).fit(x, Target.none(n));
 * }</pre>
 */
public final class IncrementalPCA implements Estimator<IncrementalPCA.Params, PCAModel> {
  /**
   * Hyperparameters.
   *
   * @param nComponents components (0 = min(batchSize, p))
   * @param batchSize rows per batch (0 = 5 p)
   * @param whiten scale the scores to unit variance
   */
  public record Params(int nComponents, int batchSize, boolean whiten) implements praxis.api.Params {
    /** All components, batch 5 p, no whitening. */
    public static final Params DEFAULTS = new Params(0, 0, false);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 0, "nComponents");
      Check.atLeast(batchSize, 0, "batchSize");
    }

    /** With another number of components. */
    public Params withNComponents(int k) {
      return new Params(k, batchSize, whiten);
    }

    /** With another batch size. */
    public Params withBatchSize(int b) {
      return new Params(nComponents, b, whiten);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public IncrementalPCA() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public IncrementalPCA(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public IncrementalPCA withParams(Params p) {
    return new IncrementalPCA(p);
  }

  @Override
  public String name() {
    return "incremental_pca";
  }

  /**
   * Fits batch by batch ({@code y} ignored).
   *
   * @throws IllegalArgumentException on bad input or more components than the batch size or columns
   */
  @Override
  public PCAModel fit(Frame x, Target y) {
    DenseInput in = DenseInput.of(x, "IncrementalPCA");
    int n = in.n();
    int p = in.p();
    int batch = params.batchSize() == 0 ? 5 * p : params.batchSize();
    int k = params.nComponents() == 0 ? Math.min(batch, p) : params.nComponents();
    if (k > p || k > batch) {
      throw new IllegalArgumentException("IncrementalPCA: nComponents = " + k + " must be <= the number of columns ("
          + p + ") and <= batchSize (" + batch + ")");
    }
    double[] cm = in.data();
    double[] mean = new double[p];
    double[] var = new double[p];
    long seen = 0;
    double[][] comp = null;
    double[] sing = null;
    double[] evAll = null;
    double[] ratioAll = null;
    // scikit-learn's gen_batches(n, batch, min_batch_size=k): a batch is merged into the last one when the
    // rows after it would be fewer than k.
    int start = 0;
    java.util.List<int[]> batches = new java.util.ArrayList<>();
    for (int b = 0; b < n / batch; b++) {
      int end = start + batch;
      if (end + k > n) {
        continue;
      }
      batches.add(new int[] {start, end});
      start = end;
    }
    if (start < n) {
      batches.add(new int[] {start, n});
    }
    for (int[] range : batches) {
      int m = range[1] - range[0];
      // Incremental mean and variance (Chan et al.), as scikit-learn's _incremental_mean_and_var.
      double[] bmean = new double[p];
      double[] newMean = new double[p];
      double[] newVar = new double[p];
      long total = seen + m;
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int i = range[0]; i < range[1]; i++) {
          s += cm[j * n + i];
        }
        bmean[j] = s / m;
        double ss = 0;
        for (int i = range[0]; i < range[1]; i++) {
          double d = cm[j * n + i] - bmean[j];
          ss += d * d;
        }
        double lastSum = mean[j] * seen;
        newMean[j] = (lastSum + s) / total;
        if (seen == 0) {
          newVar[j] = ss / m;
        } else {
          double lastSs = var[j] * seen;
          double corr = seen / (double) m * (lastSum / seen - s / m) * (lastSum / seen - s / m) * m * m / total;
          newVar[j] = (lastSs + ss + corr) / total;
        }
      }
      int rows = seen == 0 ? m : k + m + 1;
      double[] stack = new double[rows * p];
      int o = 0;
      if (seen > 0) {
        for (int c = 0; c < k; c++) {
          for (int j = 0; j < p; j++) {
            stack[j * rows + c] = sing[c] * comp[c][j];
          }
        }
        o = k;
      }
      double[] center = seen == 0 ? newMean : bmean;
      for (int i = range[0]; i < range[1]; i++) {
        for (int j = 0; j < p; j++) {
          stack[j * rows + o + i - range[0]] = cm[j * n + i] - center[j];
        }
      }
      if (seen > 0) {
        double f = Math.sqrt((seen / (double) total) * m);
        for (int j = 0; j < p; j++) {
          stack[j * rows + rows - 1] = f * (mean[j] - bmean[j]);
        }
      }
      SvdSupport.Thin t = SvdSupport.exact(DenseMatrix.wrap(rows, p, stack));
      SvdSupport.flip(t, false);
      int kk = Math.min(k, t.k());
      comp = new double[kk][p];
      sing = new double[kk];
      for (int c = 0; c < kk; c++) {
        for (int j = 0; j < p; j++) {
          comp[c][j] = t.vt()[j * t.k() + c];
        }
        sing[c] = t.s()[c];
      }
      double totalVar = 0;
      for (int j = 0; j < p; j++) {
        totalVar += newVar[j] * total;
      }
      evAll = new double[t.k()];
      ratioAll = new double[t.k()];
      for (int c = 0; c < t.k(); c++) {
        evAll[c] = t.s()[c] * t.s()[c] / (total - 1);
        ratioAll[c] = t.s()[c] * t.s()[c] / totalVar;
      }
      mean = newMean;
      var = newVar;
      seen = total;
      k = kk;
    }
    double[] ev = java.util.Arrays.copyOf(evAll, k);
    double[] ratio = java.util.Arrays.copyOf(ratioAll, k);
    double noise = 0;
    if (k != n && k != p && evAll.length > k) {
      for (int c = k; c < evAll.length; c++) {
        noise += evAll[c];
      }
      noise /= evAll.length - k;
    }
    return new PCAModel(x.schema(), "ipca", mean, comp, ev, ratio, sing, noise, params.whiten(),
        Provenance.of(name(), params, x, y, 0L));
  }
}
