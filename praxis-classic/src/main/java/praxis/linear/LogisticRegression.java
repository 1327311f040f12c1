package praxis.linear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;
import praxis.optim.Lbfgs;
import praxis.optim.OwlQn;

/**
 * Logistic regression, binary or multinomial (softmax), with no penalty or an L2, L1 or elastic-net penalty,
 * optional class weights and per-row sample weights. The objective is scikit-learn's: minimize
 * {@code C sum_i s_i loss_i + (1 - r) ||W||^2 / 2 + r ||W||_1}, computed (same minimizer) as
 * {@code (1/S) sum_i s_i loss_i + ((1 - r) ||W||^2 / 2 + r ||W||_1) / (C S)} with {@code S = sum_i s_i},
 * where {@code r} is 0 for L2, 1 for L1 and {@code l1Ratio} for ELASTIC_NET, {@code s_i} is the sample
 * weight times the class weight of row i (both 1 by default) and the intercepts are not penalized.
 *
 * <p>Solvers: NONE and L2 use L-BFGS ({@link Lbfgs}, the settings of scikit-learn's {@code solver="lbfgs"});
 * L1 and ELASTIC_NET use OWL-QN ({@link OwlQn}, orthant-wise L-BFGS, which handles the non-smooth
 * {@code ||W||_1} term exactly and yields exact zeros). Both keep 10 correction pairs and stop when the
 * largest (pseudo-)gradient component is {@code <= tol} or the relative decrease of the objective is
 * {@code <= 64 eps}, or after {@code maxIter} iterations (a warning is logged;
 * {@link LogisticRegressionModel#converged()} says so).
 *
 * <p>Class weights: {@link ClassWeight#BALANCED} gives class {@code k} the weight {@code n / (K count_k)}
 * (counts of rows, not of sample weights, as scikit-learn), {@link ClassWeight#EXPLICIT} takes
 * {@code classWeights = "label:weight,..."} (unlisted classes weigh 1). {@link #path} fits a sequence of C
 * values, each warm-started from the previous solution.
 *
 * <p>With two classes the model has a single coefficient vector for the second class (log-odds of
 * {@code classes().get(1)}), as scikit-learn's {@code coef_} of shape (1, p); with more, one vector per
 * class and the softmax link. The loss is computed stably ({@code log(1 + e^z)} and log-sum-exp). The
 * penalty makes the problem scale-sensitive: standardize features first. Cost per L-BFGS iteration:
 * O(n p k).
 *
 * <p>Sparse input ({@link Frame#hasSparseColumns()}, e.g. from {@code LibSvmReader} or {@link Frame#ofCsr}):
 * fit and predict run over a CSR matrix, so an iteration costs O(nnz k); the objective and solver are the same
 * (X is not centred, as scikit-learn does not centre sparse data; the intercept is a separate parameter), so
 * the coefficients equal those of the dense fit up to rounding and the solver tolerance.
 *
 * <pre>{@code
 * var est = new LogisticRegression(LogisticRegression.Params.DEFAULTS.withC(0.5));
 * LogisticRegressionModel m = est.fit(xStandardized, y);
 * double[][] coef = m.coefficients();   // [class][feature]
 * }</pre>
 */
public final class LogisticRegression implements Estimator<LogisticRegression.Params, LogisticRegressionModel> {
  private static final Logger LOG = LoggerFactory.getLogger(LogisticRegression.class);

  /** Regularization. */
  public enum Penalty {
    /** {@code ||W||^2 / 2} weighted by {@code 1/C}. */
    L2,
    /** No penalty (the unpenalized maximum-likelihood fit; may not exist for separable data). */
    NONE,
    /** {@code ||W||_1} (sum of absolute coefficients) weighted by {@code 1/C}: sparse coefficients. */
    L1,
    /** {@code (1 - l1Ratio) ||W||^2 / 2 + l1Ratio ||W||_1} weighted by {@code 1/C}. */
    ELASTIC_NET
  }

  /** How rows are weighted by their class. */
  public enum ClassWeight {
    /** Every class weighs 1. */
    NONE,
    /** Class {@code k} weighs {@code n / (K count_k)} (scikit-learn's {@code "balanced"}). */
    BALANCED,
    /** Weights by label from {@link Params#classWeights()}; unlisted classes weigh 1. */
    EXPLICIT
  }

