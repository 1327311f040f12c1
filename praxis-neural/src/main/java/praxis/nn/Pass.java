package praxis.nn;

import java.util.SplittableRandom;

/** Mode of one forward pass: training (dropout on, batch statistics) or inference, and the dropout source. */
final class Pass {
  static final Pass INFERENCE = new Pass(false, null);
  final boolean training;
  final SplittableRandom rng;

  Pass(boolean training, SplittableRandom rng) {
    this.training = training;
    this.rng = rng;
  }
}
