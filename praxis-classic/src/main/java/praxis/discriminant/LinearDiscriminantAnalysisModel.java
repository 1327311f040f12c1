package praxis.discriminant;

import java.util.ArrayList;
import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LinearDiscriminantAnalysis}: a probabilistic classifier (decision function
 * {@code x·coef[c] + intercept[c]}, probabilities by softmax) and a supervised projection ({@link #transform}
 * gives columns {@code ld1..ldd}, {@code d <= min(classes − 1, features)}). Coefficients are kept for every
 * class, also with two classes (scikit-learn keeps only {@code coef[1] − coef[0]} there; the probabilities are
 * identical).
 *
 * <pre>{@code
 * LinearDiscriminantAnalysisModel m = new LinearDiscriminantAnalysis().fit(x, y);
 * int[] labels = m.predict(x);
 * Frame z = m.transform(x);
 * double[] ratio = m.explainedVarianceRatio();
 * }</pre>
 */
public final class LinearDiscriminantAnalysisModel implements ProbabilisticClassifier, Transformer {
  static final String TYPE = "lda";
  private final Schema schema;
  private final Schema output;
  private final List<String> classes;
  private final LinearDiscriminantAnalysis.Solver solver;
  private final double[][] means;
  private final double[] priors;
  private final double[][] coef;
  private final double[] intercept;
  private final double[][] scalings;
  private final double[] center;
  private final double[] evr;
  private final int components;
  private final Provenance provenance;

  LinearDiscriminantAnalysisModel(Schema schema, List<String> classes, LinearDiscriminantAnalysis.Solver solver,
      double[][] means, double[] priors, double[][] coef, double[] intercept, double[][] scalings, double[] center,
      double[] evr, int components, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.solver = solver;
    this.means = Discriminants.deepCopy(means);
    this.priors = priors.clone();
    this.coef = Discriminants.deepCopy(coef);
    this.intercept = intercept.clone();
    this.scalings = Discriminants.deepCopy(scalings);
    this.center = center.clone();
    this.evr = evr.clone();
    this.components = components;
    this.provenance = provenance;
    List<Field> f = new ArrayList<>(components);
    for (int r = 0; r < components; r++) {
      f.add(Field.numeric("ld" + (r + 1)));
    }
    this.output = new Schema(f);
  }

  /** The solver that fitted this model. */
  public LinearDiscriminantAnalysis.Solver solver() {
    return solver;
  }

  /** Decision-function weights {@code [class][feature]}. */
  public double[][] coefficients() {
    return Discriminants.deepCopy(coef);
  }

  /** Decision-function intercepts by class code. */
  public double[] intercepts() {
    return intercept.clone();
  }

  /** Class means {@code [class][feature]}. */
  public double[][] means() {
    return Discriminants.deepCopy(means);
  }

  /** Class priors by class code. */
  public double[] priors() {
    return priors.clone();
  }

  /** Share of the between-class variance explained by each kept component (descending). */
  public double[] explainedVarianceRatio() {
    return evr.clone();
  }

  /**
   * The projection directions {@code [feature][direction]} (all directions found; {@link #transform} uses the
   * first {@link #components()}). Signs are arbitrary.
   */
  public double[][] scalings() {
    return Discriminants.deepCopy(scalings);
  }

  /** The point subtracted before projecting: the prior-weighted mean (SVD solver) or zero (EIGEN). */
  public double[] center() {
    return center.clone();
  }

  /** Number of columns {@link #transform} returns. */
  public int components() {
    return components;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Decision function {@code x·coef[c] + intercept[c]} per row and class. */
  public double[][] decisionFunction(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "LinearDiscriminantAnalysis");
    return Inputs.linearScores(xc, x.rowCount(), coef, intercept);
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(decisionFunction(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    return Discriminants.softmaxRows(decisionFunction(x));
  }

  /** Projects onto the first {@link #components()} discriminant directions: {@code (x − center)·scalings}. */
  @Override
  public Frame transform(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "LinearDiscriminantAnalysis");
    int n = x.rowCount();
    int p = schema.size();
    List<DoubleColumn> cols = new ArrayList<>(components);
    for (int r = 0; r < components; r++) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < p; j++) {
          s += (xc[j * n + i] - center[j]) * scalings[j][r];
        }
        v[i] = s;
      }
      cols.add(DoubleColumn.wrap("ld" + (r + 1), v));
    }
    return components == 0 ? Frame.empty(n) : Frame.of(cols);
  }

  @Override
  public Schema outputSchema() {
    return output;
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("solver", solver.name())
        .put("means", means).put("priors", priors).put("coef", coef).put("intercept", intercept)
        .put("scalings", scalings).put("center", center).put("explained_variance_ratio", evr)
        .put("components", components).build();
  }

  /** Reads {@code lda} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LinearDiscriminantAnalysisModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      LinearDiscriminantAnalysis.Solver solver;
      try {
        solver = LinearDiscriminantAnalysis.Solver.valueOf(s.getString("solver"));
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "unknown solver '" + s.getString("solver") + "'");
        throw e;
      }
      double[][] means = s.getMatrix("means");
      double[][] coef = s.getMatrix("coef");
      double[] priors = s.getDoubles("priors");
      double[] intercept = s.getDoubles("intercept");
      double[][] scalings = s.getMatrix("scalings");
      double[] center = s.getDoubles("center");
      int components = s.getInt("components");
      int k = classes.size();
      int p = schema.size();
      ModelStates.require(means.length == k && coef.length == k && priors.length == k && intercept.length == k, s,
          "per-class arrays do not match " + k + " classes");
      for (int c = 0; c < k; c++) {
        ModelStates.require(means[c].length == p && coef[c].length == p, s,
            "class " + c + " does not have " + p + " features");
      }
      ModelStates.require(scalings.length == p && center.length == p, s, "scalings/center do not have " + p
          + " rows");
      for (double[] row : scalings) {
        ModelStates.require(row.length >= components, s, "scalings have fewer than " + components + " columns");
      }
      return new LinearDiscriminantAnalysisModel(schema, classes, solver, means, priors, coef, intercept, scalings,
          center, s.getDoubles("explained_variance_ratio"), components, ModelStates.provenance(s));
    }
  }
}
