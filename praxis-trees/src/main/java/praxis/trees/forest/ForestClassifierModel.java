package praxis.trees.forest;

import java.util.List;
import java.util.OptionalDouble;
import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.io.State;
import praxis.trees.internal.Features;
import praxis.trees.internal.ForestEngine;
import praxis.trees.internal.Tree;
import praxis.trees.internal.TreeShap;
import praxis.trees.internal.TreeSupport;

/**
 * A fitted classification forest ({@link RandomForestClassifier} or {@link ExtraTreesClassifier}; one model
 * class for both since they differ only in how trees are grown): class probabilities are the mean of the
 * trees' leaf class fractions (scikit-learn's soft voting). Also: out-of-bag score and predictions, impurity
 * and permutation importances, proximities.
 *
 * <pre>{@code
 * ForestClassifierModel m = new RandomForestClassifier().fit(x, y);
 * double[][] p = m.predictProba(test);
 * double[] imp = m.permutationImportance(test, yTest, 5, 0L);
 * }</pre>
 */
public final class ForestClassifierModel implements ProbabilisticClassifier, FeatureImportance {
  static final String TYPE = "forest_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final Tree[] trees;
  private final long[] seeds;
  private final boolean bootstrap;
  private final int draws;
  private final double oobScore;
  private final double[][] oob;
  private final Provenance provenance;