  /**
   * Hyperparameters.
   *
   * @param penalty regularization
   * @param c inverse regularization strength (&gt; 0; larger = weaker penalty); ignored for NONE
   * @param fitIntercept whether to fit unpenalized intercepts
   * @param maxIter maximum L-BFGS / OWL-QN iterations (&gt;= 1)
   * @param tol stop when the largest (pseudo-)gradient component of the (mean-scaled) objective is
   *     {@code <= tol}
   * @param l1Ratio share of the L1 term for ELASTIC_NET, in [0, 1] (0 = L2, 1 = L1); ignored otherwise
   * @param classWeight how rows are weighted by class
   * @param classWeights for {@link ClassWeight#EXPLICIT}: {@code "label:weight,label:weight"} (weights finite
   *     and &gt;= 0; each entry split at its last colon, so labels may contain colons but not commas); must
   *     be empty otherwise
   */
  public record Params(Penalty penalty, double c, boolean fitIntercept, int maxIter, double tol, double l1Ratio,
      ClassWeight classWeight, String classWeights) implements praxis.api.Params {
    /**
     * L2, C = 1, intercept, 100 iterations, tol 1e-4 (scikit-learn's defaults), l1Ratio 0.5 (used only by
     * ELASTIC_NET), no class weights.
     */
    public static final Params DEFAULTS = new Params(Penalty.L2, 1.0, true, 100, 1e-4, 0.5, ClassWeight.NONE, "");

    /** Validates. */
    public Params {
      Check.notNull(penalty, "penalty");
      Check.positive(c, "c");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(tol, "tol");
      if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
        throw new IllegalArgumentException("l1Ratio must be in [0, 1] but is " + l1Ratio
            + "; use 0 for a pure L2 and 1 for a pure L1 penalty");
      }
      Check.notNull(classWeight, "classWeight");
      Check.notNull(classWeights, "classWeights");
      Map<String, Double> parsed = parseClassWeights(classWeights);
      if (classWeight == ClassWeight.EXPLICIT && parsed.isEmpty()) {
        throw new IllegalArgumentException("classWeight is EXPLICIT but classWeights is empty; give "
            + "classWeights=\"label:weight,...\" or use classWeight=none or balanced");
      }
      if (classWeight != ClassWeight.EXPLICIT && !parsed.isEmpty()) {
        throw new IllegalArgumentException("classWeights is '" + classWeights + "' but classWeight is "
            + classWeight + "; set classWeight=explicit to use explicit weights, or clear classWeights");
      }
    }

    /** The first five components, with l1Ratio 0.5 and no class weights. */
    public Params(Penalty penalty, double c, boolean fitIntercept, int maxIter, double tol) {
      this(penalty, c, fitIntercept, maxIter, tol, 0.5, ClassWeight.NONE, "");
    }

    /** A copy with another C. */
    public Params withC(double newC) {
      return new Params(penalty, newC, fitIntercept, maxIter, tol, l1Ratio, classWeight, classWeights);
    }

    /** A copy with another penalty. */
    public Params withPenalty(Penalty p) {
      return new Params(p, c, fitIntercept, maxIter, tol, l1Ratio, classWeight, classWeights);
    }

    /** A copy with other stopping rules. */
    public Params withStopping(int iterations, double tolerance) {
      return new Params(penalty, c, fitIntercept, iterations, tolerance, l1Ratio, classWeight, classWeights);
    }

    /** A copy with another elastic-net mixing ratio (the penalty is unchanged). */
    public Params withL1Ratio(double ratio) {
      return new Params(penalty, c, fitIntercept, maxIter, tol, ratio, classWeight, classWeights);
    }

    /** A copy with an elastic-net penalty of the given mixing ratio. */
    public Params withElasticNet(double ratio) {
      return new Params(Penalty.ELASTIC_NET, c, fitIntercept, maxIter, tol, ratio, classWeight, classWeights);
    }

    /** A copy with or without intercepts. */
    public Params withFitIntercept(boolean fit) {
      return new Params(penalty, c, fit, maxIter, tol, l1Ratio, classWeight, classWeights);
    }

    /** A copy with NONE or BALANCED class weights (use {@link #withClassWeights} for explicit ones). */
    public Params withClassWeight(ClassWeight w) {
      if (w == ClassWeight.EXPLICIT) {
        throw new IllegalArgumentException("withClassWeight(EXPLICIT) needs the weights; call "
            + "withClassWeights(Map.of(label, weight, ...)) instead");
      }
      return new Params(penalty, c, fitIntercept, maxIter, tol, l1Ratio, w, "");
    }

