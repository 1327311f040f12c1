package praxis.bayes;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
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
  /** Per class: log prior - 0.5 * sum_j log(2 pi var). */
  private final double[] constant;

  GaussianNBModel(Schema schema, List<String> classes, double[][] theta, double[][] var, double[] priors,
      double epsilon, int[] counts, Provenance provenance) {
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("theta", theta).put("var", var)
        .put("priors", priors).put("epsilon", epsilon).put("counts", counts).build();
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
      return new GaussianNBModel(schema, classes, theta, var, priors, s.getDouble("epsilon"), counts,
          ModelStates.provenance(s));
    }
  }
}
