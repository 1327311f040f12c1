package praxis.bayes;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;

/**
 * A fitted {@link GaussianNB}: per-class feature means ({@link #theta()}), variances ({@link #var()}, smoothing
 * included) and priors.
 *
 * <pre>{@code
 * GaussianNBModel m = new GaussianNB().fit(x, y);
 * double[][] jll = m.jointLogLikelihood(x);
 * }</pre>
 */
public final class GaussianNBModel implements ProbabilisticClassifier {
  static final String TYPE = "gaussian_nb";
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private final Schema schema;
  private final List<String> classes;
  private final double[][] theta;
  private final double[][] var;
  private final double[] priors;
  private final double epsilon;
  private final int[] counts;
  private final Provenance provenance;
  /** The fitting hyperparameters (null for a model saved without them: no partial fit then). */
  private final GaussianNB.Params params;
  /** Per class: log prior - 0.5 * sum_j log(2 pi var). */
  private final double[] constant;

  GaussianNBModel(Schema schema, List<String> classes, double[][] theta, double[][] var, double[] priors,
      double epsilon, int[] counts, GaussianNB.Params params, Provenance provenance) {
    this.params = params;
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.theta = deepCopy(theta);
    this.var = deepCopy(var);
    this.priors = priors.clone();
    this.epsilon = epsilon;
    this.counts = counts.clone();
    this.provenance = provenance;
    this.constant = new double[classes.size()];
    for (int c = 0; c < constant.length; c++) {
      double s = Math.log(priors[c]);
      for (double v : var[c]) {
        s -= 0.5 * (LOG_2PI + Math.log(v));
      }
      constant[c] = counts[c] > 0 ? s : Double.NEGATIVE_INFINITY;
    }
  }

  /** Per-class feature means {@code [class][feature]}. */
  public double[][] theta() {
    return deepCopy(theta);
  }

  /** Per-class feature variances including the smoothing {@code [class][feature]}. */
  public double[][] var() {
    return deepCopy(var);
  }

  /** Class priors by code. */
  public double[] priors() {
    return priors.clone();
  }

  /** The variance added to every variance ({@code varSmoothing * max feature variance}). */
  public double epsilon() {
    return epsilon;
  }

  /** Training rows per class. */
  public int[] classCounts() {
    return counts.clone();
  }

