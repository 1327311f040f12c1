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
 * A fitted {@link SVC}: the support vectors (grouped by class, in training-row order within a class), the
 * dual coefficients in LIBSVM's one-vs-one layout and one intercept per pair of classes. The accessors use
 * scikit-learn's conventions ({@code support_}, {@code support_vectors_}, {@code dual_coef_},
 * {@code intercept_}, {@code n_support_}, {@code decision_function_shape="ovo"}), including its sign flip for
 * two classes so that a positive decision value means {@code classes().get(1)}. Fitted with
 * {@code probability} set, the model is an {@link SVCProbabilityModel}.
 *
 * <pre>{@code
 * SVCModel m = new SVC().fit(x, y);
 * int[] sv = m.supportIndices();
 * double[][] dec = m.decisionFunction(x);   // [row][pair]
 * }</pre>
 */
public class SVCModel implements Classifier {
  static final String TYPE = "svc";
  private final Schema schema;
  private final List<String> classes;
  private final Kernel kernel;
  private final double gamma;
  private final int degree;
  private final double coef0;
  private final int[] svIdx;
  private final SupportSet sv;
  private final int[] nSupport;
  private final double[][] coef; // LIBSVM layout [k-1][nSV]
  private final double[] rho; // LIBSVM rho per pair
  private final boolean converged;
  private final Provenance provenance;
  private final KernelEval ke;
  private final int[] start;
  /** Platt sigmoid parameters per pair, or null without probabilities. */
  final double[] probA;
  final double[] probB;

  SVCModel(Schema schema, List<String> classes, Kernel kernel, double gamma, int degree, double coef0, int[] svIdx,
      SupportSet sv, int[] nSupport, double[][] coef, double[] rho, boolean converged, double[] probA,
      double[] probB, Provenance provenance) {
    this.probA = probA == null ? null : probA.clone();
    this.probB = probB == null ? null : probB.clone();
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.kernel = kernel;
    this.gamma = gamma;
    this.degree = degree;
    this.coef0 = coef0;
    this.svIdx = svIdx.clone();
    this.sv = sv;
    this.nSupport = nSupport.clone();
    this.coef = copy(coef);
    this.rho = rho.clone();
    this.converged = converged;
    this.provenance = provenance;
    this.ke = sv.eval(kernel, gamma, degree, coef0);
    this.start = new int[nSupport.length + 1];
    for (int c = 0; c < nSupport.length; c++) {
      start[c + 1] = start[c] + nSupport[c];
    }
  }

  static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Training-row indices of the support vectors ({@code support_}). */
  public int[] supportIndices() {
    return svIdx.clone();
  }

  /** The support vectors {@code [sv][feature]} ({@code support_vectors_}; a dense copy). */
  public double[][] supportVectors() {
    return sv.toDense();
  }

  /** Support vectors per class ({@code n_support_}). */
  public int[] nSupport() {
    return nSupport.clone();
  }

  /**
   * Dual coefficients {@code y_i alpha_i} in scikit-learn's {@code dual_coef_} layout {@code [k-1][sv]}
   * (negated for two classes, as scikit-learn).
   */
  public double[][] dualCoefficients() {
    double[][] out = copy(coef);
    if (classes.size() == 2) {
      for (double[] row : out) {
        for (int i = 0; i < row.length; i++) {
          row[i] = -row[i];
        }
      }
    }
    return out;
  }

  /** Intercepts per pair of classes ({@code intercept_}: {@code -rho}, or {@code rho} for two classes). */
  public double[] intercepts() {
    double[] out = new double[rho.length];
    for (int i = 0; i < rho.length; i++) {
      out[i] = classes.size() == 2 ? rho[i] : -rho[i];
    }
    return out;
  }

  /** The kernel coefficient used (after resolving scale / auto). */
  public double gamma() {
    return gamma;
  }

  /** The kernel. */
  public Kernel kernel() {
    return kernel;
  }

  /** Whether every pair's solver reached tol within maxIter. */
  public boolean converged() {
    return converged;
  }

