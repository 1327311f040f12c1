package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link Ridge}: coefficients by feature and intercept.
 *
 * <pre>{@code
 * RidgeModel m = new Ridge().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class RidgeModel extends LinearPredictor {
  static final String TYPE = "ridge";

  RidgeModel(Schema schema, double[] coef, double intercept, Provenance provenance) {
    super(schema, coef, intercept, provenance);
  }

  @Override
  String who() {
    return "Ridge";
  }

  @Override
  String type() {
    return TYPE;
  }

  @Override
  public State toState() {
    return startState().build();
  }

  /** Reads {@code ridge} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public RidgeModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      return new RidgeModel(schema, readCoef(s, schema), s.getDouble("intercept"), ModelStates.provenance(s));
    }
  }
}
