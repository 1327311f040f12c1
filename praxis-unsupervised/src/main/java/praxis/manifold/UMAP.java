package praxis.manifold;

import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.decomposition.PCA;
import praxis.neighbors.Algorithm;
import praxis.neighbors.NeighborIndex;

/**
 * Uniform manifold approximation and projection (U7; McInnes, Healy &amp; Melville 2018), following the
 * reference implementation umap-learn 0.5:
 * <ol>
 *   <li>the exact {@code nNeighbors} nearest neighbours of every row, the row itself included
 *       ({@link NeighborIndex}, Euclidean or cosine distance, parallel over {@code nThreads});</li>
 *   <li>smooth-kNN distances: {@code rho_i} = distance to the nearest other row, {@code sigma_i} by bisection
 *       so that {@code sum_j exp(-(d_ij - rho_i) / sigma_i) = log2(nNeighbors)};</li>
 *   <li>memberships {@code exp(-(d_ij - rho_i) / sigma_i)} symmetrized by the fuzzy union
 *       {@code mix (A + Aᵀ - A∘Aᵀ) + (1 - mix) A∘Aᵀ} with {@code mix = setOpMixRatio}; edges below
 *       {@code max / nEpochs} dropped;</li>
 *   <li>output kernel {@code 1 / (1 + a d^(2b))} with {@code a, b} fitted to {@code minDist} and {@code spread}
 *       by least squares (umap-learn's {@code find_ab_params}; 1.5769, 0.8951 for the defaults);</li>
 *   <li>initialization {@link Init#SPECTRAL}: the eigenvectors 2..d+1 of the normalized graph Laplacian
 *       (Lanczos with full reorthogonalization, 128 steps); a graph with several connected components is laid
 *       out as umap-learn's {@code multi_component_layout} does for at most {@code 2 nComponents} of them
 *       (each component's own spectral layout around {@code ±e_j}), with more components Praxis falls back to
 *       the PCA initialization (umap-learn places them by a spectral embedding of their centroids),
 *       scaled to a largest absolute coordinate of 10 plus N(0, 1e-4²) noise; or {@link Init#PCA} (same
 *       scaling) or {@link Init#RANDOM} (uniform in [-10, 10]); then every coordinate rescaled to [0, 10];</li>
 *   <li>stochastic gradient descent over the edges for {@code nEpochs} epochs (default 500 for at most
 *       10,000 rows, else 200), each edge sampled every {@code max(w) / w} epochs, {@code negativeSampleRate}
 *       negative samples per positive one, gradients clipped to ±4, learning rate decaying linearly from
 *       {@code learningRate} to 0.</li>
 * </ol>
 * The optimization runs on one thread in a fixed order with one random stream
 * ({@link SplittableRandom}{@code (seed)}), so the same seed gives the same embedding for any
 * {@code nThreads} (which only parallelizes the neighbour search and {@link UMAPModel#transform}).
 *
 * <p>The fitted {@link UMAPModel} keeps the training rows, so it can embed new rows the way umap-learn's
 * {@code transform} does (see there).
 *
 * <pre>{@code
 * Frame x = Datasets.xy("digits").x();
 * UMAPModel m = new UMAP(UMAP.Params.DEFAULTS.withNThreads(2)).fit(x, Target.none(x.rowCount()));
 * double[][] y = m.embedding();                        // 1797 x 2
 * double t = Trustworthiness.of(x, m.transform(x), 5);  // about 0.99
 * }</pre>
 */
public final class UMAP implements Estimator<UMAP.Params, UMAPModel> {
  /** Initial embedding. */
  public enum Init {
    /** Eigenvectors of the normalized graph Laplacian (PCA for more than 2 nComponents graph components). */
    SPECTRAL,
    /** First principal components. */
    PCA,
    /** Uniform in [-10, 10] from the seed. */
    RANDOM
  }

  /** Input-space distance. */
  public enum Metric {
    /** Euclidean distance. */
    EUCLIDEAN,
    /** Cosine distance {@code 1 - cos(x, y)}. */
    COSINE
  }

  /** Above this many rows the default number of epochs is 200 instead of 500 (as umap-learn). */
  static final int LARGE = 10_000;

