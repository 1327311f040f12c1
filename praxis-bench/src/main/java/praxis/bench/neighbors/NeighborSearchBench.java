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
import org.openjdk.jmh.infra.BenchmarkParams;
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
 * {@code CoverTree}. Index construction is done once per fork in the setup and not timed (its time is printed);
 * the setup checks that the index returns the brute-force neighbour sets for the first 200 queries.
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

  /**
   * Builds the index the benchmark needs (only that one: Smile's cover tree takes minutes to build), prints its
   * build time, and checks that it returns the brute-force neighbour sets for the first 200 queries.
   */
  @Setup
  public void setup(BenchmarkParams params) {
    data = gaussian(N, 42L);
    queries = gaussian(Q, 43L);
    dataRows = rows(data, N);
    queryRows = rows(queries, Q);
    String bench = params.getBenchmark();
    String which = bench.substring(bench.lastIndexOf('.') + 1);
    brute = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.BRUTE, 30);
    long t0 = System.nanoTime();
    switch (which) {
      case "praxisAuto" -> auto = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.AUTO, 30);
      case "praxisKdTree" -> kd = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.KD_TREE, 30);
      case "praxisBallTree" ->
          ball = NeighborIndex.build(data, N, D, false, Metric.EUCLIDEAN, 2, Algorithm.BALL_TREE, 30);
      case "smileKdTree" -> smileKd = KDTree.of(dataRows);
      case "smileCoverTree" -> smileCover = CoverTree.of(dataRows, new EuclideanDistance());
      default -> { }
    }
    long t1 = System.nanoTime();
    int mismatches = 0;
    for (int i = 0; i < 200; i++) {
      java.util.Set<Integer> want = new java.util.TreeSet<>();
      for (int idx : brute.kNearest(queryRows[i], K).indices()) {
        want.add(idx);
      }
      java.util.Set<Integer> got = new java.util.TreeSet<>();
      if (which.startsWith("praxis")) {
        NeighborIndex index = auto != null ? auto : kd != null ? kd : ball != null ? ball : brute;
        for (int idx : index.kNearest(queryRows[i], K).indices()) {
          got.add(idx);
        }
      } else {
        for (Neighbor<double[], double[]> nb : (smileKd != null ? smileKd : smileCover).search(queryRows[i], K)) {
          got.add(nb.index);
        }
      }
      mismatches += want.equals(got) ? 0 : 1;
    }
    System.out.printf("%n%s: build %.0f ms; neighbour sets differing from brute force in 200 queries: %d%n", which,
        (t1 - t0) / 1e6, mismatches);
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
