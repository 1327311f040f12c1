package praxis.outlier;

import java.util.ArrayList;
import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.OutlierDetector;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link IsolationForest}: the trees as flat arrays, the per-tree sample size and the threshold.
 *
 * <pre>{@code
 * IsolationForestModel f = new IsolationForest().fit(x, Target.none(x.rowCount()));
 * double[] margin = f.decisionFunction(x);   // negative = outlier
 * }</pre>
 */
public final class IsolationForestModel implements OutlierDetector {
  static final String TYPE = "isolation_forest";
  private final Schema schema;
  private final IsolationTree[] trees;
  private final int psi;
  private final double offset;
  private final Provenance provenance;

  IsolationForestModel(Schema schema, IsolationTree[] trees, int psi, double offset,
      Provenance provenance) {
    this.schema = schema;
    this.trees = trees;
    this.psi = psi;
    this.offset = offset;
    this.provenance = provenance;
  }

  /** Number of trees. */
  public int treeCount() {
    return trees.length;
  }

  /** Threshold subtracted from the score by {@link #decisionFunction}. */
  public double offset() {
    return offset;
  }

  double[] scoreRows(double[] rows, int n) {
    double[] out = new double[n];
    int p = schema.size();
    double norm = IsolationTree.c(psi);
    for (int i = 0; i < n; i++) {
      double h = 0;
      for (IsolationTree t : trees) {
        h += t.pathLength(rows, i, p);
      }
      h /= trees.length;
      out[i] = -Math.pow(2, -h / norm);
    }
    return out;
  }

  @Override
  public double[] scoreSamples(Frame x) {
    schema.requireCompatible(x.schema(), "IsolationForestModel input");
    Inputs in = Inputs.of(x, "IsolationForestModel");
    return scoreRows(in.rows(), in.n());
  }

  @Override
  public double[] decisionFunction(Frame x) {
    double[] s = scoreSamples(x);
    for (int i = 0; i < s.length; i++) {
      s[i] -= offset;
    }
    return s;
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
    List<State> ts = new ArrayList<>(trees.length);
    for (IsolationTree t : trees) {
      ts.add(State.builder("isolation_tree").put("feature", t.feature).put("threshold", t.threshold)
          .put("left", t.left).put("right", t.right).put("pathLength", t.pathLength).build());
    }
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("psi", psi).put("offset", offset).putStates("trees", ts).build();
  }

  /**
   * Reads {@code isolation_forest} model state.
   *
   * <pre>{@code
   * IsolationForestModel f = (IsolationForestModel) ModelIO.load(Path.of("iforest.praxis"));
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
    public IsolationForestModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      List<State> ts = s.getStates("trees");
      IsolationTree[] trees = new IsolationTree[ts.size()];
      for (int t = 0; t < trees.length; t++) {
        State st = ts.get(t);
        int[] f = st.getInts("feature");
        double[] thr = st.getDoubles("threshold");
        int[] l = st.getInts("left");
        int[] r = st.getInts("right");
        double[] pl = st.getDoubles("pathLength");
        if (thr.length != f.length || l.length != f.length || r.length != f.length || pl.length != f.length) {
          throw new ModelFormatException("inconsistent 'isolation_forest' model state: tree " + t
              + " arrays differ in length");
        }
        for (int i = 0; i < f.length; i++) {
          if (f[i] >= schema.size() || (f[i] >= 0 && (l[i] <= i || r[i] <= i || l[i] >= f.length
              || r[i] >= f.length))) {
            throw new ModelFormatException("inconsistent 'isolation_forest' model state: tree " + t + " node " + i
                + " points outside the tree");
          }
        }
        trees[t] = new IsolationTree(f, thr, l, r, pl);
      }
      return new IsolationForestModel(schema, trees, s.getInt("psi"), s.getDouble("offset"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
