package praxis.trees.forest;

import java.util.OptionalDouble;
import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
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
 * A fitted regression forest ({@link RandomForestRegressor} or {@link ExtraTreesRegressor}): the prediction
 * is the mean of the trees' leaf values. Also: out-of-bag R² and predictions, impurity and permutation
 * importances, proximities.
 *
 * <pre>{@code
 * ForestRegressorModel m = new RandomForestRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class ForestRegressorModel implements Regressor, FeatureImportance {
  static final String TYPE = "forest_regressor";
  private final Schema schema;
  private final Tree[] trees;
  private final long[] seeds;
  private final boolean bootstrap;
  private final int draws;
  private final double oobScore;
  private final double[] oob;
  private final Provenance provenance;

  ForestRegressorModel(Schema schema, Tree[] trees, long[] seeds, boolean bootstrap, int draws, double oobScore,
      double[] oob, Provenance provenance) {
    this.schema = schema;
    this.trees = trees;
    this.seeds = seeds;
    this.bootstrap = bootstrap;
    this.draws = draws;
    this.oobScore = oobScore;
    this.oob = oob;
    this.provenance = provenance;
  }

  /** Number of trees. */
  public int treeCount() {
    return trees.length;
  }

  @Override
  public double[] predict(Frame x) {
    return predict(Features.forPredict(schema, x, "ForestRegressor"));
  }

  private double[] predict(Features f) {
    double[] out = new double[f.n];
    for (Tree t : trees) {
      for (int i = 0; i < f.n; i++) {
        out[i] += t.value(t.leaf(f, i), 0);
      }
    }
    for (int i = 0; i < f.n; i++) {
      out[i] /= trees.length;
    }
    return out;
  }

  /** Out-of-bag R² (empty unless fitted with {@code oobScore=true}). */
  public OptionalDouble oobScore() {
    return Double.isNaN(oobScore) ? OptionalDouble.empty() : OptionalDouble.of(oobScore);
  }

  /** Out-of-bag predictions of the training rows (NaN: never out of bag), or null without oobScore. */
  public double[] oobPredictions() {
    return oob == null ? null : oob.clone();
  }

  /** Mean of the trees' normalized impurity decreases, normalized. */
  public double[] featureImportances() {
    return ForestEngine.importances(trees, schema.size());
  }

  /** Permutation importance on a held-out frame: mean drop in R² over {@code nRepeats} shuffles per column. */
  public double[] permutationImportance(Frame x, Target y, int nRepeats, long seed) {
    Features f = Features.forPredict(schema, x, "ForestRegressor");
    double[] yv = values(y, f.n);
    return Forests.permutationImportance(f, ff -> r2(yv, predict(ff)), nRepeats, seed);
  }

  /**
   * Breiman's out-of-bag permutation importance (mean increase of each tree's OOB mean squared error).
   * Needs the training data again; it is checked against the provenance fingerprint.
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
    Features f = Features.forPredict(schema, trainX, "ForestRegressor");
    double[] yv = values(trainY, f.n);
    return Forests.oobPermutationImportance(trees, seeds, draws, f, seed, (t, ff, rows) -> {
      double sse = 0;
      for (int i : rows) {
        double d = yv[i] - t.value(t.leaf(ff, i), 0);
        sse += d * d;
      }
      return -sse / rows.length;
    });
  }

  private static double[] values(Target y, int n) {
    if (y.kind() != Target.Kind.VALUES || y.size() != n) {
      throw new IllegalArgumentException("y must hold numeric values for the " + n + " rows of x");
    }
    return y.values();
  }

  private static double r2(double[] y, double[] p) {
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= y.length;
    double ssr = 0;
    double sst = 0;
    for (int i = 0; i < y.length; i++) {
      ssr += (y[i] - p[i]) * (y[i] - p[i]);
      sst += (y[i] - mean) * (y[i] - mean);
    }
    return sst > 0 ? 1 - ssr / sst : 0;
  }

  /** Proximity matrix of the rows of {@code x}. */
  public double[][] proximity(Frame x) {
    return ForestEngine.proximity(trees, Features.forPredict(schema, x, "ForestRegressor"));
  }

  /**
   * Exact TreeSHAP attributions {@code [row][feature]}: {@code expectedValue() + sum_j phi[row][j]} equals
   * {@code predict(x)[row]}.
   */
  public double[][] shapValues(Frame x) {
    Features f = Features.forPredict(schema, x, "ForestRegressor");
    double[][] out = new double[f.n][schema.size()];
    for (Tree t : trees) {
      for (int i = 0; i < f.n; i++) {
        TreeShap.add(t, f, i, 0, out[i], 1.0 / trees.length);
      }
    }
    return out;
  }

  /** The SHAP baseline: the cover-weighted mean leaf value (averaged over trees). */
  public double expectedValue() {
    double e = 0;
    for (Tree t : trees) {
      e += TreeShap.expectedValue(t, 0) / trees.length;
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
    State.Builder b = TreeSupport.start(TYPE, schema, provenance).putStates("trees", Forests.treeStates(trees))
        .put("seeds", seeds).put("bootstrap", bootstrap).put("draws", draws).put("oobScore", oobScore);
    if (oob != null) {
      b.put("oob", oob);
    }
    return b.build();
  }

  /** Reads {@code forest_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public ForestRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      Tree[] trees = Forests.readTrees(s, schema.size());
      for (Tree t : trees) {
        TreeSupport.require(t.nOut() == 1, s, "a regression tree has " + t.nOut() + " outputs");
      }
      long[] seeds = s.getLongs("seeds");
      TreeSupport.require(seeds.length == trees.length, s, seeds.length + " seeds for " + trees.length + " trees");
      return new ForestRegressorModel(schema, trees, seeds, s.getBoolean("bootstrap"), s.getInt("draws"),
          s.getDouble("oobScore"), s.has("oob") ? s.getDoubles("oob") : null, TreeSupport.provenance(s));
    }
  }
}
