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

/**
 * k-means, PCA, DBSCAN and Gaussian-mixture fits, Praxis versus Smile 3.1.1, on the same generated
 * {@code n x 20} data (issue 5: n = 200,000).
 *
 * <p>Generator (seed 42, {@link SplittableRandom}): 8 clusters. Each row picks a cluster {@code c}
 * uniformly, draws a 2-D point {@code z = center_c + N(0, I_2)} (centers uniform in [-20, 20]²), maps it to
 * 20 dimensions with a fixed random 2 x 20 Gaussian matrix {@code A} and adds N(0, 0.01²) noise to every
 * coordinate. So the data have 8 well-separated clusters of intrinsic dimension about 2 — the setting where
 * density clustering with a spatial index is meaningful in 20 dimensions.
 *
 * <p>Settings: k-means k = 8, one k-means++ run, at most 100 iterations (Praxis Lloyd; Smile's BBD-tree
 * k-means with tolerance 1e-4). PCA: all 20 components (Praxis: thin SVD of the centered data; Smile:
 * eigen-decomposition of the covariance). DBSCAN eps = 0.25, minPts = 10 (Praxis: k-d tree; Smile: its
 * k-d tree). GMM: 8 full-covariance components (Praxis: k-means init, tol 1e-3, at most 100 EM iterations;
 * Smile: its own initialization and stopping). The setup prints inertia / log-likelihood / cluster counts of
 * both so the times compare comparable results.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar UnsupervisedBench -f 1 -wi 1 -i 3
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

  private Frame frame;
  private double[][] data;

  /**
   * Generates the data (see the class comment) and, for the algorithm of the benchmark about to run, fits
   * both libraries once and prints their results (inertia, cluster counts, log-likelihood).
   */
  @Setup
  public void setup(BenchmarkParams params) {
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
    List<DoubleColumn> cols = new ArrayList<>(P);
    for (int j = 0; j < P; j++) {
      double[] v = new double[rows];
      for (int i = 0; i < rows; i++) {
        v[i] = data[i][j];
      }
      cols.add(DoubleColumn.wrap("x" + j, v));
    }
    frame = Frame.of(cols);
    String bench = params.getBenchmark();
    if (bench.endsWith("KMeans")) {
      KMeansModel km = praxisKMeans();
      smile.clustering.KMeans skm = smileKMeans();
      System.out.printf("%n[kmeans] inertia praxis %.6e (%d iterations), smile %.6e%n", km.inertia(),
          km.iterations(), skm.distortion);
    } else if (bench.endsWith("Dbscan")) {
      DBSCANModel db = praxisDbscan();
      smile.clustering.DBSCAN<double[]> sdb = smileDbscan();
      System.out.printf("%n[dbscan] clusters praxis %d, smile %d%n", db.clusterCount(), sdb.k);
    } else if (bench.endsWith("Gmm")) {
      GaussianMixtureModel gm = praxisGmm();
      String smileResult;
      try {
        smile.stat.distribution.MultivariateGaussianMixture sgm = smileGmm();
        double sll = 0;
        for (double[] r : data) {
          sll += sgm.logp(r);
        }
        smileResult = String.format("%.6f", sll / rows);
      } catch (RuntimeException e) {
        // On these nearly rank-2 clusters Smile's full covariances can be singular (LAPACK error).
        smileResult = "failed: " + e;
      }
      System.out.printf("%n[gmm] mean log-likelihood praxis %.6f (%d iterations), smile %s%n", gm.score(frame),
          gm.iterations(), smileResult);
    } else if (bench.endsWith("Pca")) {
      // Smile's PCA is not called here: its bundled native LAPACK can crash the JVM where the system OpenBLAS
      // is also loaded (see docs/benchmarks.md); the praxis fit is checked against scikit-learn in tests.
      System.out.printf("%n[pca] first explained variance praxis %.6f%n", praxisPca().explainedVariance()[0]);
    }
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

  /** Praxis DBSCAN. */
  @Benchmark
  public DBSCANModel praxisDbscan() {
    return new DBSCAN(DBSCAN.Params.DEFAULTS.withEps(0.25).withMinSamples(10)
        .withAlgorithm(praxis.neighbors.Algorithm.KD_TREE)).fit(frame, Target.none(rows));
  }

  /** Smile DBSCAN. */
  @Benchmark
  public smile.clustering.DBSCAN<double[]> smileDbscan() {
    return smile.clustering.DBSCAN.fit(data, 10, 0.25);
  }

  /** Praxis Gaussian mixture. */
  @Benchmark
  public GaussianMixtureModel praxisGmm() {
    return GaussianMixture.of(K).fit(frame, Target.none(rows));
  }

  /** Smile Gaussian mixture. */
  @Benchmark
  public smile.stat.distribution.MultivariateGaussianMixture smileGmm() {
    return smile.stat.distribution.MultivariateGaussianMixture.fit(K, data);
  }
}
