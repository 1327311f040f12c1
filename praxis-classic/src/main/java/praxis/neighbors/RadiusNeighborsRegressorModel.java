package praxis.neighbors;

import java.util.OptionalDouble;
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
 * A fitted {@link RadiusNeighborsRegressor}: the training matrix, targets and search settings.
 *
 * <pre>{@code
 * RadiusNeighborsRegressorModel m = new RadiusNeighborsRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class RadiusNeighborsRegressorModel implements Regressor {
  static final String TYPE = "radius_neighbors_regressor";
  private final Schema schema;
  private final double[] train;
  private final int n;
  private final int p;
  private final double[] values;
  private final RadiusNeighborsRegressor.Params params;
  private final NeighborIndex index;
  private final SparseNeighborIndex sparse;  // sparse training rows (then train and index are null)
  private final Provenance provenance;

  RadiusNeighborsRegressorModel(Schema schema, double[] trainRowMajor, int n, int p, double[] values,
      RadiusNeighborsRegressor.Params params, Provenance provenance) {
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
  RadiusNeighborsRegressorModel(Schema schema, CsrMatrix train, double[] values,
      RadiusNeighborsRegressor.Params params, Provenance provenance) {
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
  public RadiusNeighborsRegressor.Params params() {
    return params;
  }

  /** The training rows within the radius of each query row, nearest first (ties by index). */
  public NeighborIndex.Neighbors[] radiusNeighbors(Frame x) {
    if (sparse != null) {
      return sparse.radius(Inputs.predictCsr(schema, x, "RadiusNeighborsRegressor"), params.radius(),
          params.nThreads());
    }
    double[] xc = Inputs.predictMatrix(schema, x, "RadiusNeighborsRegressor");
    int q = x.rowCount();
    return index.radius(NeighborSearch.rowMajor(xc, q, p), q, params.radius(), params.nThreads());
  }

  /**
   * The (weighted) mean target of the neighbours of each row.
   *
   * @throws IllegalArgumentException if a row has no neighbour within the radius and no outlier value is set
   */
  @Override
  public double[] predict(Frame x) {
    NeighborIndex.Neighbors[] nb = radiusNeighbors(x);
    double[] out = new double[nb.length];
    for (int i = 0; i < nb.length; i++) {
      int m = nb[i].size();
      if (m == 0) {
        if (params.outlierValue().isEmpty()) {
          throw new IllegalArgumentException("RadiusNeighborsRegressor: row " + i + " has no training row within"
              + " radius " + params.radius() + "; increase the radius or set outlierValue");
        }
        out[i] = params.outlierValue().getAsDouble();
        continue;
      }
      double[] w = new double[m];
      NeighborSearch.weights(params.weights(), nb[i].distances(), 0, m, w);
      double s = 0;
      double ws = 0;
      for (int r = 0; r < m; r++) {
        s += w[r] * values[nb[i].indices()[r]];
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
    b.put("values", values).put("radius", params.radius())
        .put("weights", params.weights().name()).put("metric", params.metric().name()).put("p", params.p())
        .put("algorithm", params.algorithm().name()).put("leafSize", params.leafSize())
        .put("nThreads", params.nThreads());
    if (params.outlierValue().isPresent()) {
      b.put("outlierValue", params.outlierValue().getAsDouble());
    }
    return b.build();
  }

  /** Reads {@code radius_neighbors_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public RadiusNeighborsRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      int n = s.getInt("rows");
      int p = s.getInt("features");
      boolean sparseRows = s.has("indptr");
      double[] train = sparseRows ? null : s.getDoubles("train");
      double[] values = s.getDoubles("values");
      ModelStates.require(p == schema.size() && (sparseRows || train.length == (long) n * p) && values.length == n,
          s,
          "training matrix shape does not match " + n + " rows x " + p + " features");
      RadiusNeighborsRegressor.Params params;
      try {
        params = new RadiusNeighborsRegressor.Params(s.getDouble("radius"), Weights.valueOf(s.getString("weights")),
            Metric.valueOf(s.getString("metric")), s.getDouble("p"), Algorithm.valueOf(s.getString("algorithm")),
            s.getInt("leafSize"),
            s.has("outlierValue") ? OptionalDouble.of(s.getDouble("outlierValue")) : OptionalDouble.empty(),
            s.getInt("nThreads"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("invalid radius-neighbours settings in '" + s.type() + "' state: "
            + e.getMessage(), e);
      }
      if (sparseRows) {
        return new RadiusNeighborsRegressorModel(schema, KNeighborsClassifierModel.readSparse(s, n, p), values,
            params, ModelStates.provenance(s));
      }
      return new RadiusNeighborsRegressorModel(schema, train, n, p, values, params, ModelStates.provenance(s));
    }
  }
}
