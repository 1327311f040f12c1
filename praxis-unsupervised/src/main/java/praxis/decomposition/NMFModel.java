package praxis.decomposition;

import java.util.ArrayList;
import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link NMF}: the components H ({@code k x p}). {@link #transform} solves for the non-negative
 * weights W of new rows with H fixed (same solver and penalties), each row separately, starting from
 * {@code sqrt(mean(X_train) / k)} (scikit-learn starts from the mean of the rows being transformed and stops
 * on the whole batch, so its result for a row depends on the other rows; here it does not);
 * {@link #inverseTransform} gives {@code W H}.
 *
 * <pre>{@code
 * NMFModel m = new NMF(NMF.Params.DEFAULTS.withNComponents(5)).fit(x, Target.none(n));
 * Frame w = m.transform(x);
 * Frame approx = m.inverseTransform(w);
 * }</pre>
 */
public final class NMFModel implements Transformer {
  static final String TYPE = "nmf";
  private final Schema schema;
  private final Schema output;
  private final double[][] components;
  private final double error;
  /** Initial value of every weight in {@link #transform}: {@code sqrt(mean(training X) / k)}. */
  private final double start;
  private final int iterations;
  private final NMF.Params params;
  private final Provenance provenance;

  NMFModel(Schema schema, double[][] components, double error, double start, int iterations, NMF.Params params,
      Provenance provenance) {
    this.start = start;
    this.schema = schema;
    this.components = components;
    this.error = error;
    this.iterations = iterations;
    this.params = params;
    this.provenance = provenance;
    List<Field> f = new ArrayList<>();
    for (int c = 0; c < components.length; c++) {
      f.add(Field.numeric("nmf" + c));
    }
    this.output = new Schema(f);
  }

  /** The components H {@code [component][feature]}. */
  public double[][] components() {
    double[][] out = new double[components.length][];
    for (int c = 0; c < out.length; c++) {
      out[c] = components[c].clone();
    }
    return out;
  }

  /** Loss at the end of fitting ({@code ||X − WH||_F}, or {@code sqrt(2 KL)}). */
  public double reconstructionError() {
    return error;
  }

  /** Iterations run when fitting. */
  public int iterations() {
    return iterations;
  }

  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "NMFModel input");
    NmfData data = NmfData.of(x, "NMFModel");
    int k = components.length;
    int p = schema.size();
    double[] h = new double[k * p];
    for (int c = 0; c < k; c++) {
      System.arraycopy(components[c], 0, h, c * p, p);
    }
    // Each row is solved on its own (from the training-data start value, with its own stopping test), so a
    // row's weights do not depend on the other rows passed along with it.
    double[] w = new double[data.n * k];
    double[] wi = new double[k];
    for (int i = 0; i < data.n; i++) {
      java.util.Arrays.fill(wi, start);
      NmfSolver.solve(data.row(i), wi, h, k, params, false);
      System.arraycopy(wi, 0, w, i * k, k);
    }
    List<DoubleColumn> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      double[] v = new double[data.n];
      for (int i = 0; i < data.n; i++) {
        v[i] = w[i * k + c];
      }
      cols.add(DoubleColumn.wrap("nmf" + c, v));
    }
    return Frame.of(cols);
  }

  /** {@code W H} for weights W given as a frame with columns {@code nmf0 ... }. */
  public Frame inverseTransform(Frame weights) {
    output.requireCompatible(weights.schema(), "NMFModel.inverseTransform input");
    int n = weights.rowCount();
    double[] w = weights.toColumnMajor();
    List<DoubleColumn> cols = new ArrayList<>();
    for (int j = 0; j < schema.size(); j++) {
      double[] v = new double[n];
      for (int c = 0; c < components.length; c++) {
        double hc = components[c][j];
        for (int i = 0; i < n; i++) {
          v[i] += w[c * n + i] * hc;
        }
      }
      cols.add(DoubleColumn.wrap(schema.names().get(j), v));
    }
    return Frame.of(cols);
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
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("components", components).put("error", error).put("start", start).put("iterations", iterations)
        .put("solver", params.solver().name()).put("loss", params.loss().name()).put("tol", params.tol())
        .put("maxIter", params.maxIter()).put("alphaW", params.alphaW()).put("alphaH", params.alphaH())
        .put("l1Ratio", params.l1Ratio()).build();
  }

  /**
   * Reads {@code nmf} model state.
   *
   * <pre>{@code
   * NMFModel m = (NMFModel) ModelIO.load(Path.of("nmf.praxis"));
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public NMFModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[][] comp = s.getMatrix("components");
      for (double[] c : comp) {
        if (c.length != schema.size()) {
          throw new ModelFormatException("inconsistent 'nmf' model state: a component has " + c.length
              + " values but the schema has " + schema.size() + " columns");
        }
      }
      NMF.Params params;
      try {
        params = new NMF.Params(comp.length, NMF.Init.NNDSVDA, NMF.Solver.valueOf(s.getString("solver")),
            NMF.Loss.valueOf(s.getString("loss")), s.getDouble("tol"), s.getInt("maxIter"), s.getDouble("alphaW"),
            s.getDouble("alphaH"), s.getDouble("l1Ratio"), 0L);
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'nmf' model state: " + e.getMessage());
      }
      return new NMFModel(schema, comp, s.getDouble("error"), s.getDouble("start"), s.getInt("iterations"), params,
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
