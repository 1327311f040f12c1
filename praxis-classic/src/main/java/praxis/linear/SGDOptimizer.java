package praxis.linear;

import praxis.optim.AdaGrad;
import praxis.optim.Adam;
import praxis.optim.LearningRateSchedule;
import praxis.optim.Optimizer;
import praxis.optim.RmsProp;
import praxis.optim.Sgd;

/**
 * The {@link praxis.optim.Optimizer} used by {@link SGDClassifier} and {@link SGDRegressor}.
 *
 * <pre>{@code
 * var p = SGDClassifier.Params.DEFAULTS.withOptimizer(SGDOptimizer.ADAM, SGDSchedule.CONSTANT, 0.01);
 * }</pre>
 */
public enum SGDOptimizer {
  /** Plain SGD (scikit-learn's). */
  SGD,
  /** SGD with heavy-ball momentum ({@code momentum} hyperparameter). */
  MOMENTUM,
  /** SGD with Nesterov momentum. */
  NESTEROV,
  /** AdaGrad, eps 1e-10. */
  ADAGRAD,
  /** RMSProp, rho 0.9, eps 1e-8. */
  RMSPROP,
  /** Adam, betas 0.9 / 0.999, eps 1e-8. */
  ADAM;

  Optimizer create(LearningRateSchedule s, double momentum) {
    return switch (this) {
      case SGD -> new Sgd(s);
      case MOMENTUM -> new Sgd(s, momentum, false);
      case NESTEROV -> new Sgd(s, momentum, true);
      case ADAGRAD -> new AdaGrad(s, 1e-10);
      case RMSPROP -> new RmsProp(s, 0.9, 1e-8);
      case ADAM -> new Adam(s);
    };
  }
}
