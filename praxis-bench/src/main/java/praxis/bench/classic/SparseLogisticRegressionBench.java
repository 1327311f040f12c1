package praxis.bench.classic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
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
import praxis.linalg.CsrMatrix;
import praxis.linear.LogisticRegression;
import praxis.linear.LogisticRegressionModel;
import praxis.metrics.ClassificationMetrics;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Logistic regression on text-like sparse data: Praxis' sparse path ({@link Frame#ofCsr} input, O(nnz) per
 * L-BFGS iteration), Praxis on a dense copy of the same matrix, and Smile's
 * {@code smile.classification.SparseLogisticRegression} (L-BFGS over {@code SparseArray} rows). Same objective
 * (L2 with C = 1, i.e. Smile's lambda = 1, intercept unpenalized), same tolerance and iteration cap; the setup
 * prints each fit's training log-loss so the times compare equally good solutions. Data: {@code rows} x
 * {@code cols} with 20 stored entries per row (term counts 1-3), binary labels from a noisy linear rule,
 * generated from a fixed seed.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar SparseLogisticRegressionBench -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class SparseLogisticRegressionBench {
  /** Number of rows. */
  @Param({"5000"})
  public int rows;

  /** Number of columns (vocabulary size). */
  @Param({"2000"})
  public int cols;

  private static final int NNZ_PER_ROW = 20;
  private static final int MAX_ITER = 500;
  private static final double TOL = 1e-6;

  private Frame sparse;
  private Frame dense;
  private Target y;
  private int[] labels;
  private SparseDataset smileData;
  private final LogisticRegression praxis =
      new LogisticRegression(LogisticRegression.Params.DEFAULTS.withStopping(MAX_ITER, TOL));

  /** Generates the data; prints the three fits' training log-loss once. */
  @Setup
  public void setup() {
    SplittableRandom r = new SplittableRandom(42);
    double[] w = new double[cols];
    for (int j = 0; j < cols; j++) {
      w[j] = r.nextGaussian();
    }
    int[] ptr = new int[rows + 1];
    int[] idx = new int[rows * NNZ_PER_ROW];
    double[] val = new double[rows * NNZ_PER_ROW];
    labels = new int[rows];
    List<SparseArray> smileRows = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      TreeSet<Integer> terms = new TreeSet<>();
      while (terms.size() < NNZ_PER_ROW) {
        terms.add(r.nextInt(cols));
      }
      SparseArray sa = new SparseArray(NNZ_PER_ROW);
      int k = i * NNZ_PER_ROW;
      double score = r.nextGaussian();
      for (int j : terms) {
        double v = 1 + r.nextInt(3);
        idx[k] = j;
        val[k++] = v;
        sa.append(j, v);
        score += w[j] * v;
      }
      ptr[i + 1] = k;
      labels[i] = score > 0 ? 1 : 0;
      smileRows.add(sa);
    }
    CsrMatrix x = CsrMatrix.wrap(rows, cols, ptr, idx, val);
    sparse = Frame.ofCsr(x, null);
    double[][] a = new double[rows][];
    for (int i = 0; i < rows; i++) {
      a[i] = x.denseRow(i);
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < cols; j++) {
      names.add("x" + j);
    }
    dense = Frame.ofRows(a, names);
    y = Target.ofCodes("y", labels, List.of("0", "1"));
    smileData = SparseDataset.of(smileRows, cols);
    LogisticRegressionModel ms = praxis.fit(sparse, y);
    LogisticRegressionModel md = praxis.fit(dense, y);
    var sm = smile();
    double[][] sp = new double[rows][2];
    for (int i = 0; i < rows; i++) {
      sm.predict(smileRows.get(i), sp[i]);
    }
    System.out.printf("%n[%d x %d, nnz %d] training log-loss: praxis sparse %.6f (%d it), praxis dense %.6f (%d it),"
        + " smile sparse %.6f%n", rows, cols, x.nnz(), ClassificationMetrics.logLoss(labels, ms.predictProba(sparse)),
        ms.iterations(), ClassificationMetrics.logLoss(labels, md.predictProba(dense)), md.iterations(),
        ClassificationMetrics.logLoss(labels, sp));
  }

  private smile.classification.SparseLogisticRegression smile() {
    return smile.classification.SparseLogisticRegression.binomial(smileData, labels, 1.0, TOL, MAX_ITER);
  }

  /** Praxis, sparse input. */
  @Benchmark
  public LogisticRegressionModel praxisSparse() {
    return praxis.fit(sparse, y);
  }

  /** Praxis, the same matrix as dense columns. */
  @Benchmark
  public LogisticRegressionModel praxisDense() {
    return praxis.fit(dense, y);
  }

  /** Smile's sparse logistic regression. */
  @Benchmark
  public smile.classification.SparseLogisticRegression smileSparse() {
    return smile();
  }
}
