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
  }

  /** The hyperparameters used for prediction. */
  public KNeighborsRegressor.Params params() {
    return params;
  }

  @Override
  public double[] predict(Frame x) {
    double[] xc = Inputs.predictMatrix(schema, x, "KNeighborsRegressor");
    int q = x.rowCount();
    int k = params.k();
    int[] idx = new int[q * k];
    double[] dist = new double[q * k];
    index.kNearest(NeighborSearch.rowMajor(xc, q, p), q, k, params.nThreads(), idx, dist);
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
    return ModelStates.start(TYPE, schema, provenance).put("rows", n).put("features", p).put("train", train)
        .put("values", values).put("k", params.k()).put("weights", params.weights().name())
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
      double[] train = s.getDoubles("train");
      double[] values = s.getDoubles("values");
      ModelStates.require(p == schema.size() && train.length == (long) n * p && values.length == n, s,
          "training matrix shape does not match " + n + " rows x " + p + " features");
      KNeighborsRegressor.Params params;
      try {
        params = new KNeighborsRegressor.Params(s.getInt("k"), Weights.valueOf(s.getString("weights")),
            Metric.valueOf(s.getString("metric")), s.getDouble("p"),
            s.has("algorithm") ? Algorithm.valueOf(s.getString("algorithm")) : Algorithm.AUTO,
            s.has("leafSize") ? s.getInt("leafSize") : 30, s.getInt("nThreads"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("invalid k-NN settings in '" + s.type() + "' state: " + e.getMessage(), e);
      }
      return new KNeighborsRegressorModel(schema, train, n, p, values, params, ModelStates.provenance(s));
    }
  }
}
