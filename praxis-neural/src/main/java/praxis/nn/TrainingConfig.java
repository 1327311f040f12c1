package praxis.nn;

import praxis.api.Check;
import praxis.optim.LearningRateSchedule;

/**
 * Settings of a {@link Trainer} run.
 *
 * @param optimizer the update rule
 * @param learningRate the constant learning rate (&gt; 0), used unless {@code schedule} is given
 * @param momentum momentum of MOMENTUM/NESTEROV, in [0, 1)
 * @param maxEpochs passes over the training rows (&gt;= 1)
 * @param batchSize rows per mini-batch (&gt;= 1; capped at the training-row count)
 * @param l1 L1 penalty {@code l1 ||W||_1} added to the mean loss, on weights only (&gt;= 0)
 * @param l2 L2 penalty {@code l2/2 ||W||^2} added to the mean loss, on weights only (&gt;= 0); for ADAMW the
 *     decoupled decay rate instead
 * @param clipNorm rescale the whole gradient when its L2 norm exceeds this (0 = off)
 * @param clipValue clamp every gradient entry to {@code ±clipValue} (0 = off)
 * @param validationFraction share of rows held out (seeded) for early stopping, in [0, 0.5] (0 = none: stop
 *     on the training loss instead)
 * @param patience epochs without improvement by more than {@code tol} before stopping (&gt;= 1)
 * @param tol required improvement of the monitored loss (&gt;= 0)
 * @param seed seed of the shuffling, the split and the dropout masks
 * @param schedule learning-rate schedule, or null for a constant {@code learningRate}
 *
 * <pre>{@code
 * TrainingConfig c = TrainingConfig.DEFAULTS.withEpochs(100).withBatchSize(64).withEarlyStopping(0.1, 10);
 * }</pre>
 */
public record TrainingConfig(OptimizerKind optimizer, double learningRate, double momentum, int maxEpochs,
    int batchSize, double l1, double l2, double clipNorm, double clipValue, double validationFraction,
    int patience, double tol, long seed, LearningRateSchedule schedule) {
  /** Adam at 1e-3, 200 epochs, batches of 200, no penalty or clipping, stop on training loss (tol 1e-4, 10). */
  public static final TrainingConfig DEFAULTS = new TrainingConfig(OptimizerKind.ADAM, 1e-3, 0.9, 200, 200, 0, 0,
      0, 0, 0, 10, 1e-4, 0L, null);

  /** Validates. */
  public TrainingConfig {
    Check.notNull(optimizer, "optimizer");
    Check.positive(learningRate, "learningRate");
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1) but was " + momentum);
    }
    Check.atLeast(maxEpochs, 1, "maxEpochs");
    Check.atLeast(batchSize, 1, "batchSize");
    Check.nonNegative(l1, "l1");
    Check.nonNegative(l2, "l2");
    Check.nonNegative(clipNorm, "clipNorm");
    Check.nonNegative(clipValue, "clipValue");
    if (!(validationFraction >= 0 && validationFraction <= 0.5)) {
      throw new IllegalArgumentException("validationFraction must be in [0, 0.5] but was " + validationFraction
          + "; use e.g. 0.1 (0 = no validation split)");
    }
    Check.atLeast(patience, 1, "patience");
    Check.nonNegative(tol, "tol");
  }

  /** The schedule in force ({@code schedule}, or a constant {@code learningRate}). */
  public LearningRateSchedule effectiveSchedule() {
    return schedule != null ? schedule : LearningRateSchedule.constant(learningRate);
  }

  /** A copy with another optimizer and learning rate. */
  public TrainingConfig withOptimizer(OptimizerKind o, double lr) {
    return new TrainingConfig(o, lr, momentum, maxEpochs, batchSize, l1, l2, clipNorm, clipValue,
        validationFraction, patience, tol, seed, null);
  }

  /** A copy with another maximum epoch count. */
  public TrainingConfig withEpochs(int e) {
    return new TrainingConfig(optimizer, learningRate, momentum, e, batchSize, l1, l2, clipNorm, clipValue,
        validationFraction, patience, tol, seed, schedule);
  }

  /** A copy with another batch size. */
  public TrainingConfig withBatchSize(int b) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, b, l1, l2, clipNorm, clipValue,
        validationFraction, patience, tol, seed, schedule);
  }

  /** A copy with other penalties. */
  public TrainingConfig withPenalty(double newL1, double newL2) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, newL1, newL2, clipNorm,
        clipValue, validationFraction, patience, tol, seed, schedule);
  }

  /** A copy with other clipping thresholds (0 = off). */
  public TrainingConfig withClipping(double norm, double value) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, l1, l2, norm, value,
        validationFraction, patience, tol, seed, schedule);
  }

  /** A copy with early stopping on a held-out fraction and the given patience. */
  public TrainingConfig withEarlyStopping(double fraction, int pat) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, l1, l2, clipNorm, clipValue,
        fraction, pat, tol, seed, schedule);
  }

  /** A copy with another tolerance. */
  public TrainingConfig withTol(double t) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, l1, l2, clipNorm, clipValue,
        validationFraction, patience, t, seed, schedule);
  }

  /** A copy with another seed. */
  public TrainingConfig withSeed(long s) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, l1, l2, clipNorm, clipValue,
        validationFraction, patience, tol, s, schedule);
  }

  /** A copy with a learning-rate schedule. */
  public TrainingConfig withSchedule(LearningRateSchedule s) {
    return new TrainingConfig(optimizer, learningRate, momentum, maxEpochs, batchSize, l1, l2, clipNorm, clipValue,
        validationFraction, patience, tol, seed, s);
  }
}
