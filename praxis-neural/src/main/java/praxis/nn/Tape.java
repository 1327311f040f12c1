package praxis.nn;

import java.util.List;

/**
 * Activation and gradient buffers of a layer stack for one batch size: {@code act[i]} is the input of layer
 * {@code i} ({@code act[L]} the output), {@code grad[i]} the gradient of the loss with respect to
 * {@code act[i]}; all feature-major ({@code width × n}, column-major, one sample per column). Reused across
 * batches of the same size, so training allocates nothing per step.
 */
final class Tape {
  final int n;
  final double[][] act;
  final double[][] grad;
  final Object[] work;

  Tape(int inputSize, List<Layer> layers, int n) {
    this.n = n;
    int l = layers.size();
    act = new double[l + 1][];
    grad = new double[l + 1][];
    work = new Object[l];
    act[0] = new double[inputSize * n];
    grad[0] = new double[inputSize * n];
    for (int i = 0; i < l; i++) {
      Layer layer = layers.get(i);
      act[i + 1] = new double[layer.outputSize() * n];
      grad[i + 1] = new double[layer.outputSize() * n];
      work[i] = layer.newWork(n);
    }
  }

  static void forward(List<Layer> layers, Tape t, Pass pass) {
    for (int i = 0; i < layers.size(); i++) {
      layers.get(i).forward(t.act[i], t.act[i + 1], t.n, t.work[i], pass);
    }
  }

  /** Back-propagates {@code grad[L]}; computes {@code grad[0]} only when {@code inputGrad}. */
  static void backward(List<Layer> layers, Tape t, boolean inputGrad) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      double[] dx = i == 0 && !inputGrad ? null : t.grad[i];
      layers.get(i).backward(t.act[i], t.act[i + 1], t.grad[i + 1], dx, t.n, t.work[i]);
    }
  }
}
