package praxis.nn;

import praxis.io.State;

/**
 * Inverted dropout (Srivastava et al. 2014): in training each value is zeroed with probability {@code rate}
 * and the survivors scaled by {@code 1 / (1 - rate)}, so inference is the identity (no rescaling). The mask
 * comes from the training run's seeded generator, so the same seed gives the same masks (in float32 and
 * float64 networks alike: the float32 path draws the same sequence).
 *
 * <pre>{@code
 * Network net = Network.builder(64).dense(256).relu().dropout(0.5).dense(10).build(0L);
 * }</pre>
 */
public final class Dropout extends Layer {
  private final double rate;

  /**
   * @param width sample width (&gt;= 1)
   * @param rate drop probability in [0, 1)
   */
  public Dropout(int width, double rate) {
    super(Dense.checkSize(width, "width"), width);
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1) but was " + rate
          + "; use e.g. 0.2 (0 disables dropout)");
    }
    this.rate = rate;
  }

  /** The drop probability. */
  public double rate() {
    return rate;
  }

  @Override
  public String kind() {
    return "dropout";
  }

  @Override
  Object newWork(int n) {
    return new double[inputSize() * n];
  }

  @Override
  void forward(double[] x, double[] y, int n, Object work, Pass pass) {
    int len = inputSize() * n;
    if (!pass.training || rate == 0) {
      System.arraycopy(x, 0, y, 0, len);
      if (work != null) {
        java.util.Arrays.fill((double[]) work, 0, len, 1.0);
      }
      return;
    }
    double[] mask = (double[]) work;
    double keep = 1.0 / (1.0 - rate);
    for (int i = 0; i < len; i++) {
      double m = pass.rng.nextDouble() < rate ? 0.0 : keep;
      mask[i] = m;
      y[i] = x[i] * m;
    }
  }

  @Override
  void backward(double[] x, double[] y, double[] dy, double[] dx, int n, Object work) {
    if (dx == null) {
      return;
    }
    double[] mask = (double[]) work;
    int len = inputSize() * n;
    for (int i = 0; i < len; i++) {
      dx[i] = dy[i] * mask[i];
    }
  }

  @Override
  Object newWork32(int n) {
    return new float[inputSize() * n];
  }

  @Override
  void forward32(float[] x, float[] y, int n, Object work, Pass pass) {
    int len = inputSize() * n;
    float[] mask = (float[]) work;
    if (!pass.training || rate == 0) {
      System.arraycopy(x, 0, y, 0, len);
      if (mask != null) {
        java.util.Arrays.fill(mask, 0, len, 1f);
      }
      return;
    }
    float keep = (float) (1.0 / (1.0 - rate));
    for (int i = 0; i < len; i++) {
      float m = pass.rng.nextDouble() < rate ? 0f : keep;
      mask[i] = m;
      y[i] = x[i] * m;
    }
  }

  @Override
  void backward32(float[] x, float[] y, float[] dy, float[] dx, int n, Object work) {
    if (dx == null) {
      return;
    }
    float[] mask = (float[]) work;
    int len = inputSize() * n;
    for (int i = 0; i < len; i++) {
      dx[i] = dy[i] * mask[i];
    }
  }

  @Override
  Layer copy() {
    return copyParamsInto(new Dropout(inputSize(), rate));
  }

  @Override
  State.Builder config() {
    return State.builder(kind()).put("rate", rate);
  }
}
