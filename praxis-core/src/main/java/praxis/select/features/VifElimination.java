package praxis.select.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Removes multicollinearity by backward elimination on the variance inflation factor: while the largest
 * {@link Vif VIF} among the remaining columns exceeds {@code threshold}, drop that column and recompute. The
 * model's score of a column is its VIF at the moment it was dropped, or its final VIF if kept. Unsupervised: the
 * target is ignored. Perfectly collinear inputs fail with a message naming the columns involved.
 *
 * <pre>{@code
 * FeatureSubsetModel m = new VifElimination(new VifElimination.Params(5.0)).fit(x, Target.none(x.rowCount()));
 * System.out.println(m.droppedNames());
 * }</pre>
 */
public final class VifElimination implements Estimator<VifElimination.Params, FeatureSubsetModel> {
  /**
   * Hyperparameters.
   *
   * @param threshold largest VIF allowed among the kept columns (&gt; 1; 5 and 10 are common choices)
   */
  public record Params(double threshold) implements praxis.api.Params {
    /** Threshold 10. */
    public static final Params DEFAULTS = new Params(10.0);

    /** Validates. */
    public Params {
      if (!(threshold > 1)) {
        throw new IllegalArgumentException("threshold must be > 1 (a VIF is never below 1), got " + threshold
            + "; use 5 or 10");
      }
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public VifElimination() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public VifElimination(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public VifElimination withParams(Params p) {
    return new VifElimination(p);
  }

  @Override
  public String name() {
    return "vif_elimination";
  }

  @Override
  public FeatureSubsetModel fit(Frame x, Target y) {
    double[][] cols = FeatureSupport.columns(x, "VifElimination");
    List<String> names = x.schema().names();
    int p = cols.length;
    double[] score = new double[p];
    boolean[] keep = new boolean[p];
    Arrays.fill(keep, true);
    int left = p;
    while (left >= 2) {
      int[] idx = FeatureSupport.indices(keep);
      double[][] sub = new double[idx.length][];
      List<String> subNames = new ArrayList<>();
      for (int k = 0; k < idx.length; k++) {
        sub[k] = cols[idx[k]];
        subNames.add(names.get(idx[k]));
      }
      double[] v = Vif.compute(sub, subNames);
      int worst = 0;
      for (int k = 0; k < v.length; k++) {
        score[idx[k]] = v[k];
        if (v[k] > v[worst]) {
          worst = k;
        }
      }
      if (v[worst] <= params.threshold()) {
        break;
      }
      keep[idx[worst]] = false;
      left--;
    }
    if (left == 1) {
      score[FeatureSupport.indices(keep)[0]] = 1.0;
    }
    double[] nan = new double[p];
    Arrays.fill(nan, Double.NaN);
    return new FeatureSubsetModel(x.schema(), Provenance.of(name(), params, x, y, 0L), name(),
        FeatureSupport.indices(keep), score, nan);
  }
}