  /**
   * Hyperparameters.
   *
   * @param nComponents embedding dimension (≥ 1)
   * @param nNeighbors neighbourhood size, the row itself included (≥ 2 and &lt; rows)
   * @param minDist smallest distance between embedded points (≥ 0 and ≤ spread)
   * @param spread scale of the embedded points (&gt; 0)
   * @param setOpMixRatio 1 = fuzzy union, 0 = fuzzy intersection of the directed graphs (in [0, 1])
   * @param nEpochs optimization epochs (≥ 1), or 0 for 500 up to 10,000 rows and 200 beyond
   * @param learningRate initial SGD step (&gt; 0)
   * @param negativeSampleRate negative samples per positive one (≥ 0)
   * @param init initial embedding
   * @param metric input-space distance
   * @param seed random seed (initialization noise and negative sampling)
   * @param nThreads worker threads for the neighbour search and transform (≥ 1; results do not depend on it)
   */
  public record Params(int nComponents, int nNeighbors, double minDist, double spread, double setOpMixRatio,
      int nEpochs, double learningRate, int negativeSampleRate, Init init, Metric metric, long seed, int nThreads)
      implements praxis.api.Params {
    /** As umap-learn: 2 components, 15 neighbours, minDist 0.1, spread 1, union, auto epochs, rate 1, 5, spectral. */
    public static final Params DEFAULTS = new Params(2, 15, 0.1, 1.0, 1.0, 0, 1.0, 5, Init.SPECTRAL,
        Metric.EUCLIDEAN, 0L, 1);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 1, "nComponents");
      if (nNeighbors < 2) {
        throw new IllegalArgumentException("nNeighbors must be >= 2 (the row itself plus at least one neighbour), got "
            + nNeighbors + "; typical values are 5 to 50");
      }
      Check.nonNegative(minDist, "minDist");
      Check.positive(spread, "spread");
      if (minDist > spread) {
        throw new IllegalArgumentException("minDist = " + minDist + " must not exceed spread = " + spread
            + "; lower minDist or raise spread");
      }
      Check.inRange(setOpMixRatio, 0, 1, "setOpMixRatio");
      Check.atLeast(nEpochs, 0, "nEpochs");
      Check.positive(learningRate, "learningRate");
      Check.atLeast(negativeSampleRate, 0, "negativeSampleRate");
      Check.notNull(init, "init");
      Check.notNull(metric, "metric");
      Check.atLeast(nThreads, 1, "nThreads");
    }

    /** With another embedding dimension. */
    public Params withNComponents(int v) {
      return new Params(v, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate, negativeSampleRate,
          init, metric, seed, nThreads);
    }

    /** With another neighbourhood size. */
    public Params withNNeighbors(int v) {
      return new Params(nComponents, v, minDist, spread, setOpMixRatio, nEpochs, learningRate, negativeSampleRate,
          init, metric, seed, nThreads);
    }

    /** With another minimum distance. */
    public Params withMinDist(double v) {
      return new Params(nComponents, nNeighbors, v, spread, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, init, metric, seed, nThreads);
    }

    /** With another spread. */
    public Params withSpread(double v) {
      return new Params(nComponents, nNeighbors, minDist, v, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, init, metric, seed, nThreads);
    }

    /** With another union/intersection mix. */
    public Params withSetOpMixRatio(double v) {
      return new Params(nComponents, nNeighbors, minDist, spread, v, nEpochs, learningRate, negativeSampleRate,
          init, metric, seed, nThreads);
    }

    /** With another number of epochs (0 = automatic). */
    public Params withNEpochs(int v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, v, learningRate,
          negativeSampleRate, init, metric, seed, nThreads);
    }

    /** With another initial learning rate. */
    public Params withLearningRate(double v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, v, negativeSampleRate,
          init, metric, seed, nThreads);
    }

    /** With another negative sample rate. */
    public Params withNegativeSampleRate(int v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate, v, init,
          metric, seed, nThreads);
    }

    /** With another initialization. */
    public Params withInit(Init v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, v, metric, seed, nThreads);
    }

    /** With another metric. */
    public Params withMetric(Metric v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, init, v, seed, nThreads);
    }

    /** With another seed. */
    public Params withSeed(long v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, init, metric, v, nThreads);
    }

    /** With another thread count. */
    public Params withNThreads(int v) {
      return new Params(nComponents, nNeighbors, minDist, spread, setOpMixRatio, nEpochs, learningRate,
          negativeSampleRate, init, metric, seed, v);
    }

    /** The epochs actually run for {@code n} rows. */
    public int epochsFor(int n) {
      return nEpochs > 0 ? nEpochs : n > LARGE ? 200 : 500;
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public UMAP() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public UMAP(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public UMAP withParams(Params p) {
    return new UMAP(p);
  }

  @Override
  public String name() {
    return "umap";
  }

  static praxis.neighbors.Metric indexMetric(Metric m) {
    return m == Metric.COSINE ? praxis.neighbors.Metric.COSINE : praxis.neighbors.Metric.EUCLIDEAN;
  }

  /**
   * Embeds the rows of {@code x} ({@code y} is ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, or {@code nNeighbors} not
   *     below the number of rows
   */
  @Override
  public UMAPModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "UMAP");
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException("UMAP: the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric("UMAP");
    x.requireFinite("UMAP");
    int n = x.rowCount();
    int p = x.columnCount();
    int k = params.nNeighbors();
    if (k >= n) {
      throw new IllegalArgumentException("UMAP: nNeighbors = " + k + " must be less than the number of rows (" + n
          + "); use nNeighbors <= " + (n - 1) + " or more rows");
    }
    int d = params.nComponents();
    double[] cm = x.toColumnMajor();
    double[] rows = new double[n * p];
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < n; i++) {
        rows[i * p + j] = cm[j * n + i];
      }
    }
    NeighborIndex index = NeighborIndex.build(rows, n, p, false, indexMetric(params.metric()), 2.0, Algorithm.AUTO,
        30);
    int[] idx = new int[n * k];
    double[] dist = new double[n * k];
    index.kNearest(rows, n, k, params.nThreads(), idx, dist);
    selfFirst(idx, dist, n, k);
    double[] sigmas = new double[n];
    double[] rhos = new double[n];
    UmapGraph.smoothKnnDist(dist, k, 0, n, 1.0, UmapGraph.mean(dist), sigmas, rhos);
    double[] w = new double[n * k];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < k; t++) {
        w[i * k + t] = UmapGraph.membership(i, idx[i * k + t], dist[i * k + t], sigmas[i], rhos[i], true);
      }
    }
    UmapGraph.Csr g = UmapGraph.fuzzyUnion(idx, w, n, k, params.setOpMixRatio());
    double[] ab = UmapGraph.findAbParams(params.spread(), params.minDist());
    int epochs = params.epochsFor(n);
    SplittableRandom root = new SplittableRandom(params.seed());
    SplittableRandom initRng = root.split();
    SplittableRandom sgdRng = root.split();
    int[] labels = new int[n];
    int components = UmapGraph.componentLabels(g, labels);
    double[] emb = init(x, g, labels, n, d, components, initRng);
    // edges (CSR order) above max / epochs
    double max = 0;
    for (double v : g.val()) {
      max = Math.max(max, v);
    }
    double cut = max / epochs;
    int nnz = g.nnz();
    int[] head = new int[nnz];
    int[] tail = new int[nnz];
    double[] ew = new double[nnz];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      for (int t = g.rowPtr()[i]; t < g.rowPtr()[i + 1]; t++) {
        if (g.val()[t] >= cut) {
          head[edges] = i;
          tail[edges] = g.col()[t];
          ew[edges++] = g.val()[t];
        }
      }
    }
    double[] eps = UmapLayout.epochsPerSample(ew, 0, edges);
    UmapLayout.optimize(emb, emb, n, d, head, tail, eps, edges, epochs, ab[0], ab[1], params.learningRate(),
        params.negativeSampleRate(), true, sgdRng);
    double[][] out = new double[n][d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(emb, i * d, out[i], 0, d);
    }
    Provenance prov = Provenance.of(name(), params, x, y, params.seed()).withMetric("graph_edges", edges)
        .withMetric("graph_components", components);
    return new UMAPModel(x.schema(), params, rows, out, ab[0], ab[1], epochs, components, prov);
  }

  /** Puts each row's own index first with distance 0 (exact duplicates may have pushed it back). */
  static void selfFirst(int[] idx, double[] dist, int n, int k) {
    for (int i = 0; i < n; i++) {
      int o = i * k;
      int pos = k - 1;
      for (int t = 0; t < k; t++) {
        if (idx[o + t] == i) {
          pos = t;
          break;
        }
      }
      for (int t = pos; t > 0; t--) {
        idx[o + t] = idx[o + t - 1];
        dist[o + t] = dist[o + t - 1];
      }
      idx[o] = i;
      dist[o] = 0.0;
    }
  }

  private double[] init(Frame x, UmapGraph.Csr g, int[] labels, int n, int d, int components,
      SplittableRandom rng) {
    double[] emb = null;
    Init how = params.init();
    if (how == Init.SPECTRAL) {
      emb = components == 1 ? UmapGraph.spectral(g, d, rng)
          : UmapGraph.multiComponent(g, labels, components, d, rng);
      if (emb != null) {
        noisyScale(emb, rng);
      }
    }
    if (emb == null && how != Init.RANDOM && d <= Math.min(n, x.columnCount())) {
      Frame s = new PCA(PCA.Params.DEFAULTS.withNComponents(d).withSeed(params.seed())).fit(x, Target.none(n))
          .transform(x);
      double[] cm = s.toColumnMajor();
      emb = new double[n * d];
      for (int i = 0; i < n; i++) {
        for (int a = 0; a < d; a++) {
          emb[i * d + a] = cm[a * n + i];
        }
      }
      noisyScale(emb, rng);
    }
    if (emb == null) {
      emb = new double[n * d];
      for (int t = 0; t < emb.length; t++) {
        emb[t] = rng.nextDouble(-10.0, 10.0);
      }
    }
    // every coordinate to [0, 10]
    for (int a = 0; a < d; a++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, emb[i * d + a]);
        hi = Math.max(hi, emb[i * d + a]);
      }
      double range = hi - lo;
      for (int i = 0; i < n; i++) {
        emb[i * d + a] = range > 0 ? 10.0 * (emb[i * d + a] - lo) / range : 0.0;
      }
    }
    return emb;
  }

  /** umap-learn's {@code noisy_scale_coords}: largest absolute coordinate 10, plus N(0, 1e-4²) noise. */
  private static void noisyScale(double[] emb, SplittableRandom rng) {
    double m = 0;
    for (double v : emb) {
      m = Math.max(m, Math.abs(v));
    }
    double s = m > 0 ? 10.0 / m : 1.0;
    for (int t = 0; t < emb.length; t++) {
      emb[t] = emb[t] * s + 1e-4 * gaussian(rng);
    }
  }

  static double gaussian(SplittableRandom rng) {
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
}
