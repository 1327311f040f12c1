package praxis.trees;

import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.trees.internal.Features;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeShap;
import praxis.trees.internal.TreeSupport;

/**
 * A fitted {@link DecisionTreeRegressor}: each leaf predicts the weighted mean (median for absolute error)
 * of its training targets.
 *
 * <pre>{@code
 * DecisionTreeRegressorModel m = new DecisionTreeRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * System.out.println(m.toText());
 * }</pre>
 */
public final class DecisionTreeRegressorModel implements Regressor, FeatureImportance {
  static final String TYPE = "decision_tree_regressor";
  private final Schema schema;
  private final Tree tree;
  private final Provenance provenance;

  DecisionTreeRegressorModel(Schema schema, Tree tree, Provenance provenance) {
    this.schema = schema;
    this.tree = tree;
    this.provenance = provenance;
  }

  @Override
  public double[] predict(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeRegressor");
    double[] out = new double[f.n];
    for (int i = 0; i < f.n; i++) {
      out[i] = tree.value(tree.leaf(f, i), 0);
    }
    return out;
  }

  /** Index of the leaf each row reaches. */
  public int[] apply(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeRegressor");
    int[] out = new int[f.n];
    for (int i = 0; i < f.n; i++) {
      out[i] = tree.leaf(f, i);
    }
    return out;
  }

  /** Normalized total impurity decrease per feature. */
  public double[] featureImportances() {
    return tree.importances(schema.size());
  }

  /** Number of nodes. */
  public int nodeCount() {
    return tree.nodeCount();
  }

  /** Number of leaves. */
  public int leafCount() {
    return tree.leafCount();
  }

  /** Depth (0 for a single leaf). */
  public int depth() {
    return tree.depth();
  }

  /** Node structure: per node {@code [left, right, feature, threshold, impurity, weight, rows, value]}. */
  public double[][] nodes() {
    double[][] out = new double[tree.nodeCount()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[] {tree.left(i), tree.right(i), tree.feature(i), tree.threshold(i), tree.impurity(i),
          tree.weight(i), tree.samples(i), tree.value(i, 0)};
    }
    return out;
  }

  /** The tree as indented if/else rules. */
  public String toText() {
    return tree.toText(schema.names(), TreeSupport.levels(schema), null);
  }

  /** The tree in Graphviz DOT. */
  public String toDot() {
    return tree.toDot(schema.names(), TreeSupport.levels(schema), null);
  }

  /**
   * Exact TreeSHAP attributions {@code [row][feature]}: {@code expectedValue() + sum_j phi[row][j]} equals
   * {@code predict(x)[row]}.
   */
  public double[][] shapValues(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeRegressor");
    double[][] out = new double[f.n][schema.size()];
    for (Tree t : one()) {
      for (int i = 0; i < f.n; i++) {
        TreeShap.add(t, f, i, 0, out[i], 1.0 / one().length);
      }
    }
    return out;
  }

  /** The SHAP baseline: the cover-weighted mean leaf value (averaged over trees). */
  public double expectedValue() {
    double e = 0;
    for (Tree t : one()) {
      e += TreeShap.expectedValue(t, 0) / one().length;
    }
    return e;
  }

  private Tree[] one() {
    return new Tree[] {tree};
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
    return TreeSupport.start(TYPE, schema, provenance).put("tree", tree.toState()).build();
  }

  /** Reads {@code decision_tree_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public DecisionTreeRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      Tree tree = Tree.fromState(s.getState("tree"), schema.size());
      TreeSupport.require(tree.nOut() == 1, s, tree.nOut() + " leaf outputs for a regression tree");
      return new DecisionTreeRegressorModel(schema, tree, TreeSupport.provenance(s));
    }
  }
}