  /** LIBSVM's pairwise decision values {@code [row][pair]}, positive = the first class of the pair. */
  final double[][] raw(Frame x) {
    int k = classes.size();
    double[][] out = new double[x.rowCount()][k * (k - 1) / 2];
    ke.forEachRow(schema, x, "SVC", (r, kv) -> {
      int pi = 0;
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          double sum = 0;
          double[] ca = coef[b - 1];
          for (int s = start[a]; s < start[a + 1]; s++) {
            sum += ca[s] * kv[s];
          }
          double[] cb = coef[a];
          for (int s = start[b]; s < start[b + 1]; s++) {
            sum += cb[s] * kv[s];
          }
          out[r][pi] = sum - rho[pi];
          pi++;
        }
      }
    });
    return out;
  }

  /**
   * Decision values {@code [row][pair]} for the pairs {@code (0,1), (0,2), ..., (k-2,k-1)}: positive votes for
   * the first class of the pair; with two classes a single column, positive meaning {@code classes().get(1)}
   * (scikit-learn's {@code decision_function} with {@code decision_function_shape="ovo"}).
   */
  public double[][] decisionFunction(Frame x) {
    double[][] d = raw(x);
    if (classes.size() == 2) {
      for (double[] row : d) {
        row[0] = -row[0];
      }
    }
    return d;
  }

  @Override
  public int[] predict(Frame x) {
    double[][] d = raw(x);
    int k = classes.size();
    int[] out = new int[d.length];
    int[] votes = new int[k];
    for (int r = 0; r < d.length; r++) {
      java.util.Arrays.fill(votes, 0);
      int pi = 0;
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          if (d[r][pi++] > 0) {
            votes[a]++;
          } else {
            votes[b]++;
          }
        }
      }
      int best = 0;
      for (int c = 1; c < k; c++) {
        if (votes[c] > votes[best]) {
          best = c;
        }
      }
      out[r] = best;
    }
    return out;
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
    State.Builder b = ModelStates.start(TYPE, schema, provenance).put("classes", classes)
        .put("kernel", kernel.name()).put("gamma", gamma).put("degree", degree).put("coef0", coef0)
        .put("support", svIdx).put("nSupport", nSupport).put("dualCoef", coef)
        .put("rho", rho).put("converged", converged);
    sv.write(b);
    if (probA != null) {
      b.put("probA", probA).put("probB", probB);
    }
    return b.build();
  }

  /** Reads {@code svc} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public SVCModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      int k = classes.size();
      int[] idx = s.getInts("support");
      int[] ns = s.getInts("nSupport");
      double[][] coef = s.getMatrix("dualCoef");
      double[] rho = s.getDoubles("rho");
      ModelStates.require(k >= 2 && ns.length == k && rho.length == k * (k - 1) / 2, s,
          "nSupport / rho sizes do not match " + k + " classes");
      int total = 0;
      for (int v : ns) {
        total += v;
      }
      ModelStates.require(total == idx.length && coef.length == k - 1, s, "support vector counts do not match");
      SupportSet sv = SupportSet.read(s, idx.length, schema.size());
      for (double[] row : coef) {
        ModelStates.require(row.length == idx.length, s, "a dual coefficient row does not have " + idx.length
            + " values");
      }
      Kernel kernel;
      try {
        kernel = Kernel.valueOf(s.getString("kernel"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("svc model state: unknown kernel '" + s.getString("kernel") + "'", e);
      }
      if (s.has("probA")) {
        double[] pa = s.getDoubles("probA");
        double[] pb = s.getDoubles("probB");
        ModelStates.require(pa.length == rho.length && pb.length == rho.length, s,
            "probA / probB need one value per pair of classes");
        return new SVCProbabilityModel(schema, classes, kernel, s.getDouble("gamma"), s.getInt("degree"),
            s.getDouble("coef0"), idx, sv, ns, coef, rho, s.getBoolean("converged"), pa, pb,
            ModelStates.provenance(s));
      }
      return new SVCModel(schema, classes, kernel, s.getDouble("gamma"), s.getInt("degree"), s.getDouble("coef0"),
          idx, sv, ns, coef, rho, s.getBoolean("converged"), null, null, ModelStates.provenance(s));
    }
  }
}
