package praxis.nn;

import praxis.optim.AdaGrad;
import praxis.optim.Adam;
import praxis.optim.LearningRateSchedule;
import praxis.optim.Optimizer;
import praxis.optim.RmsProp;
import praxis.optim.Sgd;

/**
 * The optimizers a {@link Trainer} can use, all from {@code praxis.optim}: plain SGD, SGD with momentum,
 * Nesterov momentum, AdaGrad, RMSProp, Adam and AdamW (Adam with decoupled weight decay applied to weights
 * only, not to biases or normalization scales).
 *
 * <pre>{@code
 * TrainingConfig c = TrainingConfig.DEFAULTS.withOptimizer(OptimizerKind.NESTEROV, 0.05);
 * }</pre>
 */
public enum OptimizerKind {
  /** Plain stochastic gradient descent. */
  SGD,
  /** SGD with heavy-ball momentum. */
  MOMENTUM,
  /** SGD with Nesterov momentum. */
  NESTEROV,
  /** AdaGrad (eps 1e-8). */
  ADAGRAD,
  /** RMSProp (rho 0.9, eps 1e-8). */
  RMSPROP,
  /** Adam (0.9, 0.999, 1e-8). */
  ADAM,
  /** AdamW: Adam with decoupled weight decay on the weights. */
  ADAMW;

  /** A fresh optimizer for one parameter block. */
  Optimizer create(LearningRateSchedule schedule, double momentum, double weightDecay, boolean decays) {
    return switch (this) {
      case SGD -> new Sgd(schedule, 0.0, false);
      case MOMENTUM -> new Sgd(schedule, momentum, false);
      case NESTEROV -> new Sgd(schedule, momentum, true);
      case ADAGRAD -> new AdaGrad(schedule, 1e-8);
      case RMSPROP -> new RmsProp(schedule, 0.9, 1e-8);
      case ADAM -> new Adam(schedule);
      case ADAMW -> new Adam(schedule, 0.9, 0.999, 1e-8, decays ? weightDecay : 0.0);
    };
  }
}