  ForestClassifierModel(Schema schema, List<String> classes, Tree[] trees, long[] seeds, boolean bootstrap, int draws,
      double oobScore, double[][] oob, Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.trees = trees;
    this.seeds = seeds;
    this.bootstrap = bootstrap;
    this.draws = draws;
    this.oobScore = oobScore;
    this.oob = oob;
    this.provenance = provenance;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Number of trees. */
  public int treeCount() {
    return trees.length;
  }

  @Override
  public int[] predict(Frame x) {
    return TreeSupport.argmax(predictProba(x));
  }

  @Override
  public double[][] predictProba(Frame x) {
    return proba(Features.forPredict(schema, x, "ForestClassifier"));
  }

  private double[][] proba(Features f) {
    int k = classes.size();
    double[][] out = new double[f.n][k];
    for (Tree t : trees) {
      for (int i = 0; i < f.n; i++) {
        int leaf = t.leaf(f, i);
        double[] row = out[i];
        for (int c = 0; c < k; c++) {
          row[c] += t.value(leaf, c);
        }
      }
    }
    for (double[] row : out) {
      for (int c = 0; c < k; c++) {
        row[c] /= trees.length;
      }
    }
    return out;
  }

  /** Out-of-bag accuracy (empty unless fitted with {@code oobScore=true}). */
  public OptionalDouble oobScore() {
    return Double.isNaN(oobScore) ? OptionalDouble.empty() : OptionalDouble.of(oobScore);
  }

  /**
   * Out-of-bag class probabilities of the training rows (NaN rows: never out of bag), or null unless fitted
   * with {@code oobScore=true}.
   */
  public double[][] oobPredictions() {
    if (oob == null) {
      return null;
    }
    double[][] c = new double[oob.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = oob[i].clone();
    }
    return c;
  }

  /** Mean of the trees' normalized impurity decreases (mean decrease in impurity), normalized. */
  public double[] featureImportances() {
    return ForestEngine.importances(trees, schema.size());
  }

  /**
   * Permutation importance on a held-out frame: mean drop in accuracy over {@code nRepeats} shuffles of each
   * column.
   */
  public double[] permutationImportance(Frame x, Target y, int nRepeats, long seed) {
    Features f = Features.forPredict(schema, x, "ForestClassifier");
    int[] yc = codes(y, f.n);
    return Forests.permutationImportance(f, ff -> accuracy(proba(ff), yc), nRepeats, seed);
  }

  /**
   * Breiman's out-of-bag permutation importance (mean drop in each tree's OOB accuracy). Needs the training
   * data again (models keep none); it is checked against the provenance fingerprint.
   */
  public double[] oobPermutationImportance(Frame trainX, Target trainY, long seed) {
    if (!bootstrap) {
      throw new IllegalStateException("out-of-bag importance needs a forest fitted with bootstrap=true");
    }
    String fp = praxis.api.DataFingerprint.of(trainX, trainY);
    if (!fp.equals(provenance.dataFingerprint())) {
      throw new IllegalArgumentException("oobPermutationImportance needs the training data of this model (data"
          + " fingerprint " + provenance.dataFingerprint() + ") but got data with fingerprint " + fp);
    }
    Features f = Features.forPredict(schema, trainX, "ForestClassifier");
    int[] yc = codes(trainY, f.n);
    return Forests.oobPermutationImportance(trees, seeds, draws, f, seed, (t, ff, rows) -> {
      int correct = 0;
      for (int i : rows) {
        int leaf = t.leaf(ff, i);
        int best = 0;
        for (int c = 1; c < classes.size(); c++) {
          if (t.value(leaf, c) > t.value(leaf, best)) {
            best = c;
          }
        }
        correct += best == yc[i] ? 1 : 0;
      }
      return (double) correct / rows.length;
    });
  }

  private int[] codes(Target y, int n) {
    if (y.kind() != Target.Kind.CLASSES || y.size() != n) {
      throw new IllegalArgumentException("y must hold class labels for the " + n + " rows of x");
    }
    int[] yc = new int[n];
    for (int i = 0; i < n; i++) {
      yc[i] = classes.indexOf(y.classList().get(y.code(i)));
    }
    return yc;
  }

  private static double accuracy(double[][] p, int[] yc) {
    int[] pred = TreeSupport.argmax(p);
    int c = 0;
    for (int i = 0; i < pred.length; i++) {
      c += pred[i] == yc[i] ? 1 : 0;
    }
    return (double) c / pred.length;
  }

  /** Proximity matrix of the rows of {@code x}: fraction of trees in which two rows share a leaf. */
  public double[][] proximity(Frame x) {
    return ForestEngine.proximity(trees, Features.forPredict(schema, x, "ForestClassifier"));
  }

  /** Leaf index reached in each tree: {@code [row][tree]}. */
  public int[][] apply(Frame x) {
    Features f = Features.forPredict(schema, x, "ForestClassifier");
    int[][] out = new int[f.n][trees.length];
    for (int t = 0; t < trees.length; t++) {
      for (int i = 0; i < f.n; i++) {
        out[i][t] = trees[t].leaf(f, i);
      }
    }
    return out;
  }

  /**
   * Exact TreeSHAP attributions {@code [row][class][feature]} of the class probabilities: for each row and
   * class, {@code expectedValues()[c] + sum_j phi[row][c][j]} equals {@code predictProba(x)[row][c]}.
   */
  public double[][][] shapValues(Frame x) {
    Features f = Features.forPredict(schema, x, "ForestClassifier");
    int k = classes.size();
    double[][][] out = new double[f.n][k][schema.size()];
    for (Tree t : trees) {
      for (int i = 0; i < f.n; i++) {
        for (int c = 0; c < k; c++) {
          TreeShap.add(t, f, i, c, out[i][c], 1.0 / trees.length);
        }
      }
    }
    return out;
  }

  /** The SHAP baseline per class: the cover-weighted mean leaf probability (averaged over trees). */
  public double[] expectedValues() {
    double[] e = new double[classes.size()];
    for (Tree t : trees) {
      for (int c = 0; c < e.length; c++) {
        e[c] += TreeShap.expectedValue(t, c) / trees.length;
      }
    }
    return e;
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
    State.Builder b = TreeSupport.start(TYPE, schema, provenance).put("classes", classes)
        .putStates("trees", Forests.treeStates(trees)).put("seeds", seeds).put("bootstrap", bootstrap)
        .put("draws", draws).put("oobScore", oobScore);
    if (oob != null) {
      b.put("oob", oob);
    }
    return b.build();
  }

  /** Reads {@code forest_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public ForestClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      Tree[] trees = Forests.readTrees(s, schema.size());
      for (Tree t : trees) {
        TreeSupport.require(t.nOut() == classes.size(), s, "a tree has " + t.nOut() + " outputs for "
            + classes.size() + " classes");
      }
      long[] seeds = s.getLongs("seeds");
      TreeSupport.require(seeds.length == trees.length, s, seeds.length + " seeds for " + trees.length + " trees");
      return new ForestClassifierModel(schema, classes, trees, seeds, s.getBoolean("bootstrap"), s.getInt("draws"),
          s.getDouble("oobScore"), s.has("oob") ? s.getMatrix("oob") : null, TreeSupport.provenance(s));
    }
  }
}
