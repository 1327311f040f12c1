package praxis.bayes;

import java.util.List;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Gaussian naive Bayes: each feature is modelled, within each class, as an independent normal
 * distribution; prediction picks the class maximizing {@code log prior + sum_j log N(x_j; theta, var)}.
 * Follows scikit-learn's {@code GaussianNB}: per-class means and population variances, plus
 * {@code varSmoothing} times the largest feature variance (over all rows) added to every variance for
 * numerical stability; priors are the class frequencies unless given. Probabilities are normalized with
 * log-sum-exp. Cost: O(n p) to fit, O(k p) per row. Classes absent from the training rows (a class list
 * kept from a larger target) get probability 0. Streaming: {@link #partialFit(Frame, Target, List)} then
 * {@link GaussianNBModel#partialFit(Frame, Target)} merge batch means and variances with the parallel update of
 * Chan, Golub and LeVeque (as scikit-learn's {@code _update_mean_variance}).
 *
 * <pre>{@code
 * GaussianNBModel m = new GaussianNB().fit(x, y);
 * double[][] p = m.predictProba(x);
 * double[][] means = m.theta();
 * }</pre>
 */
public final class GaussianNB implements Estimator<GaussianNB.Params, GaussianNBModel> {
  /**
   * Hyperparameters.
   *
   * @param varSmoothing fraction of the largest feature variance added to all variances (&gt;= 0)
   * @param priors class prior probabilities by class code (empty = class frequencies); non-negative,
   *     summing to 1
   */
  public record Params(double varSmoothing, double[] priors) implements praxis.api.Params {
    /** varSmoothing 1e-9, priors from the data. */
    public static final Params DEFAULTS = new Params(1e-9, new double[0]);

    /** Validates and copies. */
    public Params {
      Check.nonNegative(varSmoothing, "varSmoothing");
      Check.notNull(priors, "priors");
      priors = priors.clone();
      if (priors.length > 0) {
        double s = 0;
        for (int k = 0; k < priors.length; k++) {
          if (!(priors[k] >= 0) || !Double.isFinite(priors[k])) {
            throw new IllegalArgumentException("priors[" + k + "] must be a finite number >= 0, got " + priors[k]);
          }
          s += priors[k];
        }
        if (Math.abs(s - 1) > 1e-8) {
          throw new IllegalArgumentException("priors must sum to 1, got " + s + "; normalize them");
        }
      }
    }

    @Override
    public double[] priors() {
      return priors.clone();
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public GaussianNB() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public GaussianNB(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public GaussianNB withParams(Params p) {
    return new GaussianNB(p);
  }

  @Override
  public String name() {
    return "gaussian_nb";
  }

  /**
   * First batch of a streaming fit with the class list given up front (like scikit-learn's {@code classes=});
   * later batches go to {@link GaussianNBModel#partialFit(Frame, Target)} and may hold any of these classes.
   * After all batches the model equals {@link #fit} on all rows up to floating-point rounding.
   *
   * @param classes every class label, sorted; null = the labels of {@code y}
   * @throws IllegalArgumentException as {@link #fit}, or when priors do not match the class list
   */
  public GaussianNBModel partialFit(Frame x, Target y, List<String> classes) {
    List<String> cls = NBSupport.startFit(x, y, classes, "GaussianNB");
    int k = cls.size();
    double[] given = params.priors();
    if (given.length > 0 && given.length != k) {
      throw new IllegalArgumentException("GaussianNB priors has " + given.length + " values but there are " + k
          + " classes " + cls + "; give one prior per class in that order");
    }
    int p = x.columnCount();
    return new GaussianNBModel(x.schema(), cls, new double[k][p], new double[k][p],
        given.length > 0 ? given : new double[k], 0, new int[k], params, Provenance.of(name(), params, x, y, 0L))
        .partialFit(x, y);
  }

  /**
   * Estimates per-class means and variances.
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, priors
   *     whose length differs from the number of classes, or a zero variance that smoothing cannot fix
   */
  @Override
  public GaussianNBModel fit(Frame x, Target y) {
    double[] xc = Inputs.fitMatrix(x, y, "GaussianNB");
    y.requireKind(Target.Kind.CLASSES);
    int n = x.rowCount();
    int p = x.columnCount();
    int k = y.classCount();
    int[] codes = y.codes();
    int[] counts = y.classCounts();
    double[] given = params.priors();
    if (given.length > 0 && given.length != k) {
      throw new IllegalArgumentException("GaussianNB priors has " + given.length + " values but y has " + k
          + " classes " + y.classList() + "; give one prior per class in that order");
    }
    double[][] theta = new double[k][p];
    double[][] var = new double[k][p];
    double maxVar = 0;
    for (int j = 0; j < p; j++) {
      int off = j * n;
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += xc[off + i];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = xc[off + i] - mean;
        ss += d * d;
      }
      maxVar = Math.max(maxVar, ss / n);
      for (int i = 0; i < n; i++) {
        theta[codes[i]][j] += xc[off + i];
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          theta[c][j] /= counts[c];
        }
      }
      for (int i = 0; i < n; i++) {
        double d = xc[off + i] - theta[codes[i]][j];
        var[codes[i]][j] += d * d;
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          var[c][j] /= counts[c];
        }
      }
    }
    double epsilon = params.varSmoothing() * maxVar;
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        var[c][j] += epsilon;
        if (counts[c] > 0 && !(var[c][j] > 0)) {
          throw new IllegalArgumentException("GaussianNB: feature '" + x.column(j).name() + "' has zero variance in class '"
              + y.classList().get(c) + "' and every feature is constant, so varSmoothing cannot help; "
              + "drop constant features");
        }
      }
    }
    double[] priors = new double[k];
    for (int c = 0; c < k; c++) {
      priors[c] = given.length > 0 ? given[c] : counts[c] / (double) n;
    }
    return new GaussianNBModel(x.schema(), y.classList(), theta, var, priors, epsilon, counts, params,
        Provenance.of(name(), params, x, y, 0L));
  }
}
