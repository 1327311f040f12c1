package praxis.bench.trees;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import praxis.boost.EarlyStopping;
import praxis.boost.HistGradientBoostingClassifier;
import praxis.boost.HistGradientBoostingClassifierModel;
import praxis.boost.internal.BinMapper;
import praxis.boost.internal.BinnedMatrix;
import praxis.boost.internal.FeatureColumns;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.metrics.Curves;
import smile.data.formula.Formula;

/**
 * Histogram gradient boosting, Praxis ({@link HistGradientBoostingClassifier}) versus XGBoost4J 2.1.4
 * ({@code tree_method=hist}) and Smile 3.1.1 ({@code smile.classification.GradientTreeBoost}, exact greedy
 * trees), with the same settings: 100 trees, 255 bins, depth-wise trees of depth 6 (Praxis
 * {@code maxLeafNodes=0, maxDepth=6}; Smile: depth 6, at most 64 leaves), learning rate 0.1, L2 1, min child
 * hessian 1, no subsampling, no early stopping, {@code threads} threads (Smile: single-threaded trees).
 *
 * <p>Data. {@code generated}: {@code rows} x 50 features drawn from {@code SplittableRandom(20261121)}, each
 * N(0, 1); label 1 when {@code sum_{j<10} a_j x_j + sum_{10<=j<20} b_j x_j x_{j-10} + sum_{20<=j<25}
 * sin(2 x_j) + logistic noise > 0}, with {@code a_j ~ U(-1, 1)}, {@code b_j ~ U(-0.5, 0.5)} drawn first from
 * the same generator; features 25..49 are pure noise; the last 20% of the rows are held out (AUC).
 * {@code LetterRecognition}: the bundled 20,000 x 16 set, 26 classes, every fifth row held out (accuracy).
 * The setup prints each library's held-out AUC/accuracy and the bytes per value of Praxis's binned matrix
 * (from its size and from the heap growth while binning) so that times compare equally good models.
 *
 * <p>Prediction: a 500-tree binary model (depth 6, one thread) of each library, fitted on the training part (80%)
 * of {@code predictTrainRows + 10,000} generated rows; single-row latency ({@code predictOne*}, Praxis
 * {@code predictProba(row, work, out)} versus XGBoost {@code inplace_predict} of one row) and batch throughput
 * ({@code predictBatch*}) over the held-out 20% (6,000 rows at the default {@code predictTrainRows}).
 *
 * <p>Praxis runs with its default {@code quantizedGradients=true} (histograms from stochastically rounded integer
 * gradient pairs, leaf values from the exact gradients; the held-out AUC printed by the setup is that model's);
 * {@code -p quantized=false} times the exact double sums for comparison.
 *
 * <p>Fit times are reported for {@code threads} = 1 and 2 (both libraries get the same count), so the 2-thread
 * speed-up of each can be read off. The target is {@code fitPraxis <= fitXgboost} at {@code threads=2},
 * {@code rows=1000000} with held-out AUCs within 0.002 (printed by the setup); 100,000 rows is the smaller
 * variant. Run XGBoost with {@code OMP_WAIT_POLICY=PASSIVE} so that its idle OpenMP threads do not spin.
 *
 * <pre>{@code
 * mvn -q -o package -pl praxis-bench -am -DskipTests
 * # the comparison (1,000,000 x 50, 1 and 2 threads) and LetterRecognition
 * OMP_WAIT_POLICY=PASSIVE java -jar praxis-bench/target/benchmarks.jar 'GradientBoostingBench.fit(Praxis|Xgboost)' \
 *     -f 1 -wi 1 -i 3
 * # 100,000 x 50 only
 * OMP_WAIT_POLICY=PASSIVE java -jar praxis-bench/target/benchmarks.jar 'GradientBoostingBench.fit(Praxis|Xgboost)' \
 *     -p dataset=generated -p rows=100000 -f 1 -wi 1 -i 5
 * # prediction of a 500-tree model: single-row latency and 6,000-row batches
 * OMP_WAIT_POLICY=PASSIVE java -jar praxis-bench/target/benchmarks.jar 'GradientBoostingBench.predict' -f 1 -wi 2 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GradientBoostingBench {
  static final int FEATURES = 50;
  static final int TREES = 100;
  static final int DEPTH = 6;
  static final double LEARNING_RATE = 0.1;

  /** A dataset split into train and test, in the shapes each library needs. */
  static final class Data {
    final Frame xTrain;
    final Target yTrain;
    final Frame xTest;
    final int[] yTest;
    final int classes;
    final float[] trainRowMajor;
    final float[] trainLabels;
    final float[] testRowMajor;
    final int p;

    Data(double[][] cols, int[] labels, List<String> classNames, boolean[] test) {
      p = cols.length;
      int n = labels.length;
      int nTest = 0;
      for (boolean t : test) {
        nTest += t ? 1 : 0;
      }
      int nTrain = n - nTest;
      int[] tr = new int[nTrain];
      int[] te = new int[nTest];
      for (int i = 0, a = 0, b = 0; i < n; i++) {
        if (test[i]) {
          te[b++] = i;
        } else {
          tr[a++] = i;
        }
      }
      DoubleColumn[] c = new DoubleColumn[p];
      for (int j = 0; j < p; j++) {
        c[j] = DoubleColumn.wrap("x" + j, cols[j]);
      }
      Frame all = Frame.of(c);
      Target yAll = Target.ofCodes("y", labels, classNames);
      xTrain = all.rows(tr);
      yTrain = yAll.rows(tr);
      xTest = all.rows(te);
      yTest = new int[nTest];
      for (int i = 0; i < nTest; i++) {
        yTest[i] = labels[te[i]];
      }
      classes = classNames.size();
      trainRowMajor = rowMajor(cols, tr);
      testRowMajor = rowMajor(cols, te);
      trainLabels = new float[nTrain];
      for (int i = 0; i < nTrain; i++) {
        trainLabels[i] = labels[tr[i]];
      }
    }

    static float[] rowMajor(double[][] cols, int[] rows) {
      int p = cols.length;
      float[] out = new float[rows.length * p];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < p; j++) {
          out[i * p + j] = (float) cols[j][rows[i]];
        }
      }
      return out;
    }
  }

  /** The generated binary task described in the class comment. */
  static Data generated(int rows) {
    SplittableRandom r = new SplittableRandom(20261121L);
    double[] a = new double[10];
    double[] b = new double[10];
    for (int j = 0; j < 10; j++) {
      a[j] = r.nextDouble(-1, 1);
      b[j] = r.nextDouble(-0.5, 0.5);
    }
    double[][] cols = new double[FEATURES][rows];
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < FEATURES; j++) {
        cols[j][i] = r.nextGaussian();
      }
      double s = 0;
      for (int j = 0; j < 10; j++) {
        s += a[j] * cols[j][i] + b[j] * cols[10 + j][i] * cols[j][i];
      }
      for (int j = 20; j < 25; j++) {
        s += Math.sin(2 * cols[j][i]);
      }
      double u = r.nextDouble(1e-12, 1);
      s += Math.log(u / (1 - u));
      y[i] = s > 0 ? 1 : 0;
    }
    boolean[] test = new boolean[rows];
    Arrays.fill(test, rows - rows / 5, rows, true);
    return new Data(cols, y, List.of("0", "1"), test);
  }

  static Data letters() {
    Datasets.XY d = Datasets.xy("LetterRecognition");
    double[][] cols = FeatureColumns.of(null, d.x(), "bench");
    int n = d.y().size();
    boolean[] test = new boolean[n];
    for (int i = 0; i < n; i += 5) {
      test[i] = true;
    }
    return new Data(cols, d.y().codes(), d.y().classList(), test);
  }

  static HistGradientBoostingClassifier praxis(int trees, int threads) {
    return praxis(trees, threads, true);
  }

  static HistGradientBoostingClassifier praxis(int trees, int threads, boolean quantized) {
    var d = HistGradientBoostingClassifier.Params.DEFAULTS;
    return new HistGradientBoostingClassifier(new HistGradientBoostingClassifier.Params(LEARNING_RATE, trees, 0,
        OptionalInt.of(DEPTH), 1, 1.0, 1.0, 0, 0, 0, 255, 1, 1, 1, 1, new double[0], EarlyStopping.OFF,
        d.validationFraction(), d.nIterNoChange(), d.tol(), 0L, threads).withQuantizedGradients(quantized));
  }

  static Map<String, Object> xgbParams(int classes, int threads) {
    Map<String, Object> m = new HashMap<>();
    m.put("tree_method", "hist");
    m.put("max_bin", 255);
    m.put("max_depth", DEPTH);
    m.put("eta", LEARNING_RATE);
    m.put("lambda", 1.0);
    m.put("min_child_weight", 1.0);
    m.put("nthread", threads);
    m.put("verbosity", 0);
    if (classes == 2) {
      m.put("objective", "binary:logistic");
    } else {
      m.put("objective", "multi:softprob");
      m.put("num_class", classes);
    }
    return m;
  }

  static Booster xgbFit(Data d, int trees, int threads) throws XGBoostError {
    DMatrix m = new DMatrix(d.trainRowMajor, d.trainLabels.length, d.p, Float.NaN);
    m.setLabel(d.trainLabels);
    try {
      return XGBoost.train(m, xgbParams(d.classes, threads), trees, new HashMap<>(), null, null);
    } finally {
      m.dispose();
    }
  }

  static double quality(int[] y, double[][] proba, int classes) {
    if (classes == 2) {
      double[] s = new double[proba.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = proba[i][1];
      }
      return Curves.rocAuc(y, s);
    }
    int ok = 0;
    for (int i = 0; i < y.length; i++) {
      int best = 0;
      for (int c = 1; c < classes; c++) {
        if (proba[i][c] > proba[i][best]) {
          best = c;
        }
      }
      ok += best == y[i] ? 1 : 0;
    }
    return (double) ok / y.length;
  }

  static double[][] xgbProba(Booster b, Data d) throws XGBoostError {
    float[][] f = b.inplace_predict(d.testRowMajor, d.yTest.length, d.p, Float.NaN);
    double[][] out = new double[f.length][d.classes];
    for (int i = 0; i < f.length; i++) {
      if (d.classes == 2) {
        out[i][1] = f[i][0];
        out[i][0] = 1 - f[i][0];
      } else {
        for (int c = 0; c < d.classes; c++) {
          out[i][c] = f[i][c];
        }
      }
    }
    return out;
  }

  private static final Map<String, Data> CACHE = new HashMap<>();

  static synchronized Data data(String dataset, int rows) {
    return CACHE.computeIfAbsent(dataset + "/" + rows,
        k -> dataset.equals("generated") ? generated(rows) : letters());
  }

  /** Fit benchmarks' state: the data and the settings. */
  @State(Scope.Benchmark)
  public static class FitState {
    /** {@code generated} (binary) or {@code LetterRecognition} (26 classes). */
    @Param({"generated", "LetterRecognition"})
    public String dataset;

    /** Rows of the generated dataset (ignored for LetterRecognition). */
    @Param({"1000000"})
    public int rows;

    /** Threads for Praxis ({@code nThreads}) and XGBoost ({@code nthread}); 1 and 2 give the scaling. */
    @Param({"1", "2"})
    public int threads;

    /**
     * Praxis's {@code quantizedGradients} (its default, {@code true}); {@code false} times the exact double
     * histogram sums.
     */
    @Param({"true"})
    public boolean quantized;

    Data d;

    /** Builds the data; prints each library's held-out quality and Praxis's binned bytes per value. */
    @Setup(Level.Trial)
    public void setup() throws XGBoostError {
      d = data(dataset, rows);
      double[][] cols = FeatureColumns.of(null, d.xTrain, "bench");
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      BinMapper bm = BinMapper.fit(cols, d.xTrain, 255, 0L, "bench");
      BinnedMatrix m = bm.transform(cols);
      System.gc();
      long after = rt.totalMemory() - rt.freeMemory();
      double values = (double) m.rows() * d.p;
      System.out.printf("%n[%s] binned matrix: %.3f bytes/value by size, %.3f bytes/value by heap growth%n",
          dataset, m.bytes() / values, (after - before) / values);
      HistGradientBoostingClassifierModel pm = praxis(TREES, threads, quantized).fit(d.xTrain, d.yTrain);
      double qp = quality(d.yTest, pm.predictProba(d.xTest), d.classes);
      Booster xb = xgbFit(d, TREES, threads);
      double qx = quality(d.yTest, xgbProba(xb, d), d.classes);
      xb.dispose();
      System.out.printf("[%s] held-out %s: praxis %.4f, xgboost %.4f (difference %.4f)%n", dataset,
          d.classes == 2 ? "AUC" : "accuracy", qp, qx, qp - qx);
    }
  }

  /** Praxis fit. */
  @Benchmark
  public HistGradientBoostingClassifierModel fitPraxis(FitState s) {
    return praxis(TREES, s.threads, s.quantized).fit(s.d.xTrain, s.d.yTrain);
  }

  /** XGBoost4J fit ({@code tree_method=hist}). */
  @Benchmark
  public Object fitXgboost(FitState s) throws XGBoostError {
    Booster b = xgbFit(s.d, TREES, s.threads);
    b.dispose();
    return b;
  }

  /** Smile state: its DataFrame of the training rows. */
  @State(Scope.Benchmark)
  public static class SmileState {
    /** As {@link FitState#dataset}. */
    @Param({"generated", "LetterRecognition"})
    public String dataset;

    /** As {@link FitState#rows}. */
    @Param({"1000000"})
    public int rows;

    smile.data.DataFrame frame;
    Data d;

    /** Converts the training rows; prints Smile's held-out quality. */
    @Setup(Level.Trial)
    public void setup() {
      d = data(dataset, rows);
      int n = d.trainLabels.length;
      double[][] x = new double[n][d.p];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d.p; j++) {
          x[i][j] = d.trainRowMajor[i * d.p + j];
        }
        y[i] = (int) d.trainLabels[i];
      }
      frame = smile.data.DataFrame.of(x).merge(smile.data.vector.IntVector.of("y", y));
      smile.classification.GradientTreeBoost m = smileFit(frame);
      int nt = d.yTest.length;
      double[][] proba = new double[nt][d.classes];
      double[] row = new double[d.p];
      smile.data.type.StructType schema = frame.drop("y").schema();
      for (int i = 0; i < nt; i++) {
        for (int j = 0; j < d.p; j++) {
          row[j] = d.testRowMajor[i * d.p + j];
        }
        m.predict(smile.data.Tuple.of(row, schema), proba[i]);
      }
      System.out.printf("%n[%s] held-out %s: smile %.4f%n", dataset, d.classes == 2 ? "AUC" : "accuracy",
          quality(d.yTest, proba, d.classes));
    }
  }

  static smile.classification.GradientTreeBoost smileFit(smile.data.DataFrame frame) {
    return smile.classification.GradientTreeBoost.fit(Formula.lhs("y"), frame, TREES, DEPTH, 64, 1, LEARNING_RATE,
        1.0);
  }

  /** Smile fit (exact greedy trees, single-threaded). */
  @Benchmark
  public smile.classification.GradientTreeBoost fitSmile(SmileState s) {
    return smileFit(s.frame);
  }

  /** Prediction state: a 500-tree binary model of each library. */
  @State(Scope.Benchmark)
  public static class PredictState {
    /** Training rows of the 500-tree model (generated data). */
    @Param({"20000"})
    public int predictTrainRows;

    HistGradientBoostingClassifierModel praxis;
    Booster xgb;
    Frame batch;
    float[] batchRows;
    double[][] rowsD;
    float[][] rowsF;
    double[] work = new double[1];
    double[] out = new double[2];
    int next;

    /** Fits both 500-tree models (one thread each). */
    @Setup(Level.Trial)
    public void setup() throws XGBoostError {
      Data d = generated(predictTrainRows + 10_000);
      praxis = praxis(500, 1).fit(d.xTrain, d.yTrain);
      xgb = xgbFit(d, 500, 1);
      xgb.setParam("nthread", 1);
      batch = d.xTest;
      batchRows = d.testRowMajor;
      int nt = d.yTest.length;
      rowsD = new double[nt][d.p];
      rowsF = new float[nt][d.p];
      for (int i = 0; i < nt; i++) {
        for (int j = 0; j < d.p; j++) {
          rowsF[i][j] = d.testRowMajor[i * d.p + j];
          rowsD[i][j] = rowsF[i][j];
        }
      }
    }

    /** Frees the native booster. */
    @TearDown(Level.Trial)
    public void tearDown() {
      xgb.dispose();
    }
  }

  /** Praxis, one row, no allocation. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double predictOnePraxis(PredictState s) {
    int i = s.next++ % s.rowsD.length;
    s.praxis.predictProba(s.rowsD[i], s.work, s.out);
    return s.out[1];
  }

  /** XGBoost4J, one row ({@code inplace_predict}). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public float predictOneXgboost(PredictState s) throws XGBoostError {
    int i = s.next++ % s.rowsF.length;
    return s.xgb.inplace_predict(s.rowsF[i], 1, FEATURES, Float.NaN)[0][0];
  }

  /** Praxis, the held-out batch (one thread). */
  @Benchmark
  public double[][] predictBatchPraxis(PredictState s) {
    return s.praxis.predictProba(s.batch);
  }

  /** XGBoost4J, the held-out batch ({@code inplace_predict}, one thread). */
  @Benchmark
  public float[][] predictBatchXgboost(PredictState s) throws XGBoostError {
    return s.xgb.inplace_predict(s.batchRows, s.batchRows.length / FEATURES, FEATURES, Float.NaN);
  }
}
