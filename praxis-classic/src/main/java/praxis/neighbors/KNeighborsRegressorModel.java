package praxis.neighbors;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.Inputs;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link KNeighborsRegressor}: the training matrix, targets and search settings.
 *
 * <pre>{@code
 * KNeighborsRegressorModel m = new KNeighborsRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class KNeighborsRegressorModel implements Regressor {
  static final String TYPE = "knn_regressor";
  private final Schema schema;
  private final double[] train;
  private final int n;
  private final int p;
  private final double[] values;
  private final KNeighborsRegressor.Params params;
  private final NeighborIndex index;
  private final SparseNeighborIndex sparse;  // sparse training rows (then train and index are null)
  private final Provenance provenance;

  KNeighborsRegressorModel(Schema schema, double[] trainRowMajor, int n, int p, double[] values,
      KNeighborsRegressor.Params params, Provenance provenance) {
    this.schema = schema;
    this.train = trainRowMajor;
    this.n = n;
    this.p = p;
    this.values = values;
    this.params = params;
    this.provenance = provenance;
    this.index = NeighborIndex.build(train, n, p, false, params.metric(), params.p(), params.algorithm(),
        params.leafSize());
    this.sparse = null;
  }

  /** A model over sparse training rows: brute-force search by sparse merges (the algorithm setting is unused). */
  KNeighborsRegressorModel(Schema schema, CsrMatrix train, double[] values, KNeighborsRegressor.Params params,
      Provenance provenance) {
    this.schema = schema;
    this.train = null;
    this.n = train.rows();
    this.p = train.cols();
    this.values = values;
    this.params = params;
    this.provenance = provenance;
    this.index = null;
    this.sparse = new SparseNeighborIndex(train, params.metric(), params.p());
  }

  /** The hyperparameters used for prediction. */
  public KNeighborsRegressor.Params params() {
    return params;
  }

  @Override
  public double[] predict(Frame x) {
    int q = x.rowCount();
    int k = params.k();
    int[] idx = new int[q * k];
    double[] dist = new double[q * k];
    if (sparse != null) {
      sparse.kNearest(Inputs.predictCsr(schema, x, "KNeighborsRegressor"), k, params.nThreads(), idx, dist);
    } else {
      double[] xc = Inputs.predictMatrix(schema, x, "KNeighborsRegressor");
      index.kNearest(NeighborSearch.rowMajor(xc, q, p), q, k, params.nThreads(), idx, dist);
    }
    double[] w = new double[k];
    double[] out = new double[q];
    for (int i = 0; i < q; i++) {
      NeighborSearch.weights(params.weights(), dist, i * k, k, w);
      double s = 0;
      double ws = 0;
      for (int r = 0; r < k; r++) {
        s += w[r] * values[idx[i * k + r]];
        ws += w[r];
      }
      out[i] = s / ws;
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
    State.Builder b = ModelStates.start(TYPE, schema, provenance).put("rows", n).put("features", p);
    if (sparse != null) {
      CsrMatrix m = sparse.matrix();
      b.put("indptr", m.indptr()).put("indices", m.indices()).put("sparseValues", m.values());
    } else {
      b.put("train", train);
    }
    return b.put("values", values).put("k", params.k()).put("weights", params.weights().name())
        .put("metric", params.metric().name()).put("p", params.p()).put("algorithm", params.algorithm().name())
        .put("leafSize", params.leafSize()).put("nThreads", params.nThreads()).build();
  }

  /** Reads {@code knn_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public KNeighborsRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      int n = s.getInt("rows");
      int p = s.getInt("features");
      double[] values = s.getDoubles("values");
      boolean sparseRows = s.has("indptr");
      double[] train = sparseRows ? null : s.getDoubles("train");
      ModelStates.require(p == schema.size() && (sparseRows || train.length == (long) n * p) && values.length == n,
          s, "training matrix shape does not match " + n + " rows x " + p + " features");
      KNeighborsRegressor.Params params;
      try {
        params = new KNeighborsRegressor.Params(s.getInt("k"), Weights.valueOf(s.getString("weights")),
            Metric.valueOf(s.getString("metric")), s.getDouble("p"),
            s.has("algorithm") ? Algorithm.valueOf(s.getString("algorithm")) : Algorithm.AUTO,
            s.has("leafSize") ? s.getInt("leafSize") : 30, s.getInt("nThreads"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("invalid k-NN settings in '" + s.type() + "' state: " + e.getMessage(), e);
      }
      if (sparseRows) {
        return new KNeighborsRegressorModel(schema, KNeighborsClassifierModel.readSparse(s, n, p), values, params,
            ModelStates.provenance(s));
      }
      return new KNeighborsRegressorModel(schema, train, n, p, values, params, ModelStates.provenance(s));
    }
  }
}
