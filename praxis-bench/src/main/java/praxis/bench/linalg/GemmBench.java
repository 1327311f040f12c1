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
import praxis.linalg.internal.JavaGemm;

/**
 * Square DGEMM {@code C = A·B} on one thread: Praxis' pure-Java kernels ({@code java-scalar}, and
 * {@code java-vector} on the Vector API), native BLAS through dev.ludovic.netlib ({@code native}; run with
 * {@code OPENBLAS_NUM_THREADS=1}) and netlib's own pure-Java BLAS ({@code netlib-java}, for reference; with the
 * incubator module resolved it is netlib's VectorBLAS). The forks run with
 * {@code --add-modules jdk.incubator.vector}. GFLOPS = 2·size³ / time.
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
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class GemmBench {
  @Param({"256", "1024", "2048"})
  public int size;

  @Param({"java-scalar", "java-vector", "native", "netlib-java"})
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
    switch (backend) {
      case "netlib-java":
        netlibJava = JavaBLAS.getInstance();
        break;
      case "native":
        praxis = Backends.select("native");
        break;
      case "java-vector":
        if (!JavaGemm.vectorized()) {
          throw new IllegalStateException("java-vector needs --add-modules jdk.incubator.vector");
        }
        break;
      default:
        break;
    }
  }

  @Benchmark
  public double[] gemm() {
    switch (backend) {
      case "java-scalar":
        JavaGemm.scalarGemm(false, false, size, size, size, 1.0, a, size, b, size, 0.0, c, size);
        break;
      case "java-vector":
        JavaGemm.vectorGemm(false, false, size, size, size, 1.0, a, size, b, size, 0.0, c, size);
        break;
      case "native":
        praxis.gemm(false, false, size, size, size, 1.0, a, size, b, size, 0.0, c, size);
        break;
      default:
        netlibJava.dgemm("N", "N", size, size, size, 1.0, a, size, b, size, 0.0, c, size);
        break;
    }
    return c;
  }
}