    /**
     * A copy with explicit class weights by label (unlisted classes weigh 1).
     *
     * @throws IllegalArgumentException if the map is empty, a label contains a comma or a weight is negative
     *     or not finite
     */
    public Params withClassWeights(Map<String, Double> weights) {
      StringBuilder b = new StringBuilder();
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        if (e.getKey().contains(",") || e.getKey().isEmpty()) {
          throw new IllegalArgumentException("class weight label '" + e.getKey() + "' is empty or contains a "
              + "comma, which classWeights cannot encode; rename the class");
        }
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(e.getKey()).append(':').append(e.getValue());
      }
      return new Params(penalty, c, fitIntercept, maxIter, tol, l1Ratio, ClassWeight.EXPLICIT, b.toString());
    }

    /** The explicit class weights by label (empty unless {@link ClassWeight#EXPLICIT}). */
    public Map<String, Double> classWeightMap() {
      return parseClassWeights(classWeights);
    }
  }

  /** Parses {@code "label:weight,label:weight"} (empty string: no entries). */
  static Map<String, Double> parseClassWeights(String spec) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (spec.isBlank()) {
      return out;
    }
    for (String entry : spec.split(",", -1)) {
      int colon = entry.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("classWeights entry '" + entry + "' in '" + spec
            + "' is not label:weight; write e.g. classWeights=\"yes:2,no:0.5\"");
      }
      String label = entry.substring(0, colon).trim();
      double w;
      try {
        w = Double.parseDouble(entry.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("classWeights entry '" + entry + "': weight '"
            + entry.substring(colon + 1) + "' is not a number; write label:weight, e.g. yes:2");
      }
      if (!(w >= 0) || !Double.isFinite(w)) {
        throw new IllegalArgumentException("classWeights entry '" + entry + "': weight must be finite and >= 0 but"
            + " is " + w);
      }
      if (out.put(label, w) != null) {
        throw new IllegalArgumentException("classWeights lists class '" + label + "' twice in '" + spec
            + "'; give each class once");
      }
    }
    return out;
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public LogisticRegression() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public LogisticRegression(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public LogisticRegression withParams(Params p) {
    return new LogisticRegression(p);
  }

  @Override
  public String name() {
    return "logistic_regression";
  }

  /**
   * Fits the coefficients with every row weighing 1 (times its class weight).
   *
   * @throws IllegalArgumentException on empty, non-numeric or non-finite input, a non-class target, fewer
   *     than two classes or an explicit class weight for a label that is not a class of y
   */
  @Override
  public LogisticRegressionModel fit(Frame x, Target y) {
    return fit(x, y, null);
  }

  /**
   * Fits the coefficients with per-row sample weights (multiplied by the class weights, as scikit-learn).
   *
   * @param sampleWeight one finite weight &gt;= 0 per row, not all 0; {@code null} for unit weights
   * @throws IllegalArgumentException as {@link #fit(Frame, Target)}, or for a sample weight array of the
   *     wrong length or with a negative, non-finite or all-zero weight
   */
  public LogisticRegressionModel fit(Frame x, Target y, double[] sampleWeight) {
    Problem pr = new Problem(x, y, sampleWeight);
    Fit f = solve(pr, params, null);
    return pr.model(f, params);
  }

  /**
   * The regularization path: one model per value of {@code cs} (in the given order), each fit warm-started
   * from the previous solution, with all other hyperparameters of this estimator. Cheaper than separate
   * fits, and the same solutions up to the solver tolerance.
   *
   * <pre>{@code
   * var est = new LogisticRegression(LogisticRegression.Params.DEFAULTS.withPenalty(LogisticRegression.Penalty.L1));
   * List<LogisticRegressionModel> path = est.path(x, y, new double[] {0.01, 0.1, 1, 10});
   * double[][] coefAtC1 = path.get(2).coefficients();
   * }</pre>
   *
   * @param cs inverse regularization strengths (each &gt; 0, at least one)
   * @throws IllegalArgumentException as {@link #fit(Frame, Target)}, or for an empty {@code cs} or a C &lt;= 0
   */
  public List<LogisticRegressionModel> path(Frame x, Target y, double[] cs) {
    return path(x, y, null, cs);
  }

  /** {@link #path(Frame, Target, double[])} with per-row sample weights (see {@link #fit(Frame, Target, double[])}). */
  public List<LogisticRegressionModel> path(Frame x, Target y, double[] sampleWeight, double[] cs) {
    Check.notNull(cs, "cs");
    if (cs.length == 0) {
      throw new IllegalArgumentException("path needs at least one C value in cs, got none");
    }
    for (int i = 0; i < cs.length; i++) {
      if (!(cs[i] > 0) || !Double.isFinite(cs[i])) {
        throw new IllegalArgumentException("cs[" + i + "] must be finite and > 0 but is " + cs[i]);
      }
    }
    Problem pr = new Problem(x, y, sampleWeight);
    List<LogisticRegressionModel> out = new ArrayList<>(cs.length);
    double[] warm = null;
    for (double c : cs) {
      Params pc = params.withC(c);
      Fit f = solve(pr, pc, warm);
      warm = f.w;
      out.add(pr.model(f, pc));
    }
    return out;
  }

  /** A solver outcome: stacked parameters, iterations and convergence. */
  private record Fit(double[] w, int iterations, boolean converged) {}

  private Fit solve(Problem pr, Params pc, double[] start) {
    int n = pr.n;
    int p = pr.p;
    int k = pr.k;
    double r = switch (pc.penalty()) {
      case NONE, L2 -> 0.0;
      case L1 -> 1.0;
      case ELASTIC_NET -> pc.l1Ratio();
    };
    double scale = pr.weights == null ? n : pr.weightSum;
    double alpha = pc.penalty() == Penalty.NONE ? 0.0 : (1.0 - r) / (pc.c() * scale);
    boolean intercept = pc.fitIntercept();
    Lbfgs.Objective f = k == 2 ? new Binary(pr.xc, pr.csr, n, p, pr.codes, alpha, intercept, pr.weights, scale)
        : new Multinomial(pr.xc, pr.csr, n, p, k, pr.codes, alpha, intercept, pr.weights, scale);
    int rows = k == 2 ? 1 : k;
    double[] x0 = start != null ? start : new double[rows * (p + 1)];
    Lbfgs.Result res;
    if (pc.penalty() == Penalty.L1 || pc.penalty() == Penalty.ELASTIC_NET) {
      double lam = r / (pc.c() * scale);
      double[] l1 = new double[rows * (p + 1)];
      for (int c = 0; c < rows; c++) {
        java.util.Arrays.fill(l1, c * (p + 1), c * (p + 1) + p, lam);
      }
      res = new OwlQn(10, pc.maxIter(), pc.tol(), 64 * Math.ulp(1.0)).minimize(f, l1, x0);
    } else {
      res = new Lbfgs(10, pc.maxIter(), pc.tol(), 64 * Math.ulp(1.0)).minimize(f, x0);
    }
    if (!res.converged()) {
      LOG.warn("LogisticRegression stopped after {} iterations ({}) with gradient {} > tol {}; increase maxIter "
          + "or standardize the features", res.iterations(), res.status(), res.gradientNorm(), pc.tol());
    }
    return new Fit(res.x(), res.iterations(), res.converged());
  }

  /**
   * Validated training data: features (column-major, or CSR when the frame has sparse columns, never both),
   * class codes and combined row weights (null when all 1).
   */
  private final class Problem {
    final Frame x;
    final Target y;
    final double[] xc;
    final CsrMatrix csr;
    final int n;
    final int p;
    final int k;
    final int[] codes;
    final double[] weights;
    final double weightSum;

    Problem(Frame x, Target y, double[] sampleWeight) {
      // Sparse input: the loss and gradient run over the stored entries only (X w by rows, X^T r by rows).
      this.csr = x.hasSparseColumns() ? Inputs.fitCsr(x, y, "LogisticRegression") : null;
      this.xc = csr == null ? Inputs.fitMatrix(x, y, "LogisticRegression") : null;
      y.requireKind(Target.Kind.CLASSES);
      this.x = x;
      this.y = y;
      this.k = y.classCount();
      if (k < 2) {
        throw new IllegalArgumentException("LogisticRegression needs at least 2 classes but y has " + k + " "
            + y.classList() + "; check the label column");
      }
      this.n = x.rowCount();
      this.p = x.columnCount();
      this.codes = y.codes();
      double[] cw = classWeights(y);
      double[] w = null;
      if (sampleWeight != null) {
        if (sampleWeight.length != n) {
          throw new IllegalArgumentException("LogisticRegression: sampleWeight has " + sampleWeight.length
              + " values but x has " + n + " rows; pass one weight per row");
        }
        w = new double[n];
        for (int i = 0; i < n; i++) {
          double v = sampleWeight[i];
          if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("LogisticRegression: sampleWeight[" + i + "] must be finite and >= 0"
                + " but is " + v + "; drop the row or give it weight 0");
          }
          w[i] = v;
        }
      }
      if (cw != null) {
        if (w == null) {
          w = new double[n];
          java.util.Arrays.fill(w, 1.0);
        }
        for (int i = 0; i < n; i++) {
          w[i] *= cw[codes[i]];
        }
      }
      double sum = 0;
      if (w != null) {
        for (double v : w) {
          sum += v;
        }
        if (!(sum > 0)) {
          throw new IllegalArgumentException("LogisticRegression: the row weights (sample weight x class weight) "
              + "sum to " + sum + "; at least one row needs a positive weight");
        }
      }
      this.weights = w;
      this.weightSum = w == null ? n : sum;
    }

    /** Per-class weights by code, or null when all are 1. */
    private double[] classWeights(Target y) {
      List<String> classes = y.classList();
      switch (params.classWeight()) {
        case NONE:
          return null;
        case BALANCED: {
          int[] counts = y.classCounts();
          double[] out = new double[k];
          for (int c = 0; c < k; c++) {
            out[c] = counts[c] == 0 ? 0.0 : (double) n / (k * (double) counts[c]);
          }
          return out;
        }
        default: {
          double[] out = new double[k];
          java.util.Arrays.fill(out, 1.0);
          for (Map.Entry<String, Double> e : params.classWeightMap().entrySet()) {
            int c = classes.indexOf(e.getKey());
            if (c < 0) {
              throw new IllegalArgumentException("classWeights names class '" + e.getKey() + "', which is not a "
                  + "class of y " + classes + "; fix the label or remove it from classWeights");
            }
            out[c] = e.getValue();
          }
          return out;
        }
      }
    }

    LogisticRegressionModel model(Fit f, Params pc) {
      int rows = k == 2 ? 1 : k;
      double[][] coef = new double[rows][p];
      double[] b = new double[rows];
      for (int c = 0; c < rows; c++) {
        System.arraycopy(f.w, c * (p + 1), coef[c], 0, p);
        b[c] = f.w[c * (p + 1) + p];
      }
      return new LogisticRegressionModel(x.schema(), y.classList(), coef, b, f.iterations, f.converged,
          Provenance.of(name(), pc, x, y, 0L));
    }
  }

  /** Binary logistic loss; parameters [w_0..w_{p-1}, b]. */
  private static final class Binary implements Lbfgs.Objective {
    private final double[] x;
    private final CsrMatrix csr;
    private final double[] gx;
    private final int n;
    private final int p;
    private final double[] y;
    private final double alpha;
    private final boolean intercept;
    private final double[] sw;
    private final double inv;
    private final double[] z;

    Binary(double[] x, CsrMatrix csr, int n, int p, int[] codes, double alpha, boolean intercept, double[] sw,
        double scale) {
      this.x = x;
      this.csr = csr;
      this.gx = csr == null ? null : new double[p];
      this.n = n;
      this.p = p;
      this.y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = codes[i];
      }
      this.alpha = alpha;
      this.intercept = intercept;
      this.sw = sw;
      this.inv = 1.0 / scale;
      this.z = new double[n];
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
      double b = intercept ? w[p] : 0.0;
      if (csr != null) {
        SparseOps.scores(csr, w, 0, b, z, 0);
      } else {
        java.util.Arrays.fill(z, b);
        for (int j = 0; j < p; j++) {
          double wj = w[j];
          if (wj != 0) {
            int off = j * n;
            for (int i = 0; i < n; i++) {
              z[i] += x[off + i] * wj;
            }
          }
        }
      }
      double loss = 0;
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double zi = z[i];
        double li = (zi > 0 ? zi + Math.log1p(Math.exp(-zi)) : Math.log1p(Math.exp(zi))) - y[i] * zi;
        double s = zi >= 0 ? 1.0 / (1.0 + Math.exp(-zi)) : Math.exp(zi) / (1.0 + Math.exp(zi));
        if (sw == null) {
          loss += li;
          z[i] = s - y[i]; // residual, reused
        } else {
          loss += sw[i] * li;
          z[i] = sw[i] * (s - y[i]);
        }
        gb += z[i];
      }
      double reg = 0;
      if (csr != null) {
        SparseOps.transposeTimes(csr, z, 0, gx, 0);
      }
      for (int j = 0; j < p; j++) {
        double s;
        if (csr != null) {
          s = gx[j];
        } else {
          int off = j * n;
          s = 0;
          for (int i = 0; i < n; i++) {
            s += x[off + i] * z[i];
          }
        }
        g[j] = s * inv + alpha * w[j];
        reg += w[j] * w[j];
      }
      g[p] = intercept ? gb * inv : 0.0;
      return loss * inv + 0.5 * alpha * reg;
    }
  }

  /** Multinomial (softmax) loss; parameters K blocks of [w_0..w_{p-1}, b]. */
  private static final class Multinomial implements Lbfgs.Objective {
    private final double[] x;
    private final CsrMatrix csr;
    private final double[] gx;
    private final int n;
    private final int p;
    private final int k;
    private final int[] codes;
    private final double alpha;
    private final boolean intercept;
    private final double[] sw;
    private final double inv;
    private final double[] z; // column-major n x k
    private final double[] rowMax;
    private final double[] rowSum;

    Multinomial(double[] x, CsrMatrix csr, int n, int p, int k, int[] codes, double alpha, boolean intercept,
        double[] sw, double scale) {
      this.x = x;
      this.csr = csr;
      this.gx = csr == null ? null : new double[p];
      this.n = n;
      this.p = p;
      this.k = k;
      this.codes = codes;
      this.alpha = alpha;
      this.intercept = intercept;
      this.sw = sw;
      this.inv = 1.0 / scale;
      this.z = new double[n * k];
      this.rowMax = new double[n];
      this.rowSum = new double[n];
    }

    @Override
    public double valueAndGradient(double[] w, double[] g) {
      int stride = p + 1;
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        double b = intercept ? w[c * stride + p] : 0.0;
        if (csr != null) {
          SparseOps.scores(csr, w, c * stride, b, z, zo);
          continue;
        }
        java.util.Arrays.fill(z, zo, zo + n, b);
        for (int j = 0; j < p; j++) {
          double wj = w[c * stride + j];
          if (wj != 0) {
            int off = j * n;
            for (int i = 0; i < n; i++) {
              z[zo + i] += x[off + i] * wj;
            }
          }
        }
      }
      // Softmax over classes, column by column so every pass reads memory sequentially and each
      // exponential is computed once: z becomes exp(z - rowMax), then the probability, then the residual.
      java.util.Arrays.fill(rowMax, Double.NEGATIVE_INFINITY);
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          rowMax[i] = Math.max(rowMax[i], z[zo + i]);
        }
      }
      double loss = 0;
      for (int i = 0; i < n; i++) {
        double li = z[codes[i] * n + i] - rowMax[i];
        loss -= sw == null ? li : sw[i] * li;
      }
      java.util.Arrays.fill(rowSum, 0.0);
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          double e = Math.exp(z[zo + i] - rowMax[i]);
          z[zo + i] = e;
          rowSum[i] += e;
        }
      }
      for (int i = 0; i < n; i++) {
        loss += sw == null ? Math.log(rowSum[i]) : sw[i] * Math.log(rowSum[i]);
        rowSum[i] = 1.0 / rowSum[i];
      }
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        for (int i = 0; i < n; i++) {
          z[zo + i] *= rowSum[i];
        }
      }
      for (int i = 0; i < n; i++) {
        z[codes[i] * n + i] -= 1.0;
      }
      if (sw != null) {
        for (int c = 0; c < k; c++) {
          int zo = c * n;
          for (int i = 0; i < n; i++) {
            z[zo + i] *= sw[i];
          }
        }
      }
      double reg = 0;
      for (int c = 0; c < k; c++) {
        int zo = c * n;
        if (csr != null) {
          SparseOps.transposeTimes(csr, z, zo, gx, 0);
        }
        for (int j = 0; j < p; j++) {
          double s;
          if (csr != null) {
            s = gx[j];
          } else {
            int off = j * n;
            s = 0;
            for (int i = 0; i < n; i++) {
              s += x[off + i] * z[zo + i];
            }
          }
          double wj = w[c * stride + j];
          g[c * stride + j] = s * inv + alpha * wj;
          reg += wj * wj;
        }
        if (intercept) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            s += z[zo + i];
          }
          g[c * stride + p] = s * inv;
        } else {
          g[c * stride + p] = 0.0;
        }
      }
      return loss * inv + 0.5 * alpha * reg;
    }
  }
}
