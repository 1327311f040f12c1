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
 * A fitted {@link RadiusNeighborsClassifier}: the training matrix, labels, outlier class and search settings.
 *
 * <pre>{@code
 * RadiusNeighborsClassifierModel m = new RadiusNeighborsClassifier().fit(x, y);
 * double[][] proba = m.predictProba(test);
 * }</pre>
 */
public final class RadiusNeighborsClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "radius_neighbors_classifier";
  private final Schema schema;
  private final double[] train;
  private final int n;
  private final int p;
  private final int[] codes;
  private final List<String> classes;
  private final int outlierCode; // -1: error
  private final RadiusNeighborsClassifier.Params params;
  private final NeighborIndex index;
  private final SparseNeighborIndex sparse;  // sparse training rows (then train and index are null)
  private final Provenance provenance;

  RadiusNeighborsClassifierModel(Schema schema, double[] trainRowMajor, int n, int p, int[] codes,
      List<String> classes, int outlierCode, RadiusNeighborsClassifier.Params params, Provenance provenance) {
    this.schema = schema;
    this.train = trainRowMajor;
    this.n = n;
    this.p = p;
    this.codes = codes;
    this.classes = List.copyOf(classes);
    this.outlierCode = outlierCode;
    this.params = params;
    this.provenance = provenance;
    this.index = NeighborIndex.build(train, n, p, false, params.metric(), params.p(), params.algorithm(),
        params.leafSize());
    this.sparse = null;
  }

  /** A model over sparse training rows: brute-force search by sparse merges (the algorithm setting is unused). */
  RadiusNeighborsClassifierModel(Schema schema, CsrMatrix train, int[] codes, List<String> classes,
      int outlierCode, RadiusNeighborsClassifier.Params params, Provenance provenance) {
    this.schema = schema;
    this.train = null;
    this.n = train.rows();
    this.p = train.cols();
    this.codes = codes;
    this.classes = List.copyOf(classes);
    this.outlierCode = outlierCode;
    this.params = params;
    this.provenance = provenance;
    this.index = null;
    this.sparse = new SparseNeighborIndex(train, params.metric(), params.p());
  }

  /** The hyperparameters used for prediction. */
  public RadiusNeighborsClassifier.Params params() {
    return params;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** The training rows within the radius of each query row, nearest first (ties by index). */
  public NeighborIndex.Neighbors[] radiusNeighbors(Frame x) {
    if (sparse != null) {
      return sparse.radius(Inputs.predictCsr(schema, x, "RadiusNeighborsClassifier"), params.radius(),
          params.nThreads());
    }
    double[] xc = Inputs.predictMatrix(schema, x, "RadiusNeighborsClassifier");
    int q = x.rowCount();
    return index.radius(NeighborSearch.rowMajor(xc, q, p), q, params.radius(), params.nThreads());
  }

  /**
   * Normalized (weighted) votes per class.
   *
   * @throws IllegalArgumentException if a row has no neighbour within the radius and no outlier label is set
   */
  @Override
  public double[][] predictProba(Frame x) {
    NeighborIndex.Neighbors[] nb = radiusNeighbors(x);
    double[][] out = new double[nb.length][];
    for (int i = 0; i < nb.length; i++) {
      double[] votes = new double[classes.size()];
      int m = nb[i].size();
      if (m == 0) {
        if (outlierCode < 0) {
          throw new IllegalArgumentException("RadiusNeighborsClassifier: row " + i + " has no training row within"
              + " radius " + params.radius() + "; increase the radius or set outlierLabel (a class or"
              + " \"most_frequent\")");
        }
        votes[outlierCode] = 1.0;
        out[i] = votes;
        continue;
      }
      double[] w = new double[m];
      NeighborSearch.weights(params.weights(), nb[i].distances(), 0, m, w);
      for (int r = 0; r < m; r++) {
        votes[codes[nb[i].indices()[r]]] += w[r];
      }
      double total = 0;
      for (double v : votes) {
        total += v;
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
        .put("features", p).put("codes", codes).put("outlierCode", outlierCode)
        .put("radius", params.radius()).put("weights", params.weights().name())
        .put("metric", params.metric().name()).put("p", params.p()).put("algorithm", params.algorithm().name())
        .put("leafSize", params.leafSize()).put("nThreads", params.nThreads());
    if (params.outlierLabel() != null) {
      b.put("outlierLabel", params.outlierLabel());
    }
    if (sparse != null) {
      CsrMatrix m = sparse.matrix();
      b.put("indptr", m.indptr()).put("indices", m.indices()).put("sparseValues", m.values());
    } else {
      b.put("train", train);
    }
    return b.build();
  }

  /** Reads {@code radius_neighbors_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public RadiusNeighborsClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      List<String> classes = List.of(s.getStrings("classes"));
      int n = s.getInt("rows");
      int p = s.getInt("features");
      boolean sparseRows = s.has("indptr");
      double[] train = sparseRows ? null : s.getDoubles("train");
      int[] codes = s.getInts("codes");
      int outlier = s.getInt("outlierCode");
      ModelStates.require(p == schema.size() && (sparseRows || train.length == (long) n * p) && codes.length == n, s,
          "training matrix shape does not match " + n + " rows x " + p + " features");
      ModelStates.require(outlier >= -1 && outlier < classes.size(), s, "outlier code " + outlier + " out of range");
      for (int c : codes) {
        ModelStates.require(c >= 0 && c < classes.size(), s, "class code " + c + " out of range");
      }
      RadiusNeighborsClassifier.Params params;
      try {
        params = new RadiusNeighborsClassifier.Params(s.getDouble("radius"), Weights.valueOf(s.getString("weights")),
            Metric.valueOf(s.getString("metric")), s.getDouble("p"), Algorithm.valueOf(s.getString("algorithm")),
            s.getInt("leafSize"), s.has("outlierLabel") ? s.getString("outlierLabel") : null, s.getInt("nThreads"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("invalid radius-neighbours settings in '" + s.type() + "' state: "
            + e.getMessage(), e);
      }
      if (sparseRows) {
        return new RadiusNeighborsClassifierModel(schema, KNeighborsClassifierModel.readSparse(s, n, p), codes,
            classes, outlier, params, ModelStates.provenance(s));
      }
      return new RadiusNeighborsClassifierModel(schema, train, n, p, codes, classes, outlier, params,
          ModelStates.provenance(s));
    }
  }
}
