package praxis.bench.neighbors;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import praxis.neighbors.Algorithm;
import praxis.neighbors.Metric;
import praxis.neighbors.NeighborIndex;
import smile.math.distance.EuclideanDistance;
import smile.neighbor.CoverTree;
import smile.neighbor.KDTree;
import smile.neighbor.Neighbor;

/**
 * k-nearest-neighbour query time: 10,000 queries (k = 5, Euclidean, one thread) against 100,000 standard
 * Gaussian points in 16 dimensions, Praxis {@link NeighborIndex} (AUTO, which picks brute force for d &gt; 15;
 * KD_TREE; BALL_TREE; BRUTE; leaf size 30) versus Smile 3.1.1 {@code smile.neighbor.KDTree} and
 * {@code CoverTree}. Index construction is done once in the setup and not timed; the setup checks that
 * Praxis and Smile return the same neighbour sets for the first 200 queries and prints the build times.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar NeighborSearchBench -f 1 -wi 2 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class NeighborSearchBench {
  static final int N = 100_000;
  static final int D = 16;
  static final int Q = 10_000;
  static final int K = 5;

  private double[] data; // row-major N x D
  private double[] queries; // row-major Q x D
  private double[][] dataRows;
  private double[][] queryRows;
  private NeighborIndex auto;
  private NeighborIndex kd;
  private NeighborIndex ball;
  private NeighborIndex brute;
  private KDTree<double[]> smileKd;
  private CoverTree<double[], double[]> smileCover;

  private static double[] gaussian(int rows, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] v = new double[rows * D];
    for (int i = 0; i < v.length; i++) {
      double u = rnd.nextDouble();
      double w = rnd.nextDouble();
      v[i] = Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * w);
    }
    return v;
  }

  private static double[][] rows(double[] v, int n) {
    double[][] r = new double[n][];
    for (int i = 0; i < n; i++) {
      r[i] = java.util.Arrays.copyOfRange(v, i * D, (i + 1) * D);
    }
    return r;
  }

  /** Builds every index once, prints build times, and cross-checks the answers. */
  @Setup
  public void setup() {
    data = gaussian(N, 42L);
    queries = gaussian(Q, 43L);
    dataRows = rows(data, N);
    queryRows = rows(queries, Q);
    long t0 = System.nanoTime();
    auto = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.AUTO, 30);
    long t1 = System.nanoTime();
    kd = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.KD_TREE, 30);
    long t2 = System.nanoTime();
    ball = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.BALL_TREE, 30);
    long t3 = System.nanoTime();
    brute = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.BRUTE, 30);
    long t4 = System.nanoTime();
    smileKd = KDTree.of(dataRows);
    long t5 = System.nanoTime();
    smileCover = CoverTree.of(dataRows, new EuclideanDistance());
    long t6 = System.nanoTime();
    System.out.printf("%nbuild ms: praxis auto(%s) %.0f, kd %.0f, ball %.0f, brute %.0f; smile kd %.0f, cover %.0f%n",
        auto.algorithm(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
        (t6 - t5) / 1e6);
    int mismatches = 0;
    for (int i = 0; i < 200; i++) {
      java.util.Set<Integer> p = new java.util.TreeSet<>();
      for (int idx : kd.kNearest(queryRows[i], K).indices()) {
        p.add(idx);
      }
      for (Neighbor<double[], double[]>[] s : java.util.List.of(smileKd.search(queryRows[i], K),
          smileCover.search(queryRows[i], K))) {
        java.util.Set<Integer> o = new java.util.TreeSet<>();
        for (Neighbor<double[], double[]> nb : s) {
          o.add(nb.index);
        }
        mismatches += p.equals(o) ? 0 : 1;
      }
    }
    System.out.printf("neighbour sets differing from Smile in the first 200 queries: %d%n", mismatches);
  }

  private long praxis(NeighborIndex index) {
    int[] idx = new int[Q * K];
    double[] dist = new double[Q * K];
    index.kNearest(queries, Q, K, 1, idx, dist);
    long s = 0;
    for (int v : idx) {
      s += v;
    }
    return s;
  }

  private static long smile(smile.neighbor.KNNSearch<double[], double[]> search, double[][] q) {
    long s = 0;
    for (double[] row : q) {
      for (Neighbor<double[], double[]> nb : search.search(row, K)) {
        s += nb.index;
      }
    }
    return s;
  }

  /** Praxis AUTO (brute force at d = 16). */
  @Benchmark
  public long praxisAuto() {
    return praxis(auto);
  }

  /** Praxis k-d tree. */
  @Benchmark
  public long praxisKdTree() {
    return praxis(kd);
  }

  /** Praxis ball tree. */
  @Benchmark
  public long praxisBallTree() {
    return praxis(ball);
  }

  /** Praxis brute force. */
  @Benchmark
  public long praxisBrute() {
    return praxis(brute);
  }

  /** Smile k-d tree. */
  @Benchmark
  public long smileKdTree() {
    return smile(smileKd, queryRows);
  }

  /** Smile cover tree. */
  @Benchmark
  public long smileCoverTree() {
    return smile(smileCover, queryRows);
  }
}
