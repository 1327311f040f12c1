package praxis.bench.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
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
 * Square DGEMM {@code C = A·B} on one thread: Praxis' pure-Java kernel ({@code java}), native BLAS through
 * dev.ludovic.netlib ({@code native}; run with {@code OPENBLAS_NUM_THREADS=1}) and netlib's own pure-Java
 * BLAS ({@code netlib-java}, for reference). GFLOPS = 2·size³ / time.
 *
 * <pre>{@code
 * OPENBLAS_NUM_THREADS=1 java -jar praxis-bench/target/benchmarks.jar GemmBench -f 1 -wi 2 -i 3 -w 1s -r 1s
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class GemmBench {
  @Param({"256", "1024", "2048"})
  public int size;

  @Param({"java", "native", "netlib-java"})
  public String backend;

  private double[] a;
  private double[] b;
  private double[] c;
  private Backend praxis;
  private BLAS netlibJava;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    a = new double[size * size];
    b = new double[size * size];
    c = new double[size * size];
    for (int i = 0; i < a.length; i++) {
      a[i] = r.nextDouble(-1, 1);
      b[i] = r.nextDouble(-1, 1);
    }
    if (backend.equals("netlib-java")) {
      netlibJava = JavaBLAS.getInstance();
    } else {
      praxis = Backends.select(backend);
    }
  }

  @Benchmark
  public double[] gemm() {
    if (praxis != null) {
      praxis.gemm(false, false, size, size, size, 1.0, a, size, b, size, 0.0, c, size);
    } else {
      netlibJava.dgemm("N", "N", size, size, size, 1.0, a, size, b, size, 0.0, c, size);
    }
    return c;
  }
}
