package praxis.bench.trees;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
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
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.Datasets;
import praxis.trees.forest.ForestClassifierParams;
import praxis.trees.forest.ForestClassifierModel;
import praxis.trees.forest.RandomForestClassifier;
import smile.base.cart.SplitRule;
import smile.data.formula.Formula;

/**
 * Random-forest fit time, Praxis ({@link RandomForestClassifier}) versus Smile 3.1.1
 * ({@code smile.classification.RandomForest}), 100 trees, Gini, {@code floor(sqrt(p))} features per node,
 * bootstrap of n rows, leaves of at least 1 row, on the same training rows (80%; the last 20% of a seeded
 * shuffle are held out). Both libraries use {@code threads} threads: Praxis gets {@code nThreads = threads};
 * Smile grows its trees in a parallel stream, run here inside a {@code ForkJoinPool(threads)} so that the
 * stream uses that pool instead of the common one. Praxis splits exactly ({@code maxBins = 0}, the default,
 * as scikit-learn and Smile) or on histograms of at most {@code maxBins} quantile bins per feature (Smile
 * ignores {@code maxBins}). Depth: unlimited for LetterRecognition (Smile: maxDepth 1000 and maxNodes = n),
 * 20 for the generated sets (both; a fully grown forest on 1,000,000 noisy rows would need several GB). At
 * the end of each trial the held-out accuracy of the forest grown by the last timed iteration is printed, so
 * that times compare equally accurate forests (issue target: Praxis fit time at most 0.5x Smile's at accuracy
 * within 0.5 points).
 *
 * <p>Datasets: {@code LetterRecognition} (bundled, 20,000 x 16, 26 classes) and {@code synthetic_R}: R rows
 * x 50 features from {@link #synthetic}, a binary task generated here: features i.i.d. N(0, 1); the score is
 * a fixed linear combination of features 0-9 plus the interactions {@code x10 x11} and {@code sin(2 x12)},
 * {@code |x13|}; the label is {@code score + N(0, 0.5) > 0}, then 5% of the labels are flipped; features
 * 14-49 are pure noise. Same generator seed, same rows for both libraries.
 *
 * <p>Run (one fork; each trial ends by printing its forest's held-out accuracy):
 *
 * <pre>{@code
 * mvn -q -o package -pl praxis-bench -am -DskipTests
 * java -jar praxis-bench/target/benchmarks.jar RandomForestBench -f 1 -wi 1 -i 3 \
 *     -p dataset=LetterRecognition,synthetic_1000000 -p threads=1,2 -p maxBins=0,255
 * # Smile does not depend on maxBins: time it once
 * java -jar praxis-bench/target/benchmarks.jar 'RandomForestBench.smile' -f 1 -wi 1 -i 3 -p maxBins=0 \
 *     -p dataset=LetterRecognition,synthetic_1000000 -p threads=1,2
 * # smoke run on small data
 * java -jar praxis-bench/target/benchmarks.jar RandomForestBench -f 1 -wi 0 -i 1 -p dataset=synthetic_20000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RandomForestBench {
  /** {@code LetterRecognition}, {@code synthetic_1000000}, or a smaller {@code synthetic_R} for smoke runs. */
  @Param({"LetterRecognition", "synthetic_1000000"})
  public String dataset;

  /** Threads of both libraries (2 vs 1 shows the scaling). */
  @Param({"1", "2"})
  public int threads;

  /** Praxis split search: 0 = exact, else histogram split search on at most this many bins per feature. */
  @Param({"0", "255"})
  public int maxBins;

  static final int TREES = 100;

  private Frame xTrain;
  private Target yTrain;
  private Frame xTest;
  private int[] yTest;
  private smile.data.DataFrame smileTrain;
  private double[][] testRows;
  private int mtry;
  private int maxDepth;
  private ForestClassifierModel lastPraxis;
  private smile.classification.RandomForest lastSmile;

  /**
   * The generated binary task described in the class comment.
   *
   * @return {@code [x (row-major, rows x cols), y]} as {@code double[][]{x, y}}
   */
  public static double[][] synthetic(int rows, int cols, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] w = {1.0, -0.8, 0.6, -0.5, 0.4, 0.9, -0.7, 0.3, -0.3, 0.2};
    double[] x = new double[rows * cols];
    double[] y = new double[rows];
    for (int i = 0; i < rows; i++) {
      int o = i * cols;
      for (int j = 0; j < cols; j++) {
        x[o + j] = gaussian(rng);
      }
      double s = 0;
      for (int j = 0; j < w.length; j++) {
        s += w[j] * x[o + j];
      }
      s += x[o + 10] * x[o + 11] + Math.sin(2 * x[o + 12]) + Math.abs(x[o + 13]) - 0.8;
      int label = s + 0.5 * gaussian(rng) > 0 ? 1 : 0;
      if (rng.nextDouble() < 0.05) {
        label = 1 - label;
      }
      y[i] = label;
    }
    return new double[][] {x, y};
  }

  private static double gaussian(SplittableRandom rng) {
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** Builds the data and converts it for Smile. */
  @Setup
  public void setup() throws Exception {
    double[][] rowsAll;
    int[] yAll;
    String[] names;
    if (dataset.startsWith("synthetic_")) {
      int n = Integer.parseInt(dataset.substring("synthetic_".length()));
      int p = 50;
      double[][] g = synthetic(n, p, 42L);
      rowsAll = new double[n][p];
      yAll = new int[n];
      for (int i = 0; i < n; i++) {
        System.arraycopy(g[0], i * p, rowsAll[i], 0, p);
        yAll[i] = (int) g[1][i];
      }
      names = new String[p];
      for (int j = 0; j < p; j++) {
        names[j] = "x" + j;
      }
      maxDepth = 20;
    } else {
      Datasets.XY xy = Datasets.xy(dataset);
      rowsAll = xy.x().toRowArrays();
      yAll = xy.y().codes();
      names = xy.x().schema().names().toArray(new String[0]);
      maxDepth = 0;
    }
    int n = rowsAll.length;
    int p = names.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(7);
    for (int i = n - 1; i > 0; i--) {
      int k = rng.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[k];
      perm[k] = t;
    }
    int nTrain = (int) (0.8 * n);
    double[][] train = new double[nTrain][];
    int[] yTr = new int[nTrain];
    testRows = new double[n - nTrain][];
    yTest = new int[n - nTrain];
    for (int i = 0; i < n; i++) {
      if (i < nTrain) {
        train[i] = rowsAll[perm[i]];
        yTr[i] = yAll[perm[i]];
      } else {
        testRows[i - nTrain] = rowsAll[perm[i]];
        yTest[i - nTrain] = yAll[perm[i]];
      }
    }
    xTrain = frame(train, names);
    xTest = frame(testRows, names);
    String[] labels = new String[nTrain];
    for (int i = 0; i < nTrain; i++) {
      labels[i] = Integer.toString(yTr[i] + 100);
    }
    yTrain = Target.classes(labels);
    smileTrain = smile.data.DataFrame.of(train, names).merge(smile.data.vector.IntVector.of("y", yTr));
    mtry = Math.max(1, (int) Math.sqrt(p));

  }

  /**
   * Prints the held-out accuracy of the forest the last timed iteration grew (so that times compare equally
   * accurate forests without extra fits).
   */
  @TearDown(Level.Trial)
  public void accuracy() {
    int ok = 0;
    String who;
    if (lastPraxis != null) {
      int[] pp = lastPraxis.predict(xTest);
      for (int i = 0; i < yTest.length; i++) {
        // Praxis class codes follow the sorted label strings "100", "101", ... = original code order
        ok += pp[i] == yTest[i] ? 1 : 0;
      }
      who = "praxis";
    } else if (lastSmile != null) {
      smile.data.type.StructType schema = smileTrain.drop("y").schema();
      for (int i = 0; i < yTest.length; i++) {
        ok += lastSmile.predict(smile.data.Tuple.of(testRows[i], schema)) == yTest[i] ? 1 : 0;
      }
      who = "smile";
    } else {
      return;
    }
    System.out.printf("%n[%s, threads=%d, maxBins=%d] %s held-out accuracy %.4f%n", dataset, threads, maxBins, who,
        (double) ok / yTest.length);
  }

  private static Frame frame(double[][] rows, String[] names) {
    DoubleColumn[] cols = new DoubleColumn[names.length];
    for (int j = 0; j < names.length; j++) {
      double[] v = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        v[i] = rows[i][j];
      }
      cols[j] = DoubleColumn.wrap(names[j], v);
    }
    return Frame.of(cols);
  }

  /** Praxis fit on {@code threads} threads. */
  @Benchmark
  public ForestClassifierModel praxis() {
    ForestClassifierParams p = RandomForestClassifier.DEFAULTS.withNTrees(TREES)
        .withMaxFeatures(Integer.toString(mtry)).withNThreads(threads).withMaxBins(maxBins);
    if (maxDepth > 0) {
      p = p.withMaxDepth(maxDepth);
    }
    lastPraxis = new RandomForestClassifier(p).fit(xTrain, yTrain);
    return lastPraxis;
  }

  /** Smile fit, trees in parallel on a fork-join pool of {@code threads} threads. */
  @Benchmark
  public smile.classification.RandomForest smile() throws Exception {
    int n = smileTrain.nrow();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // a parallel stream started inside a pool's task runs on that pool
      lastSmile = pool.submit(() -> smile.classification.RandomForest.fit(Formula.lhs("y"), smileTrain, TREES, mtry,
          SplitRule.GINI, maxDepth > 0 ? maxDepth : 1000, n, 1, 1.0, null,
          LongStream.range(0, TREES).map(s -> s + 1))).get();
      return lastSmile;
    } finally {
      pool.shutdown();
    }
  }
}
