package praxis.nn;

import java.util.List;
import praxis.io.State;

/**
 * Layer normalization (Ba, Kiros and Hinton 2016) over the features of each sample:
 * {@code y = gamma (x - mean_x) / sqrt(var_x + eps) + beta}, identical in training and inference.
 * Cost: O(width) per sample.
 *
 * <pre>{@code
 * Network net = Network.builder(16).dense(32).layerNorm().gelu().dense(1).build(5L);
 * }</pre>
 */
public final class LayerNorm extends Layer {
  private final double eps;
  private final Param gamma;
  private final Param beta;

  /** With eps 1e-5. */
  public LayerNorm(int width) {
    this(width, 1e-5);
  }

  /**
   * @param width features (&gt;= 1)
   * @param eps added to the variance (&gt; 0)
   */
  public LayerNorm(int width, double eps) {
    super(Dense.checkSize(width, "width"), width);
    if (!(eps > 0)) {
      throw new IllegalArgumentException("layer-norm eps must be > 0 but was " + eps);
    }
    this.eps = eps;
    gamma = new Param("gamma", width, 1, true, false);
    beta = new Param("beta", width, 1, true, false);
    java.util.Arrays.fill(gamma.value(), 1.0);
  }

  @Override
  public String kind() {
    return "layer_norm";
  }

  @Override
  public List<Param> params() {
    return List.of(gamma, beta);
  }

  @Override
  void initialize(Init init, java.util.SplittableRandom rng) {
    java.util.Arrays.fill(gamma.value(), 1.0);
    java.util.Arrays.fill(beta.value(), 0.0);
  }

  private record Work(double[] xhat, double[] invStd) {}

  @Override
  Object newWork(int n) {
    return new Work(new double[inputSize() * n], new double[n]);
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    int d = inputSize();
    double[] g = gamma.value();
    double[] b = beta.value();
    Work w = (Work) work;
    for (int i = 0; i < n; i++) {
      int o = i * d;
      double mean = 0;
      for (int j = 0; j < d; j++) {
        mean += x[o + j];
      }
      mean /= d;
      double var = 0;
      for (int j = 0; j < d; j++) {
        double c = x[o + j] - mean;
        var += c * c;
      }
      double inv = 1.0 / Math.sqrt(var / d + eps);
      if (w != null) {
        w.invStd[i] = inv;
      }
      for (int j = 0; j < d; j++) {
        double h = (x[o + j] - mean) * inv;
        if (w != null) {
          w.xhat[o + j] = h;
        }
        y[o + j] = g[j] * h + b[j];
      }
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    int d = inputSize();
    Work w = (Work) work;
    double[] g = gamma.value();
    if (!frozen()) {
      double[] dg = gamma.grad();
      double[] db = beta.grad();
      java.util.Arrays.fill(dg, 0.0);
      java.util.Arrays.fill(db, 0.0);
      for (int i = 0; i < n; i++) {
        int o = i * d;
        for (int j = 0; j < d; j++) {
          dg[j] += dy[o + j] * w.xhat[o + j];
          db[j] += dy[o + j];
        }
      }
    }
    if (dx == null) {
      return;
    }
    for (int i = 0; i < n; i++) {
      int o = i * d;
      double s1 = 0;
      double s2 = 0;
      for (int j = 0; j < d; j++) {
        double gh = dy[o + j] * g[j];
        s1 += gh;
        s2 += gh * w.xhat[o + j];
      }
      double inv = w.invStd[i];
      for (int j = 0; j < d; j++) {
        dx[o + j] = inv / d * (d * dy[o + j] * g[j] - s1 - w.xhat[o + j] * s2);
      }
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new LayerNorm(inputSize(), eps));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("eps", eps);
  }
}
