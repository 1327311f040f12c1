package praxis.nn;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link MLPRegressor}: the trained network on the standardized target, the target's mean and
 * standard deviation, and the training-loss curve. Thread-safe.
 *
 * <pre>{@code
 * MLPRegressorModel m = new MLPRegressor().fit(x, y);
 * double[] yhat = m.predict(xTest);
 * }</pre>
 */
public final class MLPRegressorModel implements Regressor {
  static final String TYPE = "mlp_regressor";
  private final Schema schema;
  private final double yMean;
  private final double yScale;
  private final Network net;
  private final double[] lossCurve;
  private final Provenance provenance;

  MLPRegressorModel(Schema schema, double yMean, double yScale, Network net, double[] lossCurve,
      Provenance provenance) {
    this.schema = schema;
    this.yMean = yMean;
    this.yScale = yScale;
    this.net = net.copy();
    this.lossCurve = lossCurve.clone();
    this.provenance = provenance;
  }

  /** A copy of the trained network (its output is the standardized target). */
  public Network network() {
    return net.copy();
  }

  /** Training loss per epoch (on the standardized target). */
  public double[] lossCurve() {
    return lossCurve.clone();
  }

  @Override
  public double[] predict(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "MLPRegressor");
    double[] o = net.forward(xr, x.rowCount());
    for (int i = 0; i < o.length; i++) {
      o[i] = yMean + yScale * o[i];
    }
    return o;
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
    return NnSupport.start(TYPE, schema, provenance, net, lossCurve).put("yMean", yMean).put("yScale", yScale)
        .build();
  }

  /** Reads {@code mlp_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public MLPRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = praxis.io.Persist.schema(s.getState("schema"));
      Network net = NnSupport.network(s, schema.size(), 1);
      return new MLPRegressorModel(schema, s.getDouble("yMean"), s.getDouble("yScale"), net,
          s.getDoubles("lossCurve"), Provenance.fromState(s.getState("provenance")));
    }
  }
}
