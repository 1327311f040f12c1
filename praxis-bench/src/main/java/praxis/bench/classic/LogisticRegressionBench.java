package praxis.bench.classic;

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
import praxis.linear.LogisticRegression;
import praxis.linear.LogisticRegressionModel;
import praxis.metrics.ClassificationMetrics;
import praxis.preprocess.StandardScaler;

/**
 * Logistic-regression fit time, Praxis ({@link LogisticRegression}, L-BFGS) versus Smile
 * ({@code smile.classification.LogisticRegression}, L-BFGS), on the same standardized data with the same
 * objective (L2 with C = 1, i.e. Smile's lambda = 1; intercept unpenalized) and the same iteration cap.
 * The setup prints each library's training log-loss so that the times compare equally good solutions.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar LogisticRegressionBench -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LogisticRegressionBench {
  /** breast_cancer (569 × 30, binary) or LetterRecognition (20,000 × 16, 26 classes). */
  @Param({"breast_cancer", "LetterRecognition"})
  public String dataset;

  private static final int MAX_ITER = 1000;
  private static final double TOL = 1e-6;

  private Frame x;
  private Target y;
  private double[][] rows;
  private int[] labels;
  private final LogisticRegression praxis =
      new LogisticRegression(LogisticRegression.Params.DEFAULTS.withStopping(MAX_ITER, TOL));

  /** Loads and standardizes the data; prints both libraries' training log-loss once. */
  @Setup
  public void setup() {
    Datasets.XY xy = Datasets.xy(dataset);
    x = new StandardScaler().fit(xy.x(), Target.none(xy.x().rowCount())).transform(xy.x());
    y = xy.y();
    rows = x.toRowArrays();
    labels = y.codes();
    LogisticRegressionModel pm = praxis.fit(x, y);
    double pLoss = ClassificationMetrics.logLoss(labels, pm.predictProba(x));
    smile.classification.LogisticRegression sm = smile();
    double[][] sp = new double[rows.length][y.classCount()];
    for (int i = 0; i < rows.length; i++) {
      sm.predict(rows[i], sp[i]);
    }
    double sLoss = ClassificationMetrics.logLoss(labels, sp);
    System.out.printf("%n[%s] training log-loss: praxis %.6f (%d iterations), smile %.6f%n", dataset, pLoss,
        pm.iterations(), sLoss);
  }

  /** Praxis fit. */
  @Benchmark
  public LogisticRegressionModel praxis() {
    return praxis.fit(x, y);
  }

  /** Smile fit. */
  @Benchmark
  public smile.classification.LogisticRegression smile() {
    return smile.classification.LogisticRegression.fit(rows, labels, 1.0, TOL, MAX_ITER);
  }
}
