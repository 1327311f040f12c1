package praxis.nn;

/**
 * What a {@link Trainer} run recorded per epoch: training loss (mean mini-batch loss plus penalty),
 * validation loss (NaN without a validation split), a metric on the training and validation rows (NaN when
 * no metric was given), and each layer's mean gradient L2 norm over the epoch's batches (before clipping;
 * 0 for parameter-free or frozen layers) — the data for learning curves and vanishing-gradient plots.
 *
 * <pre>{@code
 * History h = trainer.fit(net, x, n, y, Loss.MSE);
 * double last = h.trainLoss()[h.epochs() - 1];
 * double[] firstLayerNorms = h.gradientNorms(0);
 * }</pre>
 */
public final class History {
  private final double[] trainLoss;
  private final double[] valLoss;
  private final double[] trainMetric;
  private final double[] valMetric;
  private final double[][] gradNorms;
  private final int bestEpoch;
  private final boolean stoppedEarly;

  History(double[] trainLoss, double[] valLoss, double[] trainMetric, double[] valMetric, double[][] gradNorms,
      int bestEpoch, boolean stoppedEarly) {
    this.trainLoss = trainLoss;
    this.valLoss = valLoss;
    this.trainMetric = trainMetric;
    this.valMetric = valMetric;
    this.gradNorms = gradNorms;
    this.bestEpoch = bestEpoch;
    this.stoppedEarly = stoppedEarly;
  }

  /** Epochs run. */
  public int epochs() {
    return trainLoss.length;
  }

  /** Training loss per epoch. */
  public double[] trainLoss() {
    return trainLoss.clone();
  }

  /** Validation loss per epoch (NaN without a validation split). */
  public double[] validationLoss() {
    return valLoss.clone();
  }

  /** Metric on the training rows per epoch (NaN without a metric). */
  public double[] trainMetric() {
    return trainMetric.clone();
  }

  /** Metric on the validation rows per epoch (NaN without a metric or split). */
  public double[] validationMetric() {
    return valMetric.clone();
  }

  /** Mean gradient norm of layer {@code layer} per epoch. */
  public double[] gradientNorms(int layer) {
    double[] out = new double[gradNorms.length];
    for (int e = 0; e < out.length; e++) {
      out[e] = gradNorms[e][layer];
    }
    return out;
  }

  /** Gradient norms {@code [epoch][layer]}. */
  public double[][] gradientNorms() {
    double[][] out = new double[gradNorms.length][];
    for (int e = 0; e < out.length; e++) {
      out[e] = gradNorms[e].clone();
    }
    return out;
  }

  /** The 0-based epoch whose weights were kept (the last one unless early stopping restored a better one). */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** Whether training stopped before maxEpochs. */
  public boolean stoppedEarly() {
    return stoppedEarly;
  }
}
