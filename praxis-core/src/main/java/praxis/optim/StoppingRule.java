package praxis.optim;

/**
 * scikit-learn's tolerance-with-patience stopping test for epoch losses: an epoch whose loss is not below
 * {@code best - tol} counts as "no change" (otherwise the count resets), the best loss is tracked, and
 * training stops after {@code nIterNoChange} consecutive such epochs. A tolerance of
 * {@code Double.NEGATIVE_INFINITY} never stops. Mutable: one instance per training run.
 *
 * <pre>{@code
 * StoppingRule stop = new StoppingRule(1e-3, 5);
 * for (int epoch = 0; epoch < maxIter; epoch++) {
 *   double loss = runEpoch();
 *   if (stop.update(loss)) break;
 * }
 * }</pre>
 */
public final class StoppingRule {
  private final double tol;
  private final int nIterNoChange;
  private double best = Double.POSITIVE_INFINITY;
  private int noChange;

  /**
   * @param tol required improvement over the best loss (any value; NEGATIVE_INFINITY disables stopping)
   * @param nIterNoChange patience in epochs (&gt;= 1)
   */
  public StoppingRule(double tol, int nIterNoChange) {
    if (Double.isNaN(tol)) {
      throw new IllegalArgumentException("tol must not be NaN");
    }
    if (nIterNoChange < 1) {
      throw new IllegalArgumentException("nIterNoChange must be >= 1 but was " + nIterNoChange);
    }
    this.tol = tol;
    this.nIterNoChange = nIterNoChange;
  }

  /** Records an epoch's loss; returns true when training should stop. */
  public boolean update(double loss) {
    if (tol > Double.NEGATIVE_INFINITY && loss > best - tol) {
      noChange++;
    } else {
      noChange = 0;
    }
    if (loss < best) {
      best = loss;
    }
    return noChange >= nIterNoChange;
  }

  /** The lowest loss seen. */
  public double best() {
    return best;
  }

  /** Consecutive epochs without enough improvement. */
  public int noChangeCount() {
    return noChange;
  }

  /** Forgets the history (for a new run). */
  public void reset() {
    best = Double.POSITIVE_INFINITY;
    noChange = 0;
  }
}
