package praxis.bench.unsupervised;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import praxis.cluster.DBSCAN;
import praxis.cluster.DBSCANModel;
import praxis.cluster.KMeans;
import praxis.cluster.KMeansModel;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.decomposition.PCA;
import praxis.decomposition.PCAModel;
import praxis.mixture.GaussianMixture;
import praxis.mixture.GaussianMixtureModel;
import smile.stat.distribution.MultivariateExponentialFamilyMixture;
import smile.stat.distribution.MultivariateGaussianDistribution;
import smile.stat.distribution.MultivariateMixture;

/**
 * k-means, PCA, DBSCAN and Gaussian-mixture fits, Praxis versus Smile 3.1.1, on generated {@code n x 20} data
 * (issue 5: n = 200,000), one thread each.
 *
 * <p>Data for k-means, PCA and DBSCAN (seed 42, {@link SplittableRandom}): 8 clusters. Each row picks a
 * cluster {@code c} uniformly, draws a 2-D point {@code z = center_c + N(0, I_2)} (centers uniform in
 * [-20, 20]²), maps it to 20 dimensions with a fixed random 2 x 20 Gaussian matrix {@code A} and adds
 * N(0, 0.01²) noise to every coordinate. So the data have 8 well-separated clusters of intrinsic dimension
 * about 2 — the setting where density clustering with a spatial index is meaningful in 20 dimensions.
 *
 * <p>Data for the Gaussian mixture (seed 43): 8 full-rank Gaussian blobs in 20 dimensions, because on the
 * nearly rank-2 clusters above full covariances are close to singular (Smile's EM then stops with a LAPACK
 * error). Each row picks a blob {@code c} uniformly and is {@code mu_c + L_c g} with {@code g ~ N(0, I_20)},
 * {@code mu_c} uniform in [-0.8, 0.8]^20 and {@code L_c} lower triangular with diagonal uniform in
 * [0.05, 0.15] and N(0, 0.02²) entries below it, so every covariance {@code L_c L_cᵀ} is full rank and well
 * conditioned. The small scale keeps the log-likelihood positive (about +15 per row): Smile's EM starts its
 * change test from a log-likelihood of 0 and stops as soon as a change is not above the tolerance, so with a
 * negative log-likelihood it would stop after a single iteration; here it iterates to convergence like Praxis.
 *
 * <p>Settings:
 * <ul>
 *   <li>k-means: k = 8, one k-means++ run, at most 100 iterations (Praxis Lloyd; Smile's BBD-tree k-means
 *       with tolerance 1e-4).
 *   <li>PCA: all 20 components (Praxis: thin SVD of the centered data; Smile: eigen-decomposition of the
 *       covariance). Smile's PCA needs the LAPACK of its own JavaCPP OpenBLAS: the setup loads that library
 *       before anything of Praxis runs, because Praxis's native backend {@code dlopen}s the system
 *       {@code libblas.so.3}/{@code liblapack.so.3}, which pull in the system {@code libopenblas.so.0}; loaded
 *       first, that library (same soname, no {@code LAPACKE_*} symbols) would be bound by JavaCPP's
 *       {@code libjniopenblas.so} and the JVM would die with "undefined symbol: LAPACKE_dgesdd". Loaded in
 *       this order, both libraries (and Praxis's native backend) use JavaCPP's OpenBLAS 0.3.26 in these forks.
 *   <li>DBSCAN: eps = 0.25; Smile minPts = 10 counts the neighbours of a point without the point itself,
 *       Praxis (as scikit-learn) counts the point itself, so Praxis runs with minSamples = 11: the same
 *       clustering. Both with a k-d tree. The setup prints both cluster and noise counts and checks that the
 *       labels agree up to renaming.
 *   <li>Gaussian mixture: 8 full-covariance components, at most 100 EM iterations, stopping when the mean
 *       log-likelihood per row changes by less than 1e-3 (Praxis defaults: k-means initialization,
 *       regCovar 1e-6). Smile runs its EM ({@code MultivariateExponentialFamilyMixture.fit} with gamma 0,
 *       100 iterations and tolerance 1e-3 · n, since its tolerance applies to the total log-likelihood)
 *       from the initialization of its own {@code MultivariateGaussianMixture.fit(k, x)}: D²-seeded means,
 *       all with the pooled covariance, equal priors (seeded here with {@code SplittableRandom(7)}).
 * </ul>
 * The setup prints inertia / cluster and noise counts / log-likelihood / explained variance ratios of both so
 * the times compare comparable results.
 *
 * <p>Run with one OpenBLAS thread (both libraries call OpenBLAS for PCA and Smile for its Gaussian mixture);
 * Smile's k-means also uses the common fork-join pool, so on a multi-core machine compare CPU time too or pin
 * the JVM to one core ({@code taskset -c 0}). Smile's Gaussian mixture takes tens of seconds per fit (its
 * E-step evaluates each density separately), so its fork runs for a few minutes.
 *
 * <pre>{@code
 * mvn -q -o package -pl praxis-bench -am -DskipTests
 * OPENBLAS_NUM_THREADS=1 java -jar praxis-bench/target/benchmarks.jar UnsupervisedBench -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class UnsupervisedBench {
  /** Rows of the generated data. */
  @Param({"200000"})
  public int rows;

  private static final int P = 20;
  private static final int K = 8;
  private static final double EPS = 0.25;
  /** Smile's minPts (neighbours without the point itself); Praxis's minSamples is one more. */
  private static final int MIN_PTS = 10;
  private static final int GMM_MAX_ITER = 100;
  private static final double GMM_TOL = 1e-3;

  private Frame frame;
  private double[][] data;
  private Frame gmmFrame;
  private double[][] gmmData;

  /**
   * Loads Smile's native OpenBLAS (see the class comment), generates the data and, for the algorithm of the
   * benchmark about to run, fits both libraries once and prints their results.
   */
  @Setup
  public void setup(BenchmarkParams params) {
    org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas.class);
    SplittableRandom rnd = new SplittableRandom(42);
    double[][] centers = new double[K][2];
    for (double[] c : centers) {
      c[0] = rnd.nextDouble(-20, 20);
      c[1] = rnd.nextDouble(-20, 20);
    }
    double[][] a = new double[2][P];
    for (double[] r : a) {
      for (int j = 0; j < P; j++) {
        r[j] = gaussian(rnd);
      }
    }
    data = new double[rows][P];
    for (int i = 0; i < rows; i++) {
      double[] c = centers[rnd.nextInt(K)];
      double z0 = c[0] + gaussian(rnd);
      double z1 = c[1] + gaussian(rnd);
      for (int j = 0; j < P; j++) {
        data[i][j] = z0 * a[0][j] + z1 * a[1][j] + 0.01 * gaussian(rnd);
      }
    }
    frame = toFrame(data);
    String bench = params.getBenchmark();
    if (bench.endsWith("KMeans")) {
      KMeansModel km = praxisKMeans();
      smile.clustering.KMeans skm = smileKMeans();
      System.out.printf("%n[kmeans] inertia praxis %.6e (%d iterations), smile %.6e%n", km.inertia(),
          km.iterations(), skm.distortion);
    } else if (bench.endsWith("Dbscan")) {
      DBSCANModel db = praxisDbscan();
      smile.clustering.DBSCAN<double[]> sdb = smileDbscan();
      int[] pl = db.labels();
      int pNoise = 0;
      int sNoise = 0;
      for (int i = 0; i < rows; i++) {
        pNoise += pl[i] < 0 ? 1 : 0;
        sNoise += sdb.y[i] == smile.clustering.PartitionClustering.OUTLIER ? 1 : 0;
      }
      System.out.printf("%n[dbscan] clusters praxis %d, smile %d; noise praxis %d, smile %d; same partition: %b%n",
          db.clusterCount(), sdb.k, pNoise, sNoise, samePartition(pl, sdb.y));
    } else if (bench.endsWith("Gmm")) {
      makeGmmData();
      GaussianMixtureModel gm = praxisGmm();
      MultivariateExponentialFamilyMixture sgm = smileGmm();
      double sll = 0;
      for (double[] r : gmmData) {
        sll += sgm.logp(r);
      }
      System.out.printf("%n[gmm] mean log-likelihood praxis %.6f (%d iterations), smile %.6f%n",
          gm.score(gmmFrame), gm.iterations(), sll / rows);
    } else if (bench.endsWith("Pca")) {
      smile.feature.extraction.PCA sp = smilePca();
      PCAModel pp = praxisPca();
      System.out.printf("%n[pca] explained variance ratio of the first two components praxis %.6f %.6f, smile"
          + " %.6f %.6f%n", pp.explainedVarianceRatio()[0], pp.explainedVarianceRatio()[1],
          sp.varianceProportion()[0], sp.varianceProportion()[1]);
    }
  }

  private static Frame toFrame(double[][] rowsData) {
    int n = rowsData.length;
    List<DoubleColumn> cols = new ArrayList<>(P);
    for (int j = 0; j < P; j++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rowsData[i][j];
      }
      cols.add(DoubleColumn.wrap("x" + j, v));
    }
    return Frame.of(cols);
  }

  /** The full-rank blobs of the Gaussian-mixture benchmark (see the class comment). */
  private void makeGmmData() {
    SplittableRandom rnd = new SplittableRandom(43);
    double[][] mu = new double[K][P];
    double[][][] l = new double[K][P][P];
    for (int c = 0; c < K; c++) {
      for (int j = 0; j < P; j++) {
        mu[c][j] = rnd.nextDouble(-0.8, 0.8);
        l[c][j][j] = rnd.nextDouble(0.05, 0.15);
        for (int t = 0; t < j; t++) {
          l[c][j][t] = 0.02 * gaussian(rnd);
        }
      }
    }
    gmmData = new double[rows][P];
    double[] g = new double[P];
    for (int i = 0; i < rows; i++) {
      int c = rnd.nextInt(K);
      for (int j = 0; j < P; j++) {
        g[j] = gaussian(rnd);
      }
      for (int j = 0; j < P; j++) {
        double v = mu[c][j];
        for (int t = 0; t <= j; t++) {
          v += l[c][j][t] * g[t];
        }
        gmmData[i][j] = v;
      }
    }
    gmmFrame = toFrame(gmmData);
  }

  /** Whether two labelings define the same clusters and the same noise (noise: negative or Smile's OUTLIER). */
  private static boolean samePartition(int[] a, int[] b) {
    java.util.Map<Integer, Integer> ab = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> ba = new java.util.HashMap<>();
    for (int i = 0; i < a.length; i++) {
      boolean na = a[i] < 0;
      boolean nb = b[i] == smile.clustering.PartitionClustering.OUTLIER;
      if (na != nb) {
        return false;
      }
      if (na) {
        continue;
      }
      Integer x = ab.putIfAbsent(a[i], b[i]);
      Integer y = ba.putIfAbsent(b[i], a[i]);
      if ((x != null && x != b[i]) || (y != null && y != a[i])) {
        return false;
      }
    }
    return true;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u1 = rnd.nextDouble();
    double u2 = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Praxis k-means. */
  @Benchmark
  public KMeansModel praxisKMeans() {
    return new KMeans(KMeans.Params.DEFAULTS.withNClusters(K).withNInit(1).withMaxIter(100)).fit(frame,
        Target.none(rows));
  }

  /** Smile k-means. */
  @Benchmark
  public smile.clustering.KMeans smileKMeans() {
    return smile.clustering.KMeans.fit(data, K, 100, 1e-4);
  }

  /** Praxis PCA. */
  @Benchmark
  public PCAModel praxisPca() {
    return new PCA(PCA.Params.DEFAULTS.withSolver(PCA.Solver.FULL)).fit(frame, Target.none(rows));
  }

  /** Smile PCA. */
  @Benchmark
  public smile.feature.extraction.PCA smilePca() {
    return smile.feature.extraction.PCA.fit(data);
  }

  /** Praxis DBSCAN (minSamples counts the point itself: MIN_PTS + 1). */
  @Benchmark
  public DBSCANModel praxisDbscan() {
    return new DBSCAN(DBSCAN.Params.DEFAULTS.withEps(EPS).withMinSamples(MIN_PTS + 1)
        .withAlgorithm(praxis.neighbors.Algorithm.KD_TREE)).fit(frame, Target.none(rows));
  }

  /** Smile DBSCAN. */
  @Benchmark
  public smile.clustering.DBSCAN<double[]> smileDbscan() {
    return smile.clustering.DBSCAN.fit(data, MIN_PTS, EPS);
  }

  /** Praxis Gaussian mixture: 8 full covariances, k-means initialization, tol 1e-3, at most 100 iterations. */
  @Benchmark
  public GaussianMixtureModel praxisGmm() {
    return GaussianMixture.of(K).fit(gmmFrame, Target.none(rows));
  }

  /** Smile Gaussian mixture with the same stopping rule (see the class comment). */
  @Benchmark
  public MultivariateExponentialFamilyMixture smileGmm() {
    int n = gmmData.length;
    SplittableRandom rnd = new SplittableRandom(7);
    MultivariateGaussianDistribution pooled = MultivariateGaussianDistribution.fit(gmmData, false);
    MultivariateMixture.Component[] comps = new MultivariateMixture.Component[K];
    double[] dist = new double[n];
    java.util.Arrays.fill(dist, Double.MAX_VALUE);
    double[] center = gmmData[rnd.nextInt(n)];
    for (int c = 0; c < K; c++) {
      comps[c] = new MultivariateMixture.Component(1.0 / K, new MultivariateGaussianDistribution(center,
          pooled.sigma.clone()));
      if (c == K - 1) {
        break;
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        double dd = 0;
        for (int j = 0; j < P; j++) {
          double t = gmmData[i][j] - center[j];
          dd += t * t;
        }
        dist[i] = Math.min(dist[i], dd);
        total += dist[i];
      }
      double cut = rnd.nextDouble() * total;
      int pick = 0;
      for (double acc = dist[0]; acc < cut && pick < n - 1; ) {
        acc += dist[++pick];
      }
      center = gmmData[pick];
    }
    return MultivariateExponentialFamilyMixture.fit(gmmData, comps, 0.0, GMM_MAX_ITER, GMM_TOL * n);
  }
}
