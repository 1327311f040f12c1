package praxis.preprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Model-based imputation by round-robin regression (MICE-style, as scikit-learn's {@code IterativeImputer}
 * without posterior sampling): missing cells start at the column means; then, for up to {@code maxIter} rounds,
 * each column in ascending order of its missing count is regressed on all other (currently filled) columns over
 * the rows where it is observed, and its missing cells are replaced by the predictions. Iteration stops when the
 * largest per-row sum of absolute changes in a round is below {@code tol} times the largest absolute observed
 * value (scikit-learn's criterion).
 *
 * <p>The regressor is any praxis estimator whose fitted model is a {@link Regressor} (e.g.
 * {@code praxis.linear.LinearRegression} or a random forest from praxis-trees), passed to the constructor; by
 * default a built-in ridge regression ({@code alpha}, unpenalized intercept) is used, which reproduces
 * scikit-learn's {@code IterativeImputer(estimator=Ridge(alpha))} (its own default, BayesianRidge, differs). The fitted model replays the same sequence of regressions on new
 * data, changing only the cells missing there. Cost: {@code rounds x columns} regressor fits.
 *
 * <pre>{@code
 * IterativeImputerModel m = new IterativeImputer(new IterativeImputer.Params(10, 1e-3, 1.0),
 *     new praxis.linear.LinearRegression()).fit(train, Target.none(train.rowCount()));
 * Frame filled = m.transform(test);
 * int rounds = m.rounds();
 * }</pre>
 */
public final class IterativeImputer implements Estimator<IterativeImputer.Params, IterativeImputerModel> {
  /**
   * Hyperparameters.
   *
   * @param maxIter maximum number of rounds (at least 1)
   * @param tol relative stopping tolerance (non-negative)
   * @param alpha ridge penalty of the built-in regressor (non-negative; unused with a given estimator)
   */
  public record Params(int maxIter, double tol, double alpha) implements praxis.api.Params {
    /** 10 rounds, tolerance 1e-3, ridge alpha 1. */
    public static final Params DEFAULTS = new Params(10, 1e-3, 1.0);

    /** Validates. */
    public Params {
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      Check.nonNegative(alpha, "alpha");
    }
  }

  private final Params params;
  private final Estimator<?, ?> regressor;

  /** With {@link Params#DEFAULTS} and the built-in ridge regression. */
  public IterativeImputer() {
    this(Params.DEFAULTS, null);
  }

  /** With the given hyperparameters and the built-in ridge regression. */
  public IterativeImputer(Params params) {
    this(params, null);
  }

  /** With the given hyperparameters and regressor (null: the built-in ridge regression). */
  public IterativeImputer(Params params, Estimator<?, ?> regressor) {
    this.params = Check.notNull(params, "params");
    this.regressor = regressor;
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public IterativeImputer withParams(Params p) {
    return new IterativeImputer(p, regressor);
  }

  @Override
  public String name() {
    return "iterative_imputer";
  }

  @Override
  public IterativeImputerModel fit(Frame x, Target y) {
    Check.nonEmpty(x, "IterativeImputer");
    Support.requireNumeric(x, "IterativeImputer");
    int n = x.rowCount();
    int p = x.columnCount();
    double[][] cur = new double[p][];
    boolean[][] miss = new boolean[p][n];
    double[] mean = new double[p];
    int[] missCount = new int[p];
    double scale = 0;
    for (int j = 0; j < p; j++) {
      Column c = x.column(j);
      double[] v = Support.values(c);
      Support.requireNoInfinity(c, v, "IterativeImputer");
      double s = 0;
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(v[i])) {
          miss[j][i] = true;
          missCount[j]++;
        } else {
          s += v[i];
          k++;
          scale = Math.max(scale, Math.abs(v[i]));
        }
      }
      if (k == 0) {
        throw new IllegalArgumentException("IterativeImputer: column '" + c.name() + "' has no non-missing value in the "
            + n + " training rows; drop it first (e.g. with DropMissing)");
      }
      mean[j] = s / k;
      for (int i = 0; i < n; i++) {
        if (miss[j][i]) {
          v[i] = mean[j];
        }
      }
      cur[j] = v;
    }
    Integer[] order = new Integer[p];
    for (int j = 0; j < p; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (a, b) -> missCount[a] != missCount[b] ? Integer.compare(missCount[a], missCount[b])
        : Integer.compare(a, b));
    List<IterativeImputerModel.Step> steps = new ArrayList<>();
    int rounds = 0;
    boolean anyMissing = Arrays.stream(missCount).anyMatch(c -> c > 0);
    if (p > 1 && anyMissing) {
      for (int it = 0; it < params.maxIter(); it++) {
        rounds++;
        double[] rowChange = new double[n];
        for (int j : order) {
          int[] obs = rows(miss[j], false);
          IterativeImputerModel.Step st = fitStep(x, cur, j, obs);
          steps.add(st);
          int[] mis = rows(miss[j], true);
          if (mis.length > 0) {
            double[] pred = st.predict(x.schema().names(), cur, mis);
            for (int a = 0; a < mis.length; a++) {
              rowChange[mis[a]] += Math.abs(pred[a] - cur[j][mis[a]]);
              cur[j][mis[a]] = pred[a];
            }
          }
        }
        double change = 0;
        for (double d : rowChange) {
          change = Math.max(change, d);
        }
        if (change < params.tol() * scale) {
          break;
        }
      }
    }
    return new IterativeImputerModel(x.schema(), Provenance.of(name(), params, x, y, 0L), mean, steps, rounds);
  }

  private static int[] rows(boolean[] m, boolean want) {
    int c = 0;
    for (boolean b : m) {
      c += b == want ? 1 : 0;
    }
    int[] r = new int[c];
    int k = 0;
    for (int i = 0; i < m.length; i++) {
      if (m[i] == want) {
        r[k++] = i;
      }
    }
    return r;
  }

  private IterativeImputerModel.Step fitStep(Frame x, double[][] cur, int j, int[] obs) {
    List<String> names = x.schema().names();
    int p = cur.length;
    double[] yv = new double[obs.length];
    for (int a = 0; a < obs.length; a++) {
      yv[a] = cur[j][obs[a]];
    }
    if (regressor != null) {
      Frame fx = IterativeImputerModel.features(names, cur, j, obs);
      Model m = regressor.fit(fx, Target.values(names.get(j), yv));
      if (!(m instanceof Regressor)) {
        throw new IllegalArgumentException("IterativeImputer: the estimator " + regressor.name() + " fitted a "
            + m.getClass().getSimpleName() + ", which is not a Regressor; pass a regression estimator");
      }
      return new IterativeImputerModel.Step(j, null, 0, m);
    }
    // built-in ridge on centred features: (Xc'Xc + alpha I) w = Xc'yc, intercept = ybar - xbar.w
    int q = p - 1;
    int n = obs.length;
    double[] xbar = new double[q];
    double ybar = 0;
    for (double d : yv) {
      ybar += d;
    }
    ybar /= n;
    int[] other = new int[q];
    for (int k = 0, o = 0; k < p; k++) {
      if (k != j) {
        other[o++] = k;
      }
    }
    for (int a = 0; a < q; a++) {
      double s = 0;
      for (int r : obs) {
        s += cur[other[a]][r];
      }
      xbar[a] = s / n;
    }
    DenseMatrix g = new DenseMatrix(q, q);
    double[] rhs = new double[q];
    for (int a = 0; a < q; a++) {
      double[] ca = cur[other[a]];
      for (int b = a; b < q; b++) {
        double[] cb = cur[other[b]];
        double s = 0;
        for (int r : obs) {
          s += (ca[r] - xbar[a]) * (cb[r] - xbar[b]);
        }
        g.set(a, b, s);
        g.set(b, a, s);
      }
      double s = 0;
      for (int t = 0; t < n; t++) {
        s += (ca[obs[t]] - xbar[a]) * (yv[t] - ybar);
      }
      rhs[a] = s;
      g.set(a, a, g.get(a, a) + params.alpha() + 1e-12 * (1 + g.get(a, a)));
    }
    double[] w = LinAlg.cholesky(g).solve(rhs);
    double b0 = ybar;
    for (int a = 0; a < q; a++) {
      b0 -= xbar[a] * w[a];
    }
    return new IterativeImputerModel.Step(j, w, b0, null);
  }

  /** Builds numeric columns (used by the model). */
  static Frame frameOf(List<String> names, double[][] cols) {
    List<Column> out = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      out.add(DoubleColumn.wrap(names.get(j), cols[j]));
    }
    return Frame.of(out);
  }
}
