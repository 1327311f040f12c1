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
import praxis.linear.Lasso;
import praxis.linear.LassoModel;
import praxis.preprocess.StandardScaler;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.regression.LinearModel;

/**
 * Lasso fit time, Praxis ({@link Lasso}: cyclic coordinate descent, duality-gap stopping, as scikit-learn)
 * versus Smile 3.1.1 ({@code smile.regression.LASSO}: interior-point method with preconditioned conjugate
 * gradients), on all 20,000 rows of LetterRecognition with its 16 numeric features standardized (population
 * standard deviation, as scikit-learn's {@code StandardScaler}). The regression target is the class code: the
 * letter's position in the alphabet (A = 0 … Z = 25) as a number. That target has no linear meaning, but it
 * is numeric, dense and non-degenerate, and it keeps the full 16-feature design of the data set, which is what
 * the timing needs.
 *
 * <p>Both solve the same problem. Praxis (like scikit-learn) minimizes
 * {@code (1/(2n))‖y − Xw − b‖² + alpha‖w‖₁}; Smile minimizes {@code ‖y − X̃w̃ − b‖² + lambda‖w̃‖₁} on its own
 * internally re-standardized copy {@code X̃ = (X − mean) / sd} where {@code sd} is the sample (n − 1)
 * standard deviation, and returns {@code w = w̃ / sd}. Multiplying Praxis' objective by {@code 2n} and
 * substituting gives {@code lambda_j = 2 n alpha sd_j}; the columns are already standardized, so every
 * {@code sd_j} equals {@code sqrt(n / (n − 1))} and one {@code lambda = 2 n alpha sd} is exact. Both stop at a
 * relative tolerance of 1e-4 (Praxis: duality gap, Smile: relative duality gap) with at most 1000 iterations.
 * The setup prints both fitted models' values of Praxis' objective so the times compare equally good
 * solutions.
 *
 * <pre>{@code
 * java -jar praxis-bench/target/benchmarks.jar LassoBench -f 1 -wi 3 -i 5
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class LassoBench {
  /** Praxis / scikit-learn penalty {@code alpha} (Smile's lambda is derived from it). */
  @Param({"0.01", "0.1"})
  public double alpha;

  private static final double TOL = 1e-4;
  private static final int MAX_ITER = 1000;

  private Frame x;
  private Target y;
  private DataFrame smileData;
  private Formula formula;
  private double lambda;

  /** Loads and standardizes the data, converts alpha to Smile's lambda and prints both objectives once. */
  @Setup
  public void setup() {
    Datasets.XY xy = Datasets.xy("LetterRecognition");
    int n = xy.x().rowCount();
    x = new StandardScaler().fit(xy.x(), Target.none(n)).transform(xy.x());
    int[] codes = xy.y().codes();
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = codes[i];
    }
    y = Target.values("letter_code", target);
    double[][] rows = x.toRowArrays();
    int p = x.columnCount();
    double[][] withY = new double[n][p + 1];
    String[] names = new String[p + 1];
    for (int j = 0; j < p; j++) {
      names[j] = "x" + j;
    }
    names[p] = "y";
    for (int i = 0; i < n; i++) {
      System.arraycopy(rows[i], 0, withY[i], 0, p);
      withY[i][p] = target[i];
    }
    smileData = DataFrame.of(withY, names);
    formula = Formula.lhs("y");
    double[] sd = smile.math.MathEx.colSds(rows);
    lambda = 2.0 * n * alpha * sd[0];

    LassoModel pm = praxis();
    LinearModel sm = smile();
    double po = objective(rows, target, pm.coefficients(), pm.intercept());
    double so = objective(rows, target, sm.coefficients(), sm.intercept());
    int pz = 0;
    int sz = 0;
    for (int j = 0; j < p; j++) {
      pz += pm.coefficients()[j] == 0 ? 1 : 0;
      sz += Math.abs(sm.coefficients()[j]) < 1e-8 ? 1 : 0;
    }
    System.out.printf("%n[LetterRecognition %d x %d, target = class code] alpha %.4g = Smile lambda %.6g; "
        + "objective (1/2n)||y - Xw - b||^2 + alpha||w||_1: praxis %.8f (%d zero coefficients, %d sweeps), "
        + "smile %.8f (%d |w| < 1e-8)%n", n, p, alpha, lambda, po, pz, pm.iterations(), so, sz);
  }

  private double objective(double[][] rows, double[] target, double[] w, double b) {
    double rss = 0;
    for (int i = 0; i < rows.length; i++) {
      double r = target[i] - b;
      for (int j = 0; j < w.length; j++) {
        r -= rows[i][j] * w[j];
      }
      rss += r * r;
    }
    double l1 = 0;
    for (double v : w) {
      l1 += Math.abs(v);
    }
    return rss / (2.0 * rows.length) + alpha * l1;
  }

  /** Praxis fit. */
  @Benchmark
  public LassoModel praxis() {
    return new Lasso(Lasso.Params.DEFAULTS.withAlpha(alpha).withStopping(MAX_ITER, TOL)).fit(x, y);
  }

  /** Smile fit. */
  @Benchmark
  public LinearModel smile() {
    return smile.regression.LASSO.fit(formula, smileData, lambda, TOL, MAX_ITER);
  }
}
