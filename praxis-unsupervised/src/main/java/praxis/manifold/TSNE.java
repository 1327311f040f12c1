package praxis.manifold;

import java.util.Arrays;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.decomposition.PCA;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;

/**
 * t-distributed stochastic neighbour embedding (U7; van der Maaten &amp; Hinton 2008, Barnes–Hut: van der
 * Maaten 2014), following scikit-learn 1.2's {@code TSNE}: per-row binary search of the Gaussian bandwidth
 * to the requested perplexity (entropy tolerance 1e-5, at most 100 steps, as {@code _binary_search_perplexity}),
 * symmetrized and normalized affinities, early exaggeration (12 for the first 250 iterations, momentum 0.5,
 * then momentum 0.8), delta-bar-delta gains (+0.2 / ×0.8, minimum 0.01), learning rate {@code 'auto'} =
 * {@code max(n / earlyExaggeration / 4, 50)}, progress checks every 50 iterations (stop after 300 without
 * progress or when the gradient norm is ≤ 1e-7) and PCA initialization scaled so that the first coordinate has
 * standard deviation 1e-4. The {@link Method#BARNES_HUT} method uses the {@code 3 * perplexity} nearest
 * neighbours of each row ({@link NeighborIndex}) for the attractive forces and a quadtree (2-D) or octree
 * (3-D) with angle θ for the repulsive ones: O(n log n) per iteration. {@link Method#EXACT} uses all pairs:
 * O(n²) time and memory, any number of components.
 *
 * <p>The gradient is computed in parallel over fixed chunks of rows, each row's terms in a fixed order, and
 * the normalization sums reduced in row order, so the result is bit-identical for any {@code nThreads}.
 *
 * <p><b>No out-of-sample mapping.</b> t-SNE embeds the rows it was fitted on; the fitted {@link TSNEModel}
 * returns their coordinates ({@link TSNEModel#embedding()}), and {@link TSNEModel#transform} accepts only rows
 * that occur in the training frame (matched by a 64-bit hash of the row's values), throwing an
 * {@link IllegalArgumentException} for new rows.
 *
 * <pre>{@code
 * Frame x = Datasets.xy("digits").x();
 * TSNEModel m = new TSNE(TSNE.Params.DEFAULTS.withNThreads(2)).fit(x, Target.none(x.rowCount()));
 * double[][] y = m.embedding();                        // 1797 x 2
 * double t = Trustworthiness.of(x, m.transform(x), 5);
 * }</pre>
 */
public final class TSNE implements Estimator<TSNE.Params, TSNEModel> {
  /** Gradient method. */
  public enum Method {
    /** Barnes–Hut approximation (nComponents ≤ 3). */
    BARNES_HUT,
    /** Exact O(n²) gradient. */
    EXACT
  }

  /** Initial embedding. */
  public enum Init {
    /** First principal components, scaled so that the first has standard deviation 1e-4. */
    PCA,
    /** Gaussian with standard deviation 1e-4 from the seed. */
    RANDOM
  }

  static final int EXPLORATION_ITER = 250;
  static final int CHECK_EVERY = 50;
  static final int ITER_WITHOUT_PROGRESS = 300;
  static final double MIN_GRAD_NORM = 1e-7;
  static final double MIN_GAIN = 0.01;
  static final double MACHINE_EPSILON = Math.ulp(1.0);
  static final double PERPLEXITY_TOLERANCE = 1e-5;
  static final int CHUNK = 64;

