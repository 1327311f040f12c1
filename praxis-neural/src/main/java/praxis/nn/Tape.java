package praxis.nn;

import java.util.List;

/**
 * Activation and gradient buffers of a layer stack for one batch size: {@code act[i]} is the input of layer
 * {@code i} ({@code act[L]} the output), {@code grad[i]} the gradient of the loss with respect to
 * {@code act[i]}; all feature-major ({@code width × n}, column-major, one sample per column). Reused across
 * batches of the same size, so training allocates nothing per step.
 *
 * <p>A {@link Precision#FLOAT32} tape keeps the layer buffers in {@code act32}/{@code grad32}; with
 * {@code boundary} it also has double {@code act[0]}, {@code act[L]}, {@code grad[0]} and {@code grad[L]}
 * (input, output, loss gradient, input gradient), which {@link #forward} and {@link #backward} convert, so
 * callers feed and read a float32 tape exactly as a float64 one.
 */
final class Tape {
  final int n;
  final double[][] act;
  final double[][] grad;
  final float[][] act32;
  final float[][] grad32;
  final Object[] work;

  Tape(int inputSize, List<Layer> layers, int n) {
    this(inputSize, layers, n, Precision.FLOAT64, true);
  }

  Tape(int inputSize, List<Layer> layers, int n, Precision precision, boolean boundary) {
    this.n = n;
    int l = layers.size();
    boolean f32 = precision == Precision.FLOAT32;
    act = new double[l + 1][];
    grad = new double[l + 1][];
    act32 = f32 ? new float[l + 1][] : null;
    grad32 = f32 ? new float[l + 1][] : null;
    work = new Object[l];
    for (int i = 0; i <= l; i++) {
      int w = i == 0 ? inputSize : layers.get(i - 1).outputSize();
      if (f32) {
        act32[i] = new float[w * n];
        grad32[i] = new float[w * n];
      }
      if (!f32 || (boundary && (i == 0 || i == l))) {
        act[i] = new double[w * n];
        grad[i] = new double[w * n];
      }
      if (i < l) {
        work[i] = f32 ? layers.get(i).newWork32(n) : layers.get(i).newWork(n);
      }
    }
  }

  /** Forward through the stack from {@code act[0]} to {@code act[L]} (converted on a float32 tape). */
  static void forward(List<Layer> layers, Tape t, Pass pass) {
    int l = layers.size();
    if (t.act32 != null) {
      Layer.narrow(t.act[0], t.act32[0], t.act[0].length);
      forward32(layers, t, pass);
      Layer.widen(t.act32[l], t.act[l], t.act[l].length);
      return;
    }
    for (int i = 0; i < l; i++) {
      layers.get(i).forward(t.act[i], t.act[i + 1], t.n, t.work[i], pass);
    }
  }

  /** Float32 forward on {@code act32} only. */
  static void forward32(List<Layer> layers, Tape t, Pass pass) {
    for (int i = 0; i < layers.size(); i++) {
      layers.get(i).forward32(t.act32[i], t.act32[i + 1], t.n, t.work[i], pass);
    }
  }

  /** Back-propagates {@code grad[L]}; computes {@code grad[0]} only when {@code inputGrad}. */
  static void backward(List<Layer> layers, Tape t, boolean inputGrad) {
    int l = layers.size();
    if (t.grad32 != null) {
      Layer.narrow(t.grad[l], t.grad32[l], t.grad[l].length);
      backward32(layers, t, inputGrad);
      if (inputGrad) {
        Layer.widen(t.grad32[0], t.grad[0], t.grad[0].length);
      }
      return;
    }
    for (int i = l - 1; i >= 0; i--) {
      double[] dx = i == 0 && !inputGrad ? null : t.grad[i];
      layers.get(i).backward(t.act[i], t.act[i + 1], t.grad[i + 1], dx, t.n, t.work[i]);
    }
  }

  /** Float32 backward on {@code grad32} only. */
  static void backward32(List<Layer> layers, Tape t, boolean inputGrad) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      float[] dx = i == 0 && !inputGrad ? null : t.grad32[i];
      layers.get(i).backward32(t.act32[i], t.act32[i + 1], t.grad32[i + 1], dx, t.n, t.work[i]);
    }
  }
}
