package praxis.nn;

import java.util.List;
import praxis.io.State;

/**
 * Batch normalization (Ioffe and Szegedy 2015) over each feature: in training
 * {@code y = gamma (x - mean_B) / sqrt(var_B + eps) + beta} with the batch mean and (biased) variance, and
 * running estimates updated as {@code running = (1 - momentum) running + momentum batch} (unbiased variance,
 * as PyTorch); at inference, and in training while the layer is {@link #setFrozen frozen} (transfer
 * learning), the running estimates are used and left unchanged. Cost: O(width) per sample.
 *
 * <pre>{@code
 * Network net = Network.builder(20).dense(64).batchNorm().relu().dense(2).build(3L);
 * }</pre>
 */
public final class BatchNorm extends Layer {
  private final double momentum;
  private final double eps;
  private final Param gamma;
  private final Param beta;
  private final Param runningMean;
  private final Param runningVar;

  /** Momentum 0.1 and eps 1e-5 (PyTorch's defaults). */
  public BatchNorm(int width) {
    this(width, 0.1, 1e-5);
  }

  /**
   * @param width features (&gt;= 1)
   * @param momentum weight of the current batch in the running statistics, in (0, 1]
   * @param eps added to the variance (&gt; 0)
   */
  public BatchNorm(int width, double momentum, double eps) {
    super(Dense.checkSize(width, "width"), width);
    if (!(momentum > 0 && momentum <= 1)) {
      throw new IllegalArgumentException("batch-norm momentum must be in (0, 1] but was " + momentum);
    }
    if (!(eps > 0)) {
      throw new IllegalArgumentException("batch-norm eps must be > 0 but was " + eps);
    }
    this.momentum = momentum;
    this.eps = eps;
    gamma = new Param("gamma", width, 1, true, false);
    beta = new Param("beta", width, 1, true, false);
    runningMean = new Param("runningMean", width, 1, false, false);
    runningVar = new Param("runningVar", width, 1, false, false);
    java.util.Arrays.fill(gamma.value(), 1.0);
    java.util.Arrays.fill(runningVar.value(), 1.0);
  }

  /** The variance offset. */
  double eps() {
    return eps;
  }

  @Override
  public String kind() {
    return "batch_norm";
  }

  @Override
  public List<Param> params() {
    return List.of(gamma, beta, runningMean, runningVar);
  }

  @Override
  void initialize(Init init, java.util.SplittableRandom rng) {
    java.util.Arrays.fill(gamma.value(), 1.0);
    java.util.Arrays.fill(beta.value(), 0.0);
    java.util.Arrays.fill(runningMean.value(), 0.0);
    java.util.Arrays.fill(runningVar.value(), 1.0);
  }

  /** Work: normalized values, per-feature inverse standard deviation and two accumulators. */
  private record Work(double[] xhat, double[] invStd, double[] s1, double[] s2) {}

  @Override
  Object newWork(int n) {
    int d = inputSize();
    return new Work(new double[d * n], new double[d], new double[d], new double[d]);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    int d = inputSize();
    double[] g = gamma.value();
    double[] b = beta.value();
    if (!pass.training || frozen()) {
      double[] rm = runningMean.value();
      double[] rv = runningVar.value();
      for (int i = 0; i < n; i++) {
        int o = i * d;
        for (int j = 0; j < d; j++) {
          y[o + j] = g[j] * (x[o + j] - rm[j]) / Math.sqrt(rv[j] + eps) + b[j];
        }
      }
      return;
    }
    Work w = (Work) work;
    double[] mean = w.s1;
    double[] var = w.s2;
    java.util.Arrays.fill(mean, 0.0);
    java.util.Arrays.fill(var, 0.0);
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int j = 0; j < d; j++) {
        mean[j] += x[o + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int j = 0; j < d; j++) {
        double c = x[o + j] - mean[j];
        var[j] += c * c;
      }
    }
    double[] rm = runningMean.value();
    double[] rv = runningVar.value();
    for (int j = 0; j < d; j++) {
      double v = var[j] / n;
      w.invStd[j] = 1.0 / Math.sqrt(v + eps);
      rm[j] = (1 - momentum) * rm[j] + momentum * mean[j];
      rv[j] = (1 - momentum) * rv[j] + momentum * (n > 1 ? var[j] / (n - 1) : v);
    }
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int j = 0; j < d; j++) {
        double h = (x[o + j] - mean[j]) * w.invStd[j];
        w.xhat[o + j] = h;
        y[o + j] = g[j] * h + b[j];
      }
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    int d = inputSize();
    if (frozen()) {
      // a frozen layer normalizes with its running statistics (a fixed affine map)
      if (dx != null) {
        double[] g = gamma.value();
        double[] rv = runningVar.value();
        for (int i = 0; i < n; i++) {
          int o = i * d;
          for (int j = 0; j < d; j++) {
            dx[o + j] = dy[o + j] * g[j] / Math.sqrt(rv[j] + eps);
          }
        }
      }
      return;
    }
    Work w = (Work) work;
    double[] sumDy = w.s1;
    double[] sumDyH = w.s2;
    java.util.Arrays.fill(sumDy, 0.0);
    java.util.Arrays.fill(sumDyH, 0.0);
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int j = 0; j < d; j++) {
        sumDy[j] += dy[o + j];
        sumDyH[j] += dy[o + j] * w.xhat[o + j];
      }
    }
    if (!frozen()) {
      System.arraycopy(sumDyH, 0, gamma.grad(), 0, d);
      System.arraycopy(sumDy, 0, beta.grad(), 0, d);
    }
    if (dx == null) {
      return;
    }
    double[] g = gamma.value();
    for (int i = 0; i < n; i++) {
      int o = i * d;
      for (int j = 0; j < d; j++) {
        dx[o + j] = g[j] * w.invStd[j] / n * (n * dy[o + j] - sumDy[j] - w.xhat[o + j] * sumDyH[j]);
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new BatchNorm(inputSize(), momentum, eps));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("momentum", momentum).put("eps", eps);
  }
}