  /**
   * Adds one batch of rows and returns the updated model (this model is unchanged): per class, the batch
   * mean and variance are merged with the fitted ones by the parallel update of Chan, Golub and LeVeque
   * ({@code n = n_a + n_b}, {@code mean = (n_a mean_a + n_b mean_b) / n},
   * {@code n var = n_a var_a + n_b var_b + (n_a n_b / n) (mean_a - mean_b)^2}), as scikit-learn's
   * {@code partial_fit}. The smoothing {@code epsilon} is {@code varSmoothing} times the largest variance of
   * a feature over ALL rows seen so far (law of total variance over the classes), so batches give the same
   * model as one {@link GaussianNB#fit} to rounding (scikit-learn instead uses the last batch's variance).
   * Priors are the class frequencies so far unless given. The class list is fixed by the first fit; the
   * provenance describes the last batch.
   *
   * @throws IllegalArgumentException on a batch with other columns, invalid values or an unknown label
   * @throws IllegalStateException for a model loaded from a file without its hyperparameters
   */
  public GaussianNBModel partialFit(Frame x, Target y) {
    if (params == null) {
      throw new IllegalStateException("GaussianNB: this model was saved without its hyperparameters, so it cannot"
          + " be updated; refit it with GaussianNB.partialFit");
    }
    Inputs.requireRows(x, y, "GaussianNB");
    int[] codes = NBSupport.codesIn(y, classes, "GaussianNB");
    double[] xc = Inputs.predictMatrix(schema, x, "GaussianNB");
    int n = x.rowCount();
    int p = schema.size();
    int k = classes.size();
    int[] nb = new int[k];
    for (int i = 0; i < n; i++) {
      nb[codes[i]]++;
    }
    int[] total = new int[k];
    for (int c = 0; c < k; c++) {
      total[c] = counts[c] + nb[c];
    }
    double[][] mu = new double[k][p];
    double[][] v = new double[k][p];
    double[] bm = new double[k];
    double[] bss = new double[k];
    for (int j = 0; j < p; j++) {
      int off = j * n;
      java.util.Arrays.fill(bm, 0);
      java.util.Arrays.fill(bss, 0);
      for (int i = 0; i < n; i++) {
        bm[codes[i]] += xc[off + i];
      }
      for (int c = 0; c < k; c++) {
        if (nb[c] > 0) {
          bm[c] /= nb[c];
        }
      }
      for (int i = 0; i < n; i++) {
        double d = xc[off + i] - bm[codes[i]];
        bss[codes[i]] += d * d;
      }
      for (int c = 0; c < k; c++) {
        double na = counts[c];
        double oldVar = counts[c] > 0 ? var[c][j] - epsilon : 0;
        if (nb[c] == 0) {
          mu[c][j] = theta[c][j];
          v[c][j] = oldVar;
        } else if (counts[c] == 0) {
          mu[c][j] = bm[c];
          v[c][j] = bss[c] / nb[c];
        } else {
          double nt = total[c];
          double d = theta[c][j] - bm[c];
          mu[c][j] = (na * theta[c][j] + nb[c] * bm[c]) / nt;
          v[c][j] = (na * oldVar + bss[c] + na * nb[c] / nt * d * d) / nt;
        }
      }
    }
    long all = 0;
    for (int c = 0; c < k; c++) {
      all += total[c];
    }
    double maxVar = 0;
    for (int j = 0; j < p; j++) {
      double m = 0;
      for (int c = 0; c < k; c++) {
        m += total[c] * mu[c][j];
      }
      m /= all;
      double s = 0;
      for (int c = 0; c < k; c++) {
        double d = mu[c][j] - m;
        s += total[c] * (v[c][j] + d * d);
      }
      maxVar = Math.max(maxVar, s / all);
    }
    double eps = params.varSmoothing() * maxVar;
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        if (total[c] > 0) {
          v[c][j] += eps;
          if (!(v[c][j] > 0)) {
            throw new IllegalArgumentException("GaussianNB: feature '" + schema.names().get(j)
                + "' has zero variance in class '" + classes.get(c) + "' and every feature is constant, so "
                + "varSmoothing cannot help; drop constant features");
          }
        }
      }
    }
    double[] given = params.priors();
    double[] pri = new double[k];
    for (int c = 0; c < k; c++) {
      pri[c] = given.length > 0 ? given[c] : total[c] / (double) all;
    }
    return new GaussianNBModel(schema, classes, mu, v, pri, eps, total, params,
        Provenance.of("gaussian_nb", params, x, y, 0L));
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Unnormalized log posterior {@code log P(c) + log P(x | c)} per row and class. */
  public double[][] jointLogLikelihood(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "GaussianNB");
    int n = x.rowCount();
    int p = schema.size();
    int k = classes.size();
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      double[] row = out[i];
      for (int c = 0; c < k; c++) {
        if (constant[c] == Double.NEGATIVE_INFINITY) {
          row[c] = Double.NEGATIVE_INFINITY;
          continue;
        }
        double s = 0;
        double[] th = theta[c];
        double[] v = var[c];
        for (int j = 0; j < p; j++) {
          double d = xc[j * n + i] - th[j];
          s += d * d / v[j];
        }
        row[c] = constant[c] - 0.5 * s;
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(jointLogLikelihood(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] jll = jointLogLikelihood(x);
    for (double[] row : jll) {
      double max = Double.NEGATIVE_INFINITY;
      for (double v : row) {
        max = Math.max(max, v);
      }
      double s = 0;
      for (double v : row) {
        s += Math.exp(v - max);
      }
      double lse = max + Math.log(s);
      for (int c = 0; c < row.length; c++) {
        row[c] = Math.exp(row[c] - lse);
      }
    }
    return jll;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    State.Builder b = ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("theta", theta)
        .put("var", var).put("priors", priors).put("epsilon", epsilon).put("counts", counts);
    if (params != null) {
      b.put("varSmoothing", params.varSmoothing()).put("givenPriors", params.priors());
    }
    return b.build();
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /** Reads {@code gaussian_nb} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public GaussianNBModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] theta = s.getMatrix("theta");
      double[][] var = s.getMatrix("var");
      double[] priors = s.getDoubles("priors");
      int[] counts = s.getInts("counts");
      int k = classes.size();
      ModelStates.require(theta.length == k && var.length == k && priors.length == k && counts.length == k, s,
          "per-class arrays do not match " + k + " classes");
      for (int c = 0; c < k; c++) {
        ModelStates.require(theta[c].length == schema.size() && var[c].length == schema.size(), s,
            "class " + c + " does not have " + schema.size() + " features");
      }
      GaussianNB.Params params = null;
      if (s.has("varSmoothing")) {
        params = new GaussianNB.Params(s.getDouble("varSmoothing"), s.getDoubles("givenPriors"));
      }
      return new GaussianNBModel(schema, classes, theta, var, priors, s.getDouble("epsilon"), counts, params,
          ModelStates.provenance(s));
    }
  }
}
