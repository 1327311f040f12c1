package praxis.semisupervised;

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
 * A fitted {@link LabelPropagation} or {@link LabelSpreading}: the training rows, their label distributions
 * ({@link #labelDistributions()}) and the labels they imply ({@link #transduction()}). New rows get the
 * kernel-weighted average of the training distributions: RBF weights {@code exp(-gamma d^2)} (computed
 * relative to the nearest training row, so far-away rows still get the nearest rows' labels instead of
 * scikit-learn's 0/0), or the sum over the {@code nNeighbors} nearest training rows; a zero sum gives
 * uniform probabilities. The model keeps the training matrix (O(n p) memory).
 *
 * <pre>{@code
 * LabelPropagationModel m = new LabelPropagation().fit(x, partiallyLabeled);
 * String first = m.classes().get(m.transduction()[0]);
 * }</pre>
 */
public final class LabelPropagationModel implements ProbabilisticClassifier {
  static final String TYPE = "label_propagation";
  private final Schema schema;
  private final List<String> classes;
  private final String variant;
  private final Kernel kernel;
  private final double gamma;
  private final int nNeighbors;
  private final double[] xc;
  private final int n;
  private final double[][] ld;
  private final int nIter;
  private final Provenance provenance;

  LabelPropagationModel(Schema schema, List<String> classes, String variant, Kernel kernel, double gamma,
      int nNeighbors, double[] xc, double[][] ld, int nIter, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.variant = variant;
    this.kernel = kernel;
    this.gamma = gamma;
    this.nNeighbors = nNeighbors;
    this.xc = xc.clone();
    this.n = ld.length;
    this.ld = new double[n][];
    for (int i = 0; i < n; i++) {
      this.ld[i] = ld[i].clone();
    }
    this.nIter = nIter;
    this.provenance = provenance;
  }

  /** {@code "propagation"} or {@code "spreading"}. */
  public String variant() {
    return variant;
  }

  /** Iterations run (the maximum when not converged). */
  public int iterations() {
    return nIter;
  }

  /** Normalized label distributions of the training rows {@code [row][class]}. */
  public double[][] labelDistributions() {
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      out[i] = ld[i].clone();
    }
    return out;
  }

  /** Class code of each training row (argmax of its distribution, first on ties), as {@code transduction_}. */
  public int[] transduction() {
    return Inputs.argmaxRows(ld);
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[] q = Inputs.predictMatrix(schema, x, "LabelPropagation");
    int m = x.rowCount();
    int p = schema.size();
    int k = classes.size();
    double[][] out = new double[m][k];
    double[] d2 = new double[n];
    for (int r = 0; r < m; r++) {
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        d2[i] = Graph.squaredDistance(xc, n, p, i, q, r, m);
        min = Math.min(min, d2[i]);
      }
      double[] o = out[r];
      if (kernel == Kernel.RBF) {
        for (int i = 0; i < n; i++) {
          double w = Math.exp(-gamma * (d2[i] - min));
          for (int c = 0; c < k; c++) {
            o[c] += w * ld[i][c];
          }
        }
      } else {
        for (int i : Graph.nearest(d2, nNeighbors, -1)) {
          for (int c = 0; c < k; c++) {
            o[c] += ld[i][c];
          }
        }
      }
      double s = 0;
      for (double v : o) {
        s += v;
      }
      for (int c = 0; c < k; c++) {
        o[c] = s > 0 ? o[c] / s : 1.0 / k;
      }
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    return Inputs.argmaxRows(predictProba(x));
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
    return ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("variant", variant)
        .put("kernel", kernel.name()).put("gamma", gamma).put("nNeighbors", nNeighbors).put("x", xc)
        .put("distributions", ld).put("nIter", nIter).build();
  }

  /** Reads {@code label_propagation} model state (both variants). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public LabelPropagationModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      double[][] ld = s.getMatrix("distributions");
      double[] x = s.getDoubles("x");
      ModelStates.require(ld.length > 0 && x.length == ld.length * schema.size(), s, x.length + " training cells for "
          + ld.length + " rows of " + schema.size() + " features");
      for (double[] r : ld) {
        ModelStates.require(r.length == classes.size(), s, "distributions with " + classes.size() + " columns");
      }
      Kernel kernel;
      try {
        kernel = Kernel.valueOf(s.getString("kernel"));
      } catch (IllegalArgumentException e) {
        ModelStates.require(false, s, "kernel one of RBF, KNN, got " + s.getString("kernel"));
        throw e;
      }
      return new LabelPropagationModel(schema, classes, s.getString("variant"), kernel, s.getDouble("gamma"),
          s.getInt("nNeighbors"), x, ld, s.getInt("nIter"), ModelStates.provenance(s));
    }
  }
}
