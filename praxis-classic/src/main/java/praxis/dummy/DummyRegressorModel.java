package praxis.dummy;

import java.util.Arrays;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.classic.internal.ModelStates;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link DummyRegressor}: one constant prediction.
 *
 * <pre>{@code
 * DummyRegressorModel m = new DummyRegressor().fit(x, y);
 * double mean = m.value();
 * }</pre>
 */
public final class DummyRegressorModel implements Regressor {
  static final String TYPE = "dummy_regressor";
  private final Schema schema;
  private final double value;
  private final Provenance provenance;

  DummyRegressorModel(Schema schema, double value, Provenance provenance) {
    this.schema = schema;
    this.value = value;
    this.provenance = provenance;
  }

  /** The value predicted for every row. */
  public double value() {
    return value;
  }

  @Override
  public double[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "DummyRegressor input");
    double[] out = new double[x.rowCount()];
    Arrays.fill(out, value);
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
    return ModelStates.start(TYPE, schema, provenance).put("value", value).build();
  }

  /** Reads {@code dummy_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public DummyRegressorModel read(State s) {
      s.requireType(TYPE);
      return new DummyRegressorModel(ModelStates.schema(s), s.getDouble("value"), ModelStates.provenance(s));
    }
  }
}
