package praxis.neighbors;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link KNeighborsClassifier}: the training matrix, labels and search settings.
 *
 * <pre>{@code
 * KNeighborsClassifierModel m = new KNeighborsClassifier().fit(x, y);
 * int[][] nn = m.kneighbors(test);   // training row indices, nearest first
 * }</pre>
 */
public final class KNeighborsClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "knn_classifier";
  private final Schema schema;
  private final double[] train;
  private final int n;
  private final int p;
  private final int[] codes;
  private final List<String> classes;
  private final KNeighborsClassifier.Params params;
  private final NeighborIndex index;
  private final SparseNeighborIndex sparse;  // sparse training rows (then train and index are null)
  private final Provenance provenance;

  KNeighborsClassifierModel(Schema schema, double[] trainRowMajor, int n, int p, int[] codes, List<String> classes,
      KNeighborsClassifier.Params params, Provenance provenance) {
    this.schema = schema;
    this.train = trainRowMajor;
    this.n = n;
    this.p = p;
    this.codes = codes;
    this.classes = List.copyOf(classes);
    this.params = params;
    this.provenance = provenance;
    this.index = NeighborIndex.build(train, n, p, false, params.metric(), params.p(), params.algorithm(),
        params.leafSize());
    this.sparse = null;
  }

  /** A model over sparse training rows: brute-force search by sparse merges (the algorithm setting is unused). */
  KNeighborsClassifierModel(Schema schema, CsrMatrix train, int[] codes, List<String> classes,
      KNeighborsClassifier.Params params, Provenance provenance) {
    this.schema = schema;
    this.train = null;
    this.n = train.rows();
    this.p = train.cols();
    this.codes = codes;
    this.classes = List.copyOf(classes);
    this.params = params;
    this.provenance = provenance;
    this.index = null;
    this.sparse = new SparseNeighborIndex(train, params.metric(), params.p());
  }

  /** The hyperparameters used for prediction. */
  public KNeighborsClassifier.Params params() {
    return params;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Indices of the k nearest training rows per query row, nearest first (ties by index). */
  public int[][] kneighbors(Frame x) {
    int k = params.k();
    int q = x.rowCount();
    int[] idx = new int[q * k];
    double[] dist = new double[q * k];
    run(x, idx, dist);
    int[][] out = new int[q][];
    for (int i = 0; i < q; i++) {
      out[i] = java.util.Arrays.copyOfRange(idx, i * k, (i + 1) * k);
    }
    return out;
  }

  private void run(Frame x, int[] idx, double[] dist) {
    if (sparse != null) {
      sparse.kNearest(Inputs.predictCsr(schema, x, "KNeighborsClassifier"), params.k(), params.nThreads(), idx,
          dist);
      return;
    }
    double[] xc = Inputs.predictMatrix(schema, x, "KNeighborsClassifier");
    int q = x.rowCount();
    index.kNearest(NeighborSearch.rowMajor(xc, q, p), q, params.k(), params.nThreads(), idx, dist);
  }

  @Override
  public double[][] predictProba(Frame x) {
    int k = params.k();
    int q = x.rowCount();
    int[] idx = new int[q * k];
    double[] dist = new double[q * k];
    run(x, idx, dist);
    double[] w = new double[k];
    double[][] out = new double[q][];
    for (int i = 0; i < q; i++) {
      NeighborSearch.weights(params.weights(), dist, i * k, k, w);
      double[] votes = new double[classes.size()];
      for (int r = 0; r < k; r++) {
        votes[codes[idx[i * k + r]]] += w[r];
      }
      double total = 0;
      for (double v : votes) {
        total += v; // summed per class so that no share can exceed 1 by rounding
      }
      for (int c = 0; c < votes.length; c++) {
        votes[c] /= total;
      }
      out[i] = votes;
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
    State.Builder b = ModelStates.start(TYPE, schema, provenance).put("classes", classes).put("rows", n)
        .put("features", p);
    if (sparse != null) {
      CsrMatrix m = sparse.matrix();
      b.put("indptr", m.indptr()).put("indices", m.indices()).put("sparseValues", m.values());
    } else {
      b.put("train", train);
    }
    return b.put("codes", codes).put("k", params.k()).put("weights", params.weights().name())
        .put("metric", params.metric().name()).put("p", params.p()).put("algorithm", params.algorithm().name())
        .put("leafSize", params.leafSize()).put("nThreads", params.nThreads()).build();
  }

  static KNeighborsClassifier.Params readParams(State s) {
    try {
      return new KNeighborsClassifier.Params(s.getInt("k"), Weights.valueOf(s.getString("weights")),
          Metric.valueOf(s.getString("metric")), s.getDouble("p"),
            s.has("algorithm") ? Algorithm.valueOf(s.getString("algorithm")) : Algorithm.AUTO,
            s.has("leafSize") ? s.getInt("leafSize") : 30, s.getInt("nThreads"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("invalid k-NN settings in '" + s.type() + "' state: " + e.getMessage(), e);
    }
  }

  /** The sparse training rows of a state ({@code indptr}, {@code indices}, {@code sparseValues}), validated. */
  static CsrMatrix readSparse(State s, int n, int p) {
    try {
      return CsrMatrix.wrap(n, p, s.getInts("indptr"), s.getInts("indices"), s.getDoubles("sparseValues"));
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("invalid sparse training rows in '" + s.type() + "' state: " + e.getMessage(),
          e);
    }
  }

  /** Reads {@code knn_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public KNeighborsClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      int n = s.getInt("rows");
      int p = s.getInt("features");
      int[] codes = s.getInts("codes");
      ModelStates.require(codes.length == n, s, codes.length + " class codes for " + n + " rows");
      for (int c : codes) {
        ModelStates.require(c >= 0 && c < classes.size(), s, "class code " + c + " out of range");
      }
      if (s.has("indptr")) {
        ModelStates.require(p == schema.size(), s, p + " features for a schema of " + schema.size());
        CsrMatrix m = readSparse(s, n, p);
        return new KNeighborsClassifierModel(schema, m, codes, classes, readParams(s), ModelStates.provenance(s));
      }
      double[] train = s.getDoubles("train");
      ModelStates.require(p == schema.size() && train.length == (long) n * p, s,
          "training matrix shape does not match " + n + " rows x " + p + " features");
      return new KNeighborsClassifierModel(schema, train, n, p, codes, classes, readParams(s),
          ModelStates.provenance(s));
    }
  }
}
