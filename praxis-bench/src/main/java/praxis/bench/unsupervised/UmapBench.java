package praxis.bench.unsupervised;

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
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.manifold.Trustworthiness;
import praxis.manifold.UMAP;
import praxis.manifold.UMAPModel;

/**
 * UMAP fit on {@code digits} (1797 x 64, raw pixel values), Praxis {@link UMAP} versus Smile 3.1.1's
 * {@code smile.manifold.UMAP.of(data, k, d, epochs, learningRate, minDist, spread, negativeSamples,
 * repulsionStrength)}, with the same settings: {@code nNeighbors} = 15, 2 components, {@code epochs}
 * (default 500, umap-learn's default for this size), learning rate 1, minDist 0.1, spread 1, 5 negative
 * samples per positive one, repulsion 1; spectral initialization in both (Smile: its Lanczos eigensolver;
 * Praxis: Lanczos with full reorthogonalization). Praxis runs on 1 thread (the neighbour search is the only
 * parallel part); Smile's seed is set with {@code MathEx.setSeed(0)}. Neighbour counts: Praxis counts the row
 * itself among the 15 like umap-learn; Smile builds its own k-nearest-neighbour graph.
 *
 * <p>The fork runs Praxis's linear algebra in pure Java ({@code -Dpraxis.linalg.backend=java}; UMAP uses it
 * only for the 128 x 128 tridiagonal eigenproblem of the spectral initialization): when the system OpenBLAS
 * is loaded through netlib first, Smile's bundled JavaCPP OpenBLAS fails with an undefined
 * {@code LAPACKE_dgesdd} symbol and ends the JVM (see docs/benchmarks.md).
 *
 * <p>The setup fits both once and prints their trustworthiness (k = 5, {@link Trustworthiness}); Smile embeds
 * only the largest connected component of its graph ({@code UMAP.index}), so its value is computed on those
 * rows and the row count is printed.
 *
 * <pre>{@code
 * mvn -q -o package -pl praxis-bench -am -DskipTests
 * java -jar praxis-bench/target/benchmarks.jar UmapBench -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dpraxis.linalg.backend=java"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class UmapBench {
  /** Optimization epochs for both libraries. */
  @Param({"500"})
  public int epochs;

  static final int K = 15;
  static final double MIN_DIST = 0.1;
  static final double SPREAD = 1.0;
  static final int NEGATIVE = 5;

  private Frame frame;
  private double[][] data;

  /** Loads digits, fits both libraries once and prints their trustworthiness (k = 5). */
  @Setup
  public void setup() {
    frame = Datasets.xy("digits").x();
    data = frame.toRowArrays();
    UMAPModel m = praxis();
    double tp = Trustworthiness.of(data, m.embedding(), 5);
    smile.manifold.UMAP s = smile();
    double[][] sub = new double[s.index.length][];
    for (int i = 0; i < sub.length; i++) {
      sub[i] = data[s.index[i]];
    }
    double ts = Trustworthiness.of(sub, s.coordinates, 5);
    System.out.printf("%nUMAP digits, k=%d, epochs=%d, minDist=%.2f: trustworthiness(k=5) Praxis %.4f (%d rows),"
        + " Smile %.4f (%d rows)%n", K, epochs, MIN_DIST, tp, data.length, ts, sub.length);
  }

  UMAPModel praxis() {
    UMAP.Params p = UMAP.Params.DEFAULTS.withNNeighbors(K).withNEpochs(epochs).withMinDist(MIN_DIST)
        .withSpread(SPREAD).withNegativeSampleRate(NEGATIVE).withLearningRate(1.0).withSeed(0).withNThreads(1);
    return new UMAP(p).fit(frame, Target.none(frame.rowCount()));
  }

  smile.manifold.UMAP smile() {
    smile.math.MathEx.setSeed(0);
    return smile.manifold.UMAP.of(data, K, 2, epochs, 1.0, MIN_DIST, SPREAD, NEGATIVE, 1.0);
  }

  /** Praxis UMAP fit. */
  @Benchmark
  public Object praxisUmap() {
    return praxis();
  }

  /** Smile UMAP fit. */
  @Benchmark
  public Object smileUmap() {
    return smile();
  }
}
