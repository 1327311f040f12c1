package praxis.semisupervised;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Label propagation (Zhu and Ghahramani 2002), as scikit-learn 1.2.1's {@code LabelPropagation}: labels flow
 * over a similarity graph of ALL rows ({@link Kernel#RBF} or {@link Kernel#KNN}); each step multiplies the
 * label distributions by the row-normalized graph, renormalizes each row and clamps the labeled rows to
 * their labels, until the summed absolute change is below {@code tol} or {@code maxIter} steps. Unlabeled
 * rows carry the label {@code unlabeled} ({@link Unlabeled}). Cost O(n^2 p) to build the dense graph,
 * O(n^2 k) per step and O(n^2) memory, so it suits up to a few thousand rows.
 *
 * <pre>{@code
 * Target partial = Unlabeled.hide(y, hidden, "-1");
 * LabelPropagationModel m = new LabelPropagation().fit(x, partial);
 * int[] labels = m.transduction();
 * }</pre>
 */
public final class LabelPropagation implements Estimator<LabelPropagation.Params, LabelPropagationModel> {
  /**
   * Hyperparameters.
   *
   * @param kernel similarity graph
   * @param gamma RBF width parameter (&gt; 0)
   * @param nNeighbors neighbours per row for the kNN graph (&gt;= 1)
   * @param maxIter maximum steps (&gt;= 1)
   * @param tol stop when the summed absolute change of the distributions is below this (&gt;= 0)
   * @param unlabeled the class label marking unlabeled rows
   */
  public record Params(Kernel kernel, double gamma, int nNeighbors, int maxIter, double tol, String unlabeled)
      implements praxis.api.Params {
    /** scikit-learn's defaults: RBF, gamma 20, 7 neighbours, 1000 steps, tol 1e-3; unlabeled "-1". */
    public static final Params DEFAULTS = new Params(Kernel.RBF, 20, 7, 1000, 1e-3, Unlabeled.DEFAULT_LABEL);

    /** Validates. */
    public Params {
      Check.notNull(kernel, "kernel");
      Check.positive(gamma, "gamma");
      Check.atLeast(nNeighbors, 1, "nNeighbors");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      Check.notNull(unlabeled, "unlabeled");
    }

    /** A copy with another kernel; {@code value} is gamma for RBF, the neighbour count for KNN. */
    public Params withKernel(Kernel k, double value) {
      return k == Kernel.RBF ? new Params(k, value, nNeighbors, maxIter, tol, unlabeled)
          : new Params(k, gamma, (int) value, maxIter, tol, unlabeled);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LabelPropagation() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LabelPropagation(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LabelPropagation withParams(Params p) {
    return new LabelPropagation(p);
  }

  @Override
  public String name() {
    return "label_propagation";
  }

  /**
   * Propagates the labels to the unlabeled rows.
   *
   * @throws IllegalArgumentException on empty or non-finite input, a non-class target or no labeled row
   */
  @Override
  public LabelPropagationModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, "LabelPropagation");
    Unlabeled.Split sp = Unlabeled.split(y, params.unlabeled(), "LabelPropagation");
    int n = x.rowCount();
    double[] w = Graph.affinity(xc, n, x.columnCount(), params.kernel(), params.gamma(), params.nNeighbors());
    Graph.Result r = Graph.propagate(w, n, sp.codes(), sp.classes().size(), params.maxIter(), params.tol(),
        params.kernel() == Kernel.RBF);
    return new LabelPropagationModel(x.schema(), sp.classes(), "propagation", params.kernel(), params.gamma(),
        params.nNeighbors(), xc, r.distributions(), r.nIter(), Provenance.of(name(), params, x, y, 0L));
  }
}
