package praxis.bench.linalg;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.Backends;

/**
 * Decompositions of a dense {@code n × n} matrix (random uniform(-1, 1); Cholesky and eigen on the SPD
 * {@code XᵀX + n·I}) on the pure-Java and native backends, one thread, including the input copy each call
 * makes. The kernels are the ones {@code LinAlg.qr/cholesky/eigenSymmetric/svd} call.
 *
 * <pre>{@code
 * OPENBLAS_NUM_THREADS=1 java -jar praxis-bench/target/benchmarks.jar DecompositionBench -f 1 -wi 2 -i 3
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class DecompositionBench {
  @Param({"500"})
  public int n;

  @Param({"java", "native"})
  public String backend;

  private double[] general;
  private double[] spd;
  private Backend impl;

  @Setup(Level.Trial)
  public void setUp() {
    impl = Backends.select(backend);
    SplittableRandom r = new SplittableRandom(7);
    general = new double[n * n];
    for (int i = 0; i < general.length; i++) {
      general[i] = r.nextDouble(-1, 1);
    }
    spd = new double[n * n];
    impl.gemm(true, false, n, n, n, 1.0, general, n, general, n, 0.0, spd, n);
    for (int i = 0; i < n; i++) {
      spd[i + i * n] += n;
    }
  }

  @Benchmark
  public double[] qr() {
    double[] a = general.clone();
    double[] tau = new double[n];
    impl.geqrf(n, n, a, tau);
    return a;
  }

  @Benchmark
  public double[] cholesky() {
    double[] a = spd.clone();
    impl.potrf(n, a);
    return a;
  }

  @Benchmark
  public double[] eigenSymmetric() {
    double[] a = spd.clone();
    double[] w = new double[n];
    impl.syev(n, a, w);
    return a;
  }

  @Benchmark
  public double[] svd() {
    double[] a = general.clone();
    double[] s = new double[n];
    double[] u = new double[n * n];
    double[] vt = new double[n * n];
    impl.gesvd(n, n, a, s, u, vt);
    return u;
  }
}
