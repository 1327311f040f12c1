package praxis.bench.nn;

import dev.ludovic.netlib.blas.BLAS;
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
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.nn.BatchGradients;
import praxis.nn.Loss;
import praxis.nn.Network;
import praxis.nn.OptimizerKind;
import praxis.nn.Precision;
import praxis.nn.Trainer;
import praxis.nn.TrainingConfig;
import praxis.preprocess.StandardScaler;

/**
 * One training epoch of an MLP {@code p → 256 → 256 → k} (ReLU, softmax cross-entropy, plain SGD at 0.01,
 * mini-batches of 128) on standardized digits or LetterRecognition: Praxis ({@link Trainer}) versus Smile's
 * {@code smile.classification.MLP} (same layers, {@code update(batch, labels)} per mini-batch, constant
 * learning rate 0.01, Smile's default momentum 0 and weight decay 0: plain mini-batch SGD as Praxis here). On
 * digits the network is the issue's {@code 64 → 256 → 256 → 10}; on LetterRecognition {@code 16 → 256 → 256
 * → 26}. scikit-learn's side is {@code praxis-bench/scripts/mlp_epoch_time.py} (same architecture, batch and
 * optimizer; see its header for how one epoch is timed).
 *
 * <p>{@code precision}: the Praxis network trains in {@link Precision#FLOAT64} or {@link Precision#FLOAT32}
 * (single-precision GEMMs, float activations and gradients); compare {@code praxisEpoch} across the two
 * values. Smile always trains in double, so {@code smileEpoch} does not depend on it (it is measured once per
 * value; restrict it with {@code -p precision=FLOAT64}). The dense-layer benchmarks follow the precision too:
 * {@code rawGemm}/{@code rawGemmForwardBackward} call {@code dgemm} or {@code sgemm} accordingly.
 *
 * <p>GEMM throughput: one {@code 256 → 256} dense layer on 128 samples, inference only
 * ({@code denseLayerForward} vs {@code rawGemm}: one GEMM) and a full training step's forward + backward
 * ({@code denseLayerForwardBackward}, via {@link BatchGradients} with an MSE loss: {@code Y = W X},
 * {@code dW = dY Xᵀ}, {@code dX = Wᵀ dY} plus the bias and loss work) vs {@code rawGemmForwardBackward}, the
 * three raw {@link LinAlg#gemm} calls of the same shapes and transpositions. The issue asks for the layer to
 * reach at least 50% of the raw GEMM throughput, i.e. {@code rawGemm… time / denseLayer… time >= 0.5}.
 *
 * <p>The backend is netlib's JNI BLAS (OpenBLAS): on a shared or small machine pin its threads
 * ({@code OPENBLAS_NUM_THREADS=1}, as for the scikit-learn script) — with an oversubscribed multi-threaded BLAS
 * a smoke run measured the digits epoch at about 1,000 ms instead of about 270 ms single-threaded.
 *
 * <pre>{@code
 * OPENBLAS_NUM_THREADS=1 java -jar praxis-bench/target/benchmarks.jar MlpBench -f 1 -wi 3 -i 5
 * # float32 vs float64 epochs only:
 * OPENBLAS_NUM_THREADS=1 java -jar praxis-bench/target/benchmarks.jar 'MlpBench.praxisEpoch' -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class MlpBench {
  private static final int HIDDEN = 256;
  private static final int BATCH = 128;

  /** digits (1,797 × 64, 10 classes) or LetterRecognition (20,000 × 16, 26 classes). */
  @Param({"digits", "LetterRecognition"})
  public String dataset;

  /** Precision of the Praxis network (FLOAT64 or FLOAT32). */
  @Param({"FLOAT64", "FLOAT32"})
  public String precision;

  private double[][] rows;
  private int[] labels;
  private double[] featureMajor;
  private double[] codes;
  private int p;
  private int k;
  private TrainingConfig oneEpoch;
  private Network praxisNet;
  private smile.classification.MLP smileNet;
  private double[] denseInput;
  private Network denseLayer;
  private DenseMatrix gemmA;
  private DenseMatrix gemmB;
  private DenseMatrix gemmC;
  private BatchGradients denseGrad;
  private double[] denseTarget;
  private DenseMatrix gemmDy;
  private DenseMatrix gemmDw;
  private DenseMatrix gemmDx;
  private boolean f32;
  private float[] sA;
  private float[] sB;
  private float[] sC;
  private float[] sDy;
  private float[] sDw;
  private float[] sDx;

  /** Loads and standardizes the data and builds both networks. */
  @Setup
  public void setup() {
    Datasets.XY xy = Datasets.xy(dataset);
    Frame x = new StandardScaler().fit(xy.x(), Target.none(xy.x().rowCount())).transform(xy.x());
    rows = x.toRowArrays();
    labels = xy.y().codes();
    int n = rows.length;
    p = rows[0].length;
    k = xy.y().classCount();
    featureMajor = new double[n * p];
    codes = new double[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows[i], 0, featureMajor, i * p, p);
      codes[i] = labels[i];
    }
    oneEpoch = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.SGD, 0.01).withEpochs(1).withBatchSize(BATCH);
    Precision pr = Precision.parse(precision);
    f32 = pr == Precision.FLOAT32;
    praxisNet = Network.builder(p).precision(pr).dense(HIDDEN).relu().dense(HIDDEN).relu().dense(k).build(0L);
    smileNet = new smile.classification.MLP(smile.base.mlp.Layer.input(p), smile.base.mlp.Layer.rectifier(HIDDEN),
        smile.base.mlp.Layer.rectifier(HIDDEN), smile.base.mlp.Layer.mle(k, smile.base.mlp.OutputFunction.SOFTMAX));
    smileNet.setLearningRate(smile.math.TimeFunction.constant(0.01));
    denseLayer = Network.builder(HIDDEN).precision(pr).dense(HIDDEN).build(1L);
    denseInput = new double[HIDDEN * BATCH];
    for (int i = 0; i < denseInput.length; i++) {
      denseInput[i] = Math.sin(i);
    }
    gemmA = DenseMatrix.wrap(HIDDEN, HIDDEN, denseLayer.layers().get(0).params().get(0).value().clone());
    gemmB = DenseMatrix.wrap(HIDDEN, BATCH, denseInput.clone());
    gemmC = new DenseMatrix(HIDDEN, BATCH);
    denseGrad = new BatchGradients(denseLayer, BATCH, 0L);
    denseTarget = new double[HIDDEN * BATCH];
    for (int i = 0; i < denseTarget.length; i++) {
      denseTarget[i] = Math.cos(i);
    }
    gemmDy = DenseMatrix.wrap(HIDDEN, BATCH, denseTarget.clone());
    gemmDw = new DenseMatrix(HIDDEN, HIDDEN);
    gemmDx = new DenseMatrix(HIDDEN, BATCH);
    sA = toFloat(gemmA.data());
    sB = toFloat(gemmB.data());
    sC = new float[HIDDEN * BATCH];
    sDy = toFloat(gemmDy.data());
    sDw = new float[HIDDEN * HIDDEN];
    sDx = new float[HIDDEN * BATCH];
  }

  private static float[] toFloat(double[] v) {
    float[] f = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      f[i] = (float) v[i];
    }
    return f;
  }

  /** One Praxis epoch. */
  @Benchmark
  public Network praxisEpoch() {
    new Trainer(oneEpoch).fit(praxisNet, featureMajor, codes.length, codes, Loss.SOFTMAX_CROSS_ENTROPY);
    return praxisNet;
  }

  /** One Smile epoch (same batches in order; Smile has no shuffling of its own here). */
  @Benchmark
  public smile.classification.MLP smileEpoch() {
    int n = rows.length;
    for (int from = 0; from < n; from += BATCH) {
      int m = Math.min(BATCH, n - from);
      double[][] xb = new double[m][];
      int[] yb = new int[m];
      for (int b = 0; b < m; b++) {
        xb[b] = rows[from + b];
        yb[b] = labels[from + b];
      }
      smileNet.update(xb, yb);
    }
    return smileNet;
  }

  /** Inference of one 256 → 256 dense layer on 128 samples (GEMM + bias). */
  @Benchmark
  public double[] denseLayerForward() {
    return denseLayer.forward(denseInput, BATCH);
  }

  /** The raw GEMM of the same shape (256 × 256 times 256 × 128; sgemm for FLOAT32). */
  @Benchmark
  public Object rawGemm() {
    if (f32) {
      BLAS.getInstance().sgemm("N", "N", HIDDEN, BATCH, HIDDEN, 1f, sA, HIDDEN, sB, HIDDEN, 0f, sC, HIDDEN);
      return sC;
    }
    return LinAlg.gemm(false, false, 1.0, gemmA, gemmB, 0.0, gemmC);
  }

  /** Forward + backward of one 256 → 256 dense layer on 128 samples (MSE loss, input gradient included). */
  @Benchmark
  public double denseLayerForwardBackward() {
    return denseGrad.compute(denseInput, denseTarget, Loss.MSE, null);
  }

  /** The three raw GEMMs of a dense layer's training step: {@code W X}, {@code dY Xᵀ}, {@code Wᵀ dY}. */
  @Benchmark
  public Object rawGemmForwardBackward() {
    if (f32) {
      BLAS b = BLAS.getInstance();
      b.sgemm("N", "N", HIDDEN, BATCH, HIDDEN, 1f, sA, HIDDEN, sB, HIDDEN, 0f, sC, HIDDEN);
      b.sgemm("N", "T", HIDDEN, HIDDEN, BATCH, 1f, sDy, HIDDEN, sB, HIDDEN, 0f, sDw, HIDDEN);
      b.sgemm("T", "N", HIDDEN, BATCH, HIDDEN, 1f, sA, HIDDEN, sDy, HIDDEN, 0f, sDx, HIDDEN);
      return sDx;
    }
    LinAlg.gemm(false, false, 1.0, gemmA, gemmB, 0.0, gemmC);
    LinAlg.gemm(false, true, 1.0, gemmDy, gemmB, 0.0, gemmDw);
    return LinAlg.gemm(true, false, 1.0, gemmA, gemmDy, 0.0, gemmDx);
  }
}