  /**
   * Hyperparameters.
   *
   * @param nComponents embedding dimension (≥ 1; ≤ 3 for Barnes–Hut)
   * @param perplexity effective number of neighbours (&gt; 0 and &lt; rows)
   * @param earlyExaggeration factor on the affinities during the first 250 iterations (≥ 1)
   * @param learningRate step size (&gt; 0), or 0 for 'auto' = max(n / earlyExaggeration / 4, 50)
   * @param nIter total iterations including the 250 exploration ones (≥ 250)
   * @param method gradient method
   * @param angle Barnes–Hut θ in [0, 1]
   * @param init initial embedding
   * @param seed random-initialization (and randomized-PCA) seed
   * @param nThreads worker threads (≥ 1; results do not depend on it)
   */
  public record Params(int nComponents, double perplexity, double earlyExaggeration, double learningRate, int nIter,
      Method method, double angle, Init init, long seed, int nThreads) implements praxis.api.Params {
    /** 2 components, perplexity 30, exaggeration 12, 'auto' rate, 1000 iterations, Barnes–Hut θ 0.5, PCA. */
    public static final Params DEFAULTS = new Params(2, 30.0, 12.0, 0.0, 1000, Method.BARNES_HUT, 0.5, Init.PCA, 0L,
        1);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 1, "nComponents");
      Check.positive(perplexity, "perplexity");
      if (!(earlyExaggeration >= 1) || Double.isInfinite(earlyExaggeration)) {
        throw new IllegalArgumentException("earlyExaggeration must be a finite number >= 1, got " + earlyExaggeration);
      }
      Check.nonNegative(learningRate, "learningRate");
      if (nIter < EXPLORATION_ITER) {
        throw new IllegalArgumentException("nIter must be >= " + EXPLORATION_ITER
            + " (the early-exaggeration phase), got " + nIter);
      }
      Check.notNull(method, "method");
      Check.inRange(angle, 0, 1, "angle");
      Check.notNull(init, "init");
      Check.atLeast(nThreads, 1, "nThreads");
      if (method == Method.BARNES_HUT && nComponents > 3) {
        throw new IllegalArgumentException("nComponents = " + nComponents + " but the Barnes-Hut method supports at"
            + " most 3 (quadtree/octree); use nComponents <= 3 or method EXACT");
      }
    }

    /** With another embedding dimension. */
    public Params withNComponents(int k) {
      return new Params(k, perplexity, earlyExaggeration, learningRate, nIter, method, angle, init, seed, nThreads);
    }

    /** With another perplexity. */
    public Params withPerplexity(double v) {
      return new Params(nComponents, v, earlyExaggeration, learningRate, nIter, method, angle, init, seed, nThreads);
    }

    /** With a fixed learning rate (0 = 'auto'). */
    public Params withLearningRate(double v) {
      return new Params(nComponents, perplexity, earlyExaggeration, v, nIter, method, angle, init, seed, nThreads);
    }

    /** With another iteration count. */
    public Params withNIter(int v) {
      return new Params(nComponents, perplexity, earlyExaggeration, learningRate, v, method, angle, init, seed,
          nThreads);
    }

    /** With another gradient method. */
    public Params withMethod(Method m) {
      return new Params(nComponents, perplexity, earlyExaggeration, learningRate, nIter, m, angle, init, seed,
          nThreads);
    }

    /** With another initialization. */
    public Params withInit(Init i) {
      return new Params(nComponents, perplexity, earlyExaggeration, learningRate, nIter, method, angle, i, seed,
          nThreads);
    }

    /** With another seed. */
    public Params withSeed(long s) {
      return new Params(nComponents, perplexity, earlyExaggeration, learningRate, nIter, method, angle, init, s,
          nThreads);
    }

    /** With another thread count. */
    public Params withNThreads(int t) {
      return new Params(nComponents, perplexity, earlyExaggeration, learningRate, nIter, method, angle, init, seed,
          t);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public TSNE() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public TSNE(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public TSNE withParams(Params p) {
    return new TSNE(p);
  }

  @Override
  public String name() {
    return "tsne";
  }

  /**
   * Embeds the rows of {@code x} ({@code y} is ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, fewer than 2 rows, or a
   *     perplexity not below the number of rows
   */
  @Override
  public TSNEModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "TSNE");
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException("TSNE: the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric("TSNE");
    x.requireFinite("TSNE");
    int n = x.rowCount();
    int p = x.columnCount();
    if (n < 2) {
      throw new IllegalArgumentException("TSNE: needs at least 2 rows, got " + n);
    }
    if (params.perplexity() >= n) {
      throw new IllegalArgumentException("TSNE: perplexity = " + params.perplexity() + " must be less than the number"
          + " of rows (" + n + "); use a perplexity below " + n + " (typically 5 to 50)");
    }
    int d = params.nComponents();
    double[] cm = x.toColumnMajor();
    double[] rows = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        rows[i * p + j] = cm[j * n + i];
      }
    }
    double lr = params.learningRate() > 0 ? params.learningRate()
        : Math.max(n / params.earlyExaggeration() / 4.0, 50.0);
    double dof = Math.max(d - 1, 1);
    Parallel par = new Parallel(params.nThreads());
    try {
      Affinities aff = params.method() == Method.EXACT ? exactAffinities(rows, n, p, par)
          : sparseAffinities(rows, n, p, cm, par);
      double[] y0 = init(x, n, d);
      Optimizer opt = new Optimizer(aff, n, d, dof, params.angle(), par);
      double[] emb = y0;
      int it = opt.descend(emb, 0, EXPLORATION_ITER, 0.5, lr, params.earlyExaggeration());
      int done = opt.descend(emb, it + 1, params.nIter(), 0.8, lr, 1.0);
      double kl = opt.gradient(emb, 1.0, new double[n * d], true);
      double[][] out = new double[n][d];
      for (int i = 0; i < n; i++) {
        System.arraycopy(emb, i * d, out[i], 0, d);
      }
      return new TSNEModel(x.schema(), out, TSNEModel.rowHashes(rows, n, p), kl, done + 1,
          Provenance.of(name(), params, x, y, params.seed()).withMetric("kl_divergence", kl));
    } finally {
      par.close();
    }
  }

  private double[] init(Frame x, int n, int d) {
    double[] y = new double[n * d];
    if (params.init() == Init.PCA) {
      int maxK = Math.min(n, x.columnCount());
      if (d > maxK) {
        throw new IllegalArgumentException("TSNE: init PCA needs nComponents <= min(rows, columns) = " + maxK
            + ", got " + d + "; use init RANDOM");
      }
      Frame s = new PCA(PCA.Params.DEFAULTS.withNComponents(d).withSeed(params.seed())).fit(x,
          Target.none(n)).transform(x);
      double[] cm = s.toColumnMajor();
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += cm[i];
      }
      mean /= n;
      double var = 0;
      for (int i = 0; i < n; i++) {
        var += (cm[i] - mean) * (cm[i] - mean);
      }
      double sd = Math.sqrt(var / n);
      double scale = sd > 0 ? 1e-4 / sd : 1.0;
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < d; a++) {
          y[i * d + a] = cm[a * n + i] * scale;
        }
      }
    } else {
      SplittableRandom rng = new SplittableRandom(params.seed());
      for (int t = 0; t < y.length; t++) {
        y[t] = 1e-4 * gaussian(rng);
      }
    }
    return y;
  }

  private static double gaussian(SplittableRandom rng) {
    double u;
    double v;
    double s;
    do {
      u = 2 * rng.nextDouble() - 1;
      v = 2 * rng.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }

  /** Symmetric affinities: dense ({@code dense != null}) or CSR. */
  record Affinities(double[] dense, int[] rowPtr, int[] col, double[] val) {}

  Affinities exactAffinities(double[] rows, int n, int p, Parallel par) {
    double[] cond = new double[n * n];
    par.forRows(n, (from, to) -> {
      double[] d2 = new double[n];
      int[] cols = new int[n - 1];
      double[] pr = new double[n - 1];
      for (int i = from; i < to; i++) {
        int c = 0;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            d2[c] = sqDist(rows, i, j, p);
            cols[c++] = j;
          }
        }
        binarySearch(d2, n - 1, params.perplexity(), pr);
        for (int t = 0; t < n - 1; t++) {
          cond[i * n + cols[t]] = pr[t];
        }
      }
    });
    double[] pm = new double[n * n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = cond[i * n + j] + cond[j * n + i];
        pm[i * n + j] = v;
        sum += v;
      }
    }
    sum = Math.max(sum, MACHINE_EPSILON);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        pm[i * n + j] = i == j ? 0.0 : Math.max(pm[i * n + j] / sum, MACHINE_EPSILON);
      }
    }
    return new Affinities(pm, null, null, null);
  }

  private Affinities sparseAffinities(double[] rows, int n, int p, double[] cm, Parallel par) {
    int k = Math.min(n - 1, (int) (3.0 * params.perplexity() + 1));
    NeighborIndex index = NeighborIndex.build(cm, n, p, true, Metric.EUCLIDEAN, 2.0, Algorithm.AUTO, 30);
    int kq = k + 1;
    int[] nnIdx = new int[n * kq];
    double[] nnDist = new double[n * kq];
    index.kNearest(rows, n, kq, params.nThreads(), nnIdx, nnDist);
    int[] nbr = new int[n * k];
    double[] cond = new double[n * k];
    par.forRows(n, (from, to) -> {
      double[] d2 = new double[k];
      double[] pr = new double[k];
      for (int i = from; i < to; i++) {
        int c = 0;
        boolean selfSeen = false;
        for (int r = 0; r < kq && c < k; r++) {
          int j = nnIdx[i * kq + r];
          if (j == i && !selfSeen) {
            selfSeen = true;
            continue;
          }
          if (!selfSeen && r == kq - 1) {
            break;
          }
          nbr[i * k + c] = j;
          d2[c] = nnDist[i * kq + r] * nnDist[i * kq + r];
          c++;
        }
        binarySearch(d2, k, params.perplexity(), pr);
        System.arraycopy(pr, 0, cond, i * k, k);
      }
    });
    // P + P^T in CSR with sorted columns
    int[] cnt = new int[n + 1];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        cnt[i + 1]++;
        cnt[nbr[i * k + t] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      cnt[i + 1] += cnt[i];
    }
    int[] fill = Arrays.copyOf(cnt, n);
    int[] tc = new int[cnt[n]];
    double[] tv = new double[cnt[n]];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        int j = nbr[i * k + t];
        tc[fill[i]] = j;
        tv[fill[i]++] = cond[i * k + t];
        tc[fill[j]] = i;
        tv[fill[j]++] = cond[i * k + t];
      }
    }
    int[] rowPtr = new int[n + 1];
    int[] col = new int[cnt[n]];
    double[] val = new double[cnt[n]];
    int nnz = 0;
    Integer[] order = new Integer[0];
    for (int i = 0; i < n; i++) {
      int a = cnt[i];
      int b = cnt[i + 1];
      if (order.length < b - a) {
        order = new Integer[b - a];
      }
      for (int t = a; t < b; t++) {
        order[t - a] = t;
      }
      final int[] tcc = tc;
      Arrays.sort(order, 0, b - a, (u, v) -> Integer.compare(tcc[u], tcc[v]) != 0
          ? Integer.compare(tcc[u], tcc[v]) : Integer.compare(u, v));
      int last = -1;
      for (int t = 0; t < b - a; t++) {
        int e = order[t];
        if (tc[e] == last) {
          val[nnz - 1] += tv[e];
        } else {
          col[nnz] = tc[e];
          val[nnz++] = tv[e];
          last = tc[e];
        }
      }
      rowPtr[i + 1] = nnz;
    }
    double sum = 0;
    for (int t = 0; t < nnz; t++) {
      sum += val[t];
    }
    sum = Math.max(sum, MACHINE_EPSILON);
    for (int t = 0; t < nnz; t++) {
      val[t] /= sum;
    }
    return new Affinities(null, rowPtr, Arrays.copyOf(col, nnz), Arrays.copyOf(val, nnz));
  }

  static double sqDist(double[] rows, int i, int j, int p) {
    double s = 0;
    for (int a = 0; a < p; a++) {
      double t = rows[i * p + a] - rows[j * p + a];
      s += t * t;
    }
    return s;
  }

  /**
   * Conditional probabilities {@code p_{j|i}} of one row from its squared distances, with the Gaussian
   * precision found by bisection so that the entropy equals log(perplexity) (scikit-learn's
   * {@code _binary_search_perplexity}).
   */
  static void binarySearch(double[] d2, int m, double perplexity, double[] out) {
    double betaMin = Double.NEGATIVE_INFINITY;
    double betaMax = Double.POSITIVE_INFINITY;
    double beta = 1.0;
    double desired = Math.log(perplexity);
    for (int step = 0; step < 100; step++) {
      double sumP = 0;
      for (int j = 0; j < m; j++) {
        out[j] = Math.exp(-d2[j] * beta);
        sumP += out[j];
      }
      if (sumP == 0) {
        sumP = 1e-8;
      }
      double sumDistP = 0;
      for (int j = 0; j < m; j++) {
        out[j] /= sumP;
        sumDistP += d2[j] * out[j];
      }
      double entropy = Math.log(sumP) + beta * sumDistP;
      double diff = entropy - desired;
      if (Math.abs(diff) <= PERPLEXITY_TOLERANCE) {
        break;
      }
      if (diff > 0) {
        betaMin = beta;
        beta = betaMax == Double.POSITIVE_INFINITY ? beta * 2 : (beta + betaMax) / 2;
      } else {
        betaMax = beta;
        beta = betaMin == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + betaMin) / 2;
      }
    }
  }

  /** Gradient descent with momentum and gains over a shared affinity structure. */
  static final class Optimizer {
    private final Affinities aff;
    private final int n;
    private final int d;
    private final double dof;
    private final double theta2;
    private final Parallel par;
    private final double[] update;
    private final double[] gains;
    private final double[] grad;
    private final double[] rowZ;
    private final double[] rowErr;
    private final double[] neg;

    Optimizer(Affinities aff, int n, int d, double dof, double angle, Parallel par) {
      this.aff = aff;
      this.n = n;
      this.d = d;
      this.dof = dof;
      this.theta2 = angle * angle;
      this.par = par;
      this.update = new double[n * d];
      this.gains = new double[n * d];
      Arrays.fill(gains, 1.0);
      this.grad = new double[n * d];
      this.rowZ = new double[n];
      this.rowErr = new double[n];
      this.neg = new double[n * d];
    }

    /** Runs iterations {@code it .. nIter-1}; returns the last iteration index run. */
    int descend(double[] y, int it, int nIter, double momentum, double lr, double exaggeration) {
      Arrays.fill(update, 0.0);
      Arrays.fill(gains, 1.0);
      double bestError = Double.MAX_VALUE;
      int bestIter = it;
      int i = it;
      for (; i < nIter; i++) {
        boolean check = (i + 1) % CHECK_EVERY == 0;
        double error = gradient(y, exaggeration, grad, check || i == nIter - 1);
        double norm = 0;
        for (int t = 0; t < grad.length; t++) {
          norm += grad[t] * grad[t];
          double g = grad[t];
          if (update[t] * g < 0.0) {
            gains[t] += 0.2;
          } else {
            gains[t] *= 0.8;
          }
          if (gains[t] < MIN_GAIN) {
            gains[t] = MIN_GAIN;
          }
          g *= gains[t];
          update[t] = momentum * update[t] - lr * g;
          y[t] += update[t];
        }
        if (check) {
          if (error < bestError) {
            bestError = error;
            bestIter = i;
          } else if (i - bestIter > ITER_WITHOUT_PROGRESS) {
            break;
          }
          if (Math.sqrt(norm) <= MIN_GRAD_NORM) {
            break;
          }
        }
      }
      return Math.min(i, nIter - 1);
    }

    /** Writes the KL gradient into {@code g}; returns the KL divergence when {@code withError}, else NaN. */
    double gradient(double[] y, double exaggeration, double[] g, boolean withError) {
      return aff.dense() != null ? exact(y, exaggeration, g, withError) : barnesHut(y, exaggeration, g, withError);
    }

    private double kernel(double dist2) {
      double q = dof / (dof + dist2);
      return dof == 1 ? q : Math.pow(q, (dof + 1) / 2);
    }

    private double exact(double[] y, double exaggeration, double[] g, boolean withError) {
      double[] pm = aff.dense();
      par.forRows(n, (from, to) -> {
        for (int i = from; i < to; i++) {
          double s = 0;
          for (int j = 0; j < n; j++) {
            if (j != i) {
              s += kernel(sqDist(y, i, j, d));
            }
          }
          rowZ[i] = s;
        }
      });
      double z = 0;
      for (int i = 0; i < n; i++) {
        z += rowZ[i];
      }
      final double zz = z;
      double c = 2.0 * (dof + 1.0) / dof;
      par.forRows(n, (from, to) -> {
        for (int i = from; i < to; i++) {
          double err = 0;
          for (int a = 0; a < d; a++) {
            g[i * d + a] = 0;
          }
          for (int j = 0; j < n; j++) {
            if (j == i) {
              continue;
            }
            double num = kernel(sqDist(y, i, j, d));
            double q = Math.max(num / zz, MACHINE_EPSILON);
            double pij = exaggeration * pm[i * n + j];
            double w = (pij - q) * num;
            for (int a = 0; a < d; a++) {
              g[i * d + a] += w * (y[i * d + a] - y[j * d + a]);
            }
            if (withError) {
              err += pij * Math.log(Math.max(pij, MACHINE_EPSILON) / q);
            }
          }
          for (int a = 0; a < d; a++) {
            g[i * d + a] *= c;
          }
          rowErr[i] = err;
        }
      });
      return withError ? sumRows() : Double.NaN;
    }

    private double barnesHut(double[] y, double exaggeration, double[] g, boolean withError) {
      SpaceTree tree = new SpaceTree(y, n, d);
      par.forRows(n, (from, to) -> {
        double[] f = new double[d];
        for (int i = from; i < to; i++) {
          rowZ[i] = tree.negativeForce(i, theta2, dof, f);
          System.arraycopy(f, 0, neg, i * d, d);
        }
      });
      double z = 0;
      for (int i = 0; i < n; i++) {
        z += rowZ[i];
      }
      final double zz = z;
      double c = 2.0 * (dof + 1.0) / dof;
      int[] rowPtr = aff.rowPtr();
      int[] col = aff.col();
      double[] val = aff.val();
      double tiny = Float.MIN_NORMAL;
      par.forRows(n, (from, to) -> {
        for (int i = from; i < to; i++) {
          double err = 0;
          for (int a = 0; a < d; a++) {
            g[i * d + a] = 0;
          }
          for (int t = rowPtr[i]; t < rowPtr[i + 1]; t++) {
            int j = col[t];
            double q = kernel(sqDist(y, i, j, d));
            double pij = exaggeration * val[t];
            double w = pij * q;
            for (int a = 0; a < d; a++) {
              g[i * d + a] += w * (y[i * d + a] - y[j * d + a]);
            }
            if (withError) {
              err += pij * Math.log(Math.max(pij, tiny) / Math.max(q / zz, tiny));
            }
          }
          for (int a = 0; a < d; a++) {
            g[i * d + a] = c * (g[i * d + a] - neg[i * d + a] / zz);
          }
          rowErr[i] = err;
        }
      });
      return withError ? sumRows() : Double.NaN;
    }

    private double sumRows() {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += rowErr[i];
      }
      return s;
    }
  }

  /** Fixed-chunk parallel loop over rows on an executor owned by one fit. */
  static final class Parallel implements AutoCloseable {
    interface Body {
      void run(int from, int to);
    }

    private final int nThreads;
    private final java.util.concurrent.ExecutorService pool;

    Parallel(int nThreads) {
      this.nThreads = nThreads;
      this.pool = nThreads > 1 ? java.util.concurrent.Executors.newFixedThreadPool(nThreads, r -> {
        Thread t = new Thread(r, "praxis-tsne");
        t.setDaemon(true);
        return t;
      }) : null;
    }

    void forRows(int n, Body body) {
      if (pool == null || n <= CHUNK) {
        body.run(0, n);
        return;
      }
      int chunks = (n + CHUNK - 1) / CHUNK;
      java.util.List<java.util.concurrent.Future<?>> fs = new java.util.ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        int from = c * CHUNK;
        int to = Math.min(n, from + CHUNK);
        fs.add(pool.submit(() -> body.run(from, to)));
      }
      for (java.util.concurrent.Future<?> f : fs) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("TSNE: interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException("TSNE: worker failed", cause);
        }
      }
    }

    int threads() {
      return nThreads;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
