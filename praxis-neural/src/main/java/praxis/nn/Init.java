package praxis.nn;

import java.util.SplittableRandom;

/**
 * Weight initializers for a {@code fanOut × fanIn} matrix (biases start at zero): Glorot/Xavier (Glorot and
 * Bengio 2010) for tanh/sigmoid, He (He et al. 2015) for ReLU, orthogonal (Saxe et al. 2014: Gram–Schmidt on
 * a Gaussian matrix), a standard normal and a naive small normal (to demonstrate vanishing/exploding gradients).
 *
 * <pre>{@code
 * Network net = Network.builder(8).init(Init.HE_NORMAL).dense(16).relu().dense(1).build(1L);
 * }</pre>
 */
public enum Init {
  /** Uniform on {@code ±sqrt(6 / (fanIn + fanOut))}. */
  XAVIER_UNIFORM,
  /** Normal with standard deviation {@code sqrt(2 / (fanIn + fanOut))}. */
  XAVIER_NORMAL,
  /** Uniform on {@code ±sqrt(6 / fanIn)}. */
  HE_UNIFORM,
  /** Normal with standard deviation {@code sqrt(2 / fanIn)}. */
  HE_NORMAL,
  /** Orthonormal rows (or columns, whichever are fewer) from Gram–Schmidt on a standard normal matrix. */
  ORTHOGONAL,
  /** Standard normal N(0, 1), ignoring the fan (also the embedding tables' initializer). */
  STANDARD_NORMAL,
  /** N(0, 0.01^2), ignoring the fan: the naive choice under which deep sigmoid stacks' gradients vanish. */
  SMALL_NORMAL;

  /** Fills the column-major {@code rows × cols} matrix {@code w} (fanOut = rows, fanIn = cols). */
  void fill(double[] w, int rows, int cols, SplittableRandom rng) {
    switch (this) {
      case XAVIER_UNIFORM -> uniform(w, Math.sqrt(6.0 / (rows + cols)), rng);
      case XAVIER_NORMAL -> normal(w, Math.sqrt(2.0 / (rows + cols)), rng);
      case HE_UNIFORM -> uniform(w, Math.sqrt(6.0 / cols), rng);
      case HE_NORMAL -> normal(w, Math.sqrt(2.0 / cols), rng);
      case STANDARD_NORMAL -> normal(w, 1.0, rng);
      case SMALL_NORMAL -> normal(w, 0.01, rng);
      case ORTHOGONAL -> orthogonal(w, rows, cols, rng);
      default -> throw new IllegalStateException("unknown initializer " + this);
    }
  }

  private static void uniform(double[] w, double limit, SplittableRandom rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = (2 * rng.nextDouble() - 1) * limit;
    }
  }

  private static void normal(double[] w, double std, SplittableRandom rng) {
    for (int i = 0; i < w.length; i++) {
      w[i] = gaussian(rng) * std;
    }
  }

  /** A standard normal draw (Box–Muller, one value per call). */
  static double gaussian(SplittableRandom rng) {
    double u1 = rng.nextDouble();
    double u2 = rng.nextDouble();
    return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
  }

  private static void orthogonal(double[] w, int rows, int cols, SplittableRandom rng) {
    normal(w, 1.0, rng);
    // orthonormalize the shorter dimension's vectors: columns when rows >= cols, rows otherwise
    boolean byColumn = rows >= cols;
    int count = byColumn ? cols : rows;
    int len = byColumn ? rows : cols;
    int stride = byColumn ? 1 : rows;
    for (int a = 0; a < count; a++) {
      int baseA = byColumn ? a * rows : a;
      for (int b = 0; b < a; b++) {
        int baseB = byColumn ? b * rows : b;
        double dot = 0;
        for (int t = 0; t < len; t++) {
          dot += w[baseA + t * stride] * w[baseB + t * stride];
        }
        for (int t = 0; t < len; t++) {
          w[baseA + t * stride] -= dot * w[baseB + t * stride];
        }
      }
      double norm = 0;
      for (int t = 0; t < len; t++) {
        norm += w[baseA + t * stride] * w[baseA + t * stride];
      }
      norm = Math.sqrt(norm);
      for (int t = 0; t < len; t++) {
        w[baseA + t * stride] /= norm;
      }
    }
  }
}
