package praxis.discriminant;

import java.util.ArrayList;
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
 * A fitted {@link QuadraticDiscriminantAnalysis}: per class a mean, a rotation (the right singular vectors of
 * the centred class data) and the regularized variances along them.
 *
 * <pre>{@code
 * QuadraticDiscriminantAnalysisModel m = new QuadraticDiscriminantAnalysis().fit(x, y);
 * double[][] logPosterior = m.decisionFunction(x);
 * double[][] rot = m.rotations(0);
 * }</pre>
 */
public final class QuadraticDiscriminantAnalysisModel implements ProbabilisticClassifier {
  static final String TYPE = "qda";
  private final Schema schema;
  private final List<String> classes;
  private final double[][] means;
  private final double[] priors;
  private final double[][][] rotations;
  private final double[][] scalings;
  private final Provenance provenance;
  /** Per class: log prior − ½ Σ log S2. */
  private final double[] constant;

  QuadraticDiscriminantAnalysisModel(Schema schema, List<String> classes, double[][] means, double[] priors,
      double[][][] rotations, double[][] scalings, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.means = Discriminants.deepCopy(means);
    this.priors = priors.clone();
    this.rotations = new double[rotations.length][][];
    for (int c = 0; c < rotations.length; c++) {
      this.rotations[c] = Discriminants.deepCopy(rotations[c]);
    }
    this.scalings = Discriminants.deepCopy(scalings);
    this.provenance = provenance;
    this.constant = new double[classes.size()];
    for (int c = 0; c < constant.length; c++) {
      double u = 0;
      for (double v : scalings[c]) {
        u += Math.log(v);
      }
      constant[c] = -0.5 * u + Math.log(priors[c]);
    }
  }

  /** Class means {@code [class][feature]}. */
  public double[][] means() {
    return Discriminants.deepCopy(means);
  }

  /** Class priors by class code. */
  public double[] priors() {
    return priors.clone();
  }

  /** The rotation of class {@code c}: {@code [feature][direction]}, orthonormal columns. */
  public double[][] rotations(int c) {
    return Discriminants.deepCopy(rotations[c]);
  }

  /** The regularized variances of class {@code c} along its rotation's directions. */
  public double[] scalings(int c) {
    return scalings[c].clone();
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** The unnormalized log posterior per row and class (scikit-learn's {@code _decision_function}). */
  public double[][] decisionFunction(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "QuadraticDiscriminantAnalysis");
    int n = x.rowCount();
    int p = schema.size();
    int k = classes.size();
    double[][] out = new double[n][k];
    double[] d = new double[p];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double[] mu = means[c];
        for (int j = 0; j < p; j++) {
          d[j] = xc[j * n + i] - mu[j];
        }
        double[][] rot = rotations[c];
        double[] s2 = scalings[c];
        double norm2 = 0;
        for (int r = 0; r < s2.length; r++) {
          double t = 0;
          for (int j = 0; j < p; j++) {
            t += d[j] * rot[j][r];
          }
          t /= Math.sqrt(s2[r]);
          norm2 += t * t;
        }
        out[i][c] = constant[c] - 0.5 * norm2;
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(decisionFunction(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    return Discriminants.softmaxRows(decisionFunction(x));
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
    List<State> perClass = new ArrayList<>(classes.size());
    for (int c = 0; c < classes.size(); c++) {
      perClass.add(State.builder("qda_class").put("rotation", rotations[c]).put("scaling", scalings[c]).build());
    }
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("means", means)
        .put("priors", priors).putStates("per_class", perClass).build();
  }

  /** Reads {@code qda} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public QuadraticDiscriminantAnalysisModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] means = s.getMatrix("means");
      double[] priors = s.getDoubles("priors");
      List<State> perClass = s.getStates("per_class");
      int k = classes.size();
      int p = schema.size();
      ModelStates.require(means.length == k && priors.length == k && perClass.size() == k, s,
          "per-class arrays do not match " + k + " classes");
      double[][][] rotations = new double[k][][];
      double[][] scalings = new double[k][];
      for (int c = 0; c < k; c++) {
        State cs = perClass.get(c);
        rotations[c] = cs.getMatrix("rotation");
        scalings[c] = cs.getDoubles("scaling");
        ModelStates.require(means[c].length == p && rotations[c].length == p, s,
            "class " + c + " does not have " + p + " features");
        for (double[] row : rotations[c]) {
          ModelStates.require(row.length == scalings[c].length, s, "class " + c + " rotation/scaling mismatch");
        }
        for (double v : scalings[c]) {
          ModelStates.require(v > 0, s, "class " + c + " has a non-positive scaling " + v);
        }
      }
      return new QuadraticDiscriminantAnalysisModel(schema, classes, means, priors, rotations, scalings,
          ModelStates.provenance(s));
    }
  }
}
