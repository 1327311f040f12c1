package praxis.trees.bagging;

import java.util.OptionalDouble;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.trees.internal.TreeSupport;

/**
 * A fitted {@link BaggingRegressor}: the members, the columns each one uses, and the out-of-bag results.
 *
 * <pre>{@code
 * BaggingRegressorModel m = new BaggingRegressor().fit(x, y);
 * double[] yhat = m.predict(test);
 * }</pre>
 */
public final class BaggingRegressorModel implements Regressor {
  static final String TYPE = "bagging_regressor";
  private final Schema schema;
  private final Model[] members;
  private final int[][] features;
  private final double oobScore;
  private final double[] oob;
  private final Provenance provenance;

  BaggingRegressorModel(Schema schema, Model[] members, int[][] features, double oobScore, double[] oob,
      Provenance provenance) {
    this.schema = schema;
    this.members = members;
    this.features = features;
    this.oobScore = oobScore;
    this.oob = oob;
    this.provenance = provenance;
  }

  /** Number of members. */
  public int memberCount() {
    return members.length;
  }

  @Override
  public double[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "BaggingRegressor input");
    double[] out = new double[x.rowCount()];
    for (int t = 0; t < members.length; t++) {
      double[] p = ((Regressor) members[t]).predict(x.selectIndices(features[t]));
      for (int i = 0; i < out.length; i++) {
        out[i] += p[i];
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= members.length;
    }
    return out;
  }

  /** Out-of-bag R² (empty unless fitted with {@code oobScore=true}). */
  public OptionalDouble oobScore() {
    return Double.isNaN(oobScore) ? OptionalDouble.empty() : OptionalDouble.of(oobScore);
  }

  /** Out-of-bag predictions of the training rows (NaN: never out of bag), or null. */
  public double[] oobPredictions() {
    return oob == null ? null : oob.clone();
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
    State.Builder b = Bagger.members(TreeSupport.start(TYPE, schema, provenance), members, features)
        .put("oobScore", oobScore);
    if (oob != null) {
      b.put("oob", oob);
    }
    return b.build();
  }

  /** Reads {@code bagging_regressor} model state (members through their own registered codecs). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public BaggingRegressorModel read(State s) {
      s.requireType(TYPE);
      Schema schema = TreeSupport.schema(s);
      Model[] members = Bagger.readMembers(s);
      for (Model m : members) {
        TreeSupport.require(m instanceof Regressor, s, "member of type " + m.getClass().getSimpleName()
            + " is not a regressor");
      }
      return new BaggingRegressorModel(schema, members, Bagger.readFeatures(s, members.length, schema.size()),
          s.getDouble("oobScore"), s.has("oob") ? s.getDoubles("oob") : null, TreeSupport.provenance(s));
    }
  }
}
