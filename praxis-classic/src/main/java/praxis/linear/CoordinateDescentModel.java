package praxis.linear;

import praxis.api.Provenance;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A linear model fitted by coordinate descent ({@link LassoModel}, {@link ElasticNetModel} and their
 * cross-validated variants): the coefficients plus the solver outcome, which every such model reports and saves.
 */
abstract class CoordinateDescentModel extends LinearPredictor {
  private final int iterations;
  private final double dualGap;
  private final boolean converged;

  CoordinateDescentModel(Schema schema, double[] coef, double intercept, int iterations, double dualGap,
      boolean converged, Provenance provenance) {
    super(schema, coef, intercept, provenance);
    this.iterations = iterations;
    this.dualGap = dualGap;
    this.converged = converged;
  }

  /** Coordinate-descent sweeps of the (final) fit (scikit-learn's {@code n_iter_}). */
  public int iterations() {
    return iterations;
  }

  /** Final duality gap on the objective's scale (scikit-learn's {@code dual_gap_}). */
  public double dualGap() {
    return dualGap;
  }

  /** Whether the duality-gap test passed before {@code maxIter}. */
  public boolean converged() {
    return converged;
  }

  /** The common state plus the solver outcome; subclasses add their own entries. */
  State.Builder descentState() {
    return startState().put("iterations", iterations).put("dualGap", dualGap).put("converged", converged);
  }
}
