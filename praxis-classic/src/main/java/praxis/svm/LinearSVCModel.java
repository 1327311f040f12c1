package praxis.svm;

import java.util.List;
import praxis.api.Classifier;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link LinearSVC}: one weight vector and intercept per problem ({@code coef_}, {@code intercept_}:
 * one row for two classes, positive meaning {@code classes().get(1)}; one row per class for one-vs-rest).
 * Predicts the class of the largest decision value (two classes: {@code classes().get(1)} where it is
 * positive).
 *
 * <pre>{@code
 * LinearSVCModel m = new LinearSVC().fit(x, y);
 * double[][] dec = m.decisionFunction(x);   // [row][problem]
 * int[] pred = m.predict(x);
 * }</pre>
 */
public final class LinearSVCModel implements Classifier {
  static final String TYPE = "linear_svc";
  private final Schema schema;
  private final List<String> classes;
  private final double[][] coef;
  private final double[] intercepts;
  private final int iterations;
  private final boolean converged;
  private final Provenance provenance;

  LinearSVCModel(Schema schema, List<String> classes, double[][] coef, double[] intercepts, int iterations,
      boolean converged, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.coef = SVCModel.copy(coef);
    this.intercepts = intercepts.clone();
    this.iterations = iterations;
    this.converged = converged;
    this.provenance = provenance;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Weights {@code [problem][feature]} ({@code coef_}). */
  public double[][] coefficients() {
    return SVCModel.copy(coef);
  }

  /** Intercepts per problem ({@code intercept_}; 0 without fitIntercept). */
  public double[] intercepts() {
    return intercepts.clone();
  }

  /** The largest number of epochs any problem used ({@code n_iter_}). */
  public int iterations() {
    return iterations;
  }

  /** Whether every problem met tol within maxIter. */
  public boolean converged() {
    return converged;
  }

  /** {@code w_k . x + b_k} per row and problem. */
  public double[][] decisionFunction(Frame x) {
    return DualCd.scores(schema, x, "LinearSVC", coef, intercepts);
  }

  @Override
  public int[] predict(Frame x) {
    double[][] d = decisionFunction(x);
    if (classes.size() == 2) {
      int[] out = new int[d.length];
      for (int i = 0; i < d.length; i++) {
        out[i] = d[i][0] > 0 ? 1 : 0;
      }
      return out;
    }
    return Inputs.argmaxRows(d);
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("coef", coef)
        .put("intercepts", intercepts).put("iterations", iterations).put("converged", converged).build();
  }

  /** Reads {@code linear_svc} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LinearSVCModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] coef = s.getMatrix("coef");
      double[] b = s.getDoubles("intercepts");
      int problems = classes.size() == 2 ? 1 : classes.size();
      ModelStates.require(classes.size() >= 2 && coef.length == problems && b.length == problems, s,
          "coef / intercepts need " + problems + " rows for " + classes.size() + " classes");
      for (double[] row : coef) {
        ModelStates.require(row.length == schema.size(), s, "a coefficient row does not have " + schema.size()
            + " values");
      }
      return new LinearSVCModel(schema, classes, coef, b, s.getInt("iterations"), s.getBoolean("converged"),
          ModelStates.provenance(s));
    }
  }
}
