package praxis.trees;

import java.util.List;
import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.trees.internal.Features;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeShap;
import praxis.trees.internal.TreeSupport;

/**
 * A fitted {@link DecisionTreeClassifier}: leaves hold weighted class fractions; {@link #predict} takes the
 * most probable class (the smallest code on ties).
 *
 * <pre>{@code
 * DecisionTreeClassifierModel m = new DecisionTreeClassifier().fit(x, y);
 * double[][] p = m.predictProba(test);
 * String dot = m.toDot();
 * }</pre>
 */
public final class DecisionTreeClassifierModel implements ProbabilisticClassifier, FeatureImportance {
  static final String TYPE = "decision_tree_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final Tree tree;
  private final Provenance provenance;

  DecisionTreeClassifierModel(Schema schema, List<String> classes, Tree tree, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.tree = tree;
    this.provenance = provenance;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public int[] predict(Frame x) {
    return TreeSupport.argmax(predictProba(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeClassifier");
    int k = classes.size();
    double[][] out = new double[f.n][k];
    for (int i = 0; i < f.n; i++) {
      int leaf = tree.leaf(f, i);
      for (int c = 0; c < k; c++) {
        out[i][c] = tree.value(leaf, c);
      }
    }
    return out;
  }

  /** Index of the leaf each row reaches (node ids in preorder). */
  public int[] apply(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeClassifier");
    int[] out = new int[f.n];
    for (int i = 0; i < f.n; i++) {
      out[i] = tree.leaf(f, i);
    }
    return out;
  }

  /** Normalized total impurity decrease per feature (sums to 1 unless the tree is a single leaf). */
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

  /** Node structure, for inspection: per node {@code [left, right, feature, threshold, impurity, weight, rows]}. */
  public double[][] nodes() {
    double[][] out = new double[tree.nodeCount()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[] {tree.left(i), tree.right(i), tree.feature(i), tree.threshold(i), tree.impurity(i),
          tree.weight(i), tree.samples(i)};
    }
    return out;
  }

  /** The tree as indented if/else rules. */
  public String toText() {
    return tree.toText(schema.names(), TreeSupport.levels(schema), classes);
  }

  /** The tree in Graphviz DOT. */
  public String toDot() {
    return tree.toDot(schema.names(), TreeSupport.levels(schema), classes);
  }

  /**
   * Exact TreeSHAP attributions {@code [row][class][feature]} of the class probabilities: for each row and
   * class, {@code expectedValues()[c] + sum_j phi[row][c][j]} equals {@code predictProba(x)[row][c]}.
   */
  public double[][][] shapValues(Frame x) {
    Features f = Features.forPredict(schema, x, "DecisionTreeClassifier");
    int k = classes.size();
    double[][][] out = new double[f.n][k][schema.size()];
    for (Tree t : one()) {
      for (int i = 0; i < f.n; i++) {
        for (int c = 0; c < k; c++) {
          TreeShap.add(t, f, i, c, out[i][c], 1.0 / one().length);
        }
      }
    }
    return out;
  }

  /** The SHAP baseline per class: the cover-weighted mean leaf probability (averaged over trees). */
  public double[] expectedValues() {
    double[] e = new double[classes.size()];
    for (Tree t : one()) {
      for (int c = 0; c < e.length; c++) {
        e[c] += TreeShap.expectedValue(t, c) / one().length;
      }
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
    return TreeSupport.start(TYPE, schema, provenance).put("classes", classes).put("tree", tree.toState()).build();
  }

  /** Reads {@code decision_tree_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public DecisionTreeClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      Tree tree = Tree.fromState(s.getState("tree"), schema.size());
      TreeSupport.require(tree.nOut() == classes.size(), s, tree.nOut() + " leaf outputs for " + classes.size()
          + " classes");
      return new DecisionTreeClassifierModel(schema, classes, tree, TreeSupport.provenance(s));
    }
  }
}
