package praxis.semisupervised;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Label spreading (Zhou et al. 2004), as scikit-learn 1.2.1's {@code LabelSpreading}: with the symmetrically
 * normalized graph {@code S = D^-1/2 W D^-1/2} (self-loops dropped, D the column sums, a zero degree taken
 * as 1), iterates {@code F = alpha S F + (1 - alpha) Y} from the one-hot labels {@code Y} (zero rows for
 * unlabeled rows) until the summed absolute change is below {@code tol} or {@code maxIter} steps; labeled
 * rows are not clamped, so {@code alpha} trades the graph against the given labels. Unlabeled rows carry the
 * label {@code unlabeled} ({@link Unlabeled}). Cost and memory as {@link LabelPropagation}.
 *
 * <pre>{@code
 * var p = LabelSpreading.Params.DEFAULTS.withKernel(Kernel.KNN, 7);
 * LabelPropagationModel m = new LabelSpreading(p).fit(x, Unlabeled.hide(y, hidden, "-1"));
 * }</pre>
 */
public final class LabelSpreading implements Estimator<LabelSpreading.Params, LabelPropagationModel> {
  /**
   * Hyperparameters.
   *
   * @param kernel similarity graph
   * @param gamma RBF width parameter (&gt; 0)
   * @param nNeighbors neighbours per row for the kNN graph (&gt;= 1)
   * @param alpha weight of the graph against the initial labels, in (0, 1)
   * @param maxIter maximum steps (&gt;= 1)
   * @param tol stop when the summed absolute change of the distributions is below this (&gt;= 0)
   * @param unlabeled the class label marking unlabeled rows
   */
  public record Params(Kernel kernel, double gamma, int nNeighbors, double alpha, int maxIter, double tol,
      String unlabeled) implements praxis.api.Params {
    /** scikit-learn's defaults: RBF, gamma 20, 7 neighbours, alpha 0.2, 30 steps, tol 1e-3; unlabeled "-1". */
    public static final Params DEFAULTS = new Params(Kernel.RBF, 20, 7, 0.2, 30, 1e-3, Unlabeled.DEFAULT_LABEL);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.positive(gamma, "gamma");
      Check.atLeast(nNeighbors, 1, "nNeighbors");
      if (!(alpha > 0 && alpha < 1)) {
        throw new IllegalArgumentException("alpha must be in (0, 1) (0 keeps the labels, 1 ignores them), got "
            + alpha);
      }
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      Check.notNull(unlabeled, "unlabeled");
    }

    /** A copy with another kernel; {@code value} is gamma for RBF, the neighbour count for KNN. */
    public Params withKernel(Kernel k, double value) {
      return k == Kernel.RBF ? new Params(k, value, nNeighbors, alpha, maxIter, tol, unlabeled)
          : new Params(k, gamma, (int) value, alpha, maxIter, tol, unlabeled);
    }

    /** A copy with another alpha. */
    public Params withAlpha(double a) {
      return new Params(kernel, gamma, nNeighbors, a, maxIter, tol, unlabeled);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LabelSpreading() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LabelSpreading(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LabelSpreading withParams(Params p) {
    return new LabelSpreading(p);
  }

  @Override
  public String name() {
    return "label_spreading";
  }

  /**
   * Spreads the labels over the graph.
   *
   * @throws IllegalArgumentException on empty or non-finite input, a non-class target or no labeled row
   */
  @Override
  public LabelPropagationModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, "LabelSpreading");
    Unlabeled.Split sp = Unlabeled.split(y, params.unlabeled(), "LabelSpreading");
    int n = x.rowCount();
    double[] w = Graph.affinity(xc, n, x.columnCount(), params.kernel(), params.gamma(), params.nNeighbors());
    Graph.Result r = Graph.spread(w, n, sp.codes(), sp.classes().size(), params.alpha(), params.maxIter(),
        params.tol());
    return new LabelPropagationModel(x.schema(), sp.classes(), "spreading", params.kernel(), params.gamma(),
        params.nNeighbors(), xc, r.distributions(), r.nIter(), Provenance.of(name(), params, x, y, 0L));
  }
}
