package praxis.bench.svm;

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
import praxis.preprocess.StandardScaler;
import praxis.svm.SVC;
import praxis.svm.SVCModel;

/**
 * SVC (RBF) fit time, Praxis ({@link SVC}: LIBSVM-style SMO, one-vs-one) versus Smile
 * ({@code smile.classification.SVM} with a Gaussian kernel inside {@code OneVersusOne}), on the first
 * {@code rows} rows of standardized LetterRecognition (16 features, 26 classes) with the same model: C = 1,
 * tolerance 1e-3, gamma = 1/16 (scikit-learn's "scale" on standardized data), i.e. Smile's
 * {@code GaussianKernel(sigma)} with {@code sigma = sqrt(1 / (2 gamma))}. The setup prints both libraries'
 * training accuracy once so the times compare comparable solutions.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar SvcBench -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SvcBench {
  /** Leading rows of LetterRecognition used for training. */
  @Param({"5000", "20000"})
  public int rows;

  private static final double C = 1.0;
  private static final double TOL = 1e-3;

  private Frame x;
  private Target y;
  private double[][] data;
  private int[] labels;
  private double gamma;

  /** Loads and standardizes the data; prints both libraries' training accuracy once. */
  @Setup
  public void setup() {
    Datasets.XY xy = Datasets.xy("LetterRecognition");
    int n = Math.min(rows, xy.x().rowCount());
    int[] head = new int[n];
    for (int i = 0; i < n; i++) {
      head[i] = i;
    }
    Frame raw = xy.x().rows(head);
    x = new StandardScaler().fit(raw, Target.none(n)).transform(raw);
    y = xy.y().rows(head);
    data = x.toRowArrays();
    labels = y.codes();
    gamma = 1.0 / x.columnCount();
    SVCModel pm = praxis();
    int[] pp = pm.predict(x);
    smile.classification.Classifier<double[]> sm = smile();
    int pOk = 0;
    int sOk = 0;
    for (int i = 0; i < n; i++) {
      pOk += pp[i] == labels[i] ? 1 : 0;
      sOk += sm.predict(data[i]) == labels[i] ? 1 : 0;
    }
    System.out.printf("%n[LetterRecognition %d rows] training accuracy: praxis %.4f (%d support vectors), "
        + "smile %.4f%n", n, (double) pOk / n, pm.supportIndices().length, (double) sOk / n);
  }

  /** Praxis fit. */
  @Benchmark
  public SVCModel praxis() {
    return new SVC(SVC.Params.DEFAULTS.withC(C)).fit(x, y);
  }

  /** Smile fit. */
  @Benchmark
  public smile.classification.Classifier<double[]> smile() {
    smile.math.kernel.GaussianKernel k = new smile.math.kernel.GaussianKernel(Math.sqrt(1.0 / (2.0 * gamma)));
    return smile.classification.OneVersusOne.fit(data, labels,
        (xi, yi) -> smile.classification.SVM.fit(xi, yi, k, C, TOL));
  }
}
