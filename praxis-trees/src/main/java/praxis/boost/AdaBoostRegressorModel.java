package praxis.boost;

import java.util.ArrayList;
import java.util.List;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * A fitted {@link AdaBoostRegressor}: the weak regressors and their weights; predicts the weighted median.
 *
 * <pre>{@code
 * AdaBoostRegressorModel m = new AdaBoostRegressor().fit(x, y);
 * double[] yhat = m.predict(x);
 * }</pre>
 */
public final class AdaBoostRegressorModel implements Regressor {
  static final String TYPE = "adaboost_regressor";
  private final Schema schema;
  private final List<Regressor> models;
  private final double[] weights;
  private final double[] errors;
  private final Provenance provenance;

  AdaBoostRegressorModel(Schema schema, List<Regressor> models, double[] weights, double[] errors,
      Provenance provenance) {
    this.schema = schema;
    this.models = List.copyOf(models);
    this.weights = weights;
    this.errors = errors;
    this.provenance = provenance;
  }

  /** Weight of each learner. */
  public double[] estimatorWeights() {
    return weights.clone();
  }

  /** Weighted average loss of each learner. */
  public double[] estimatorErrors() {
    return errors.clone();
  }

  /** The weak regressors. */
  public List<Regressor> estimators() {
    return models;
  }

  @Override
  public double[] predict(Frame x) {
    schema.requireCompatible(x.schema(), "AdaBoostRegressor input");
    int n = x.rowCount();
    int m = models.size();
    double[][] p = new double[m][];
    for (int j = 0; j < m; j++) {
      p[j] = models.get(j).predict(x);
    }
    double[] out = new double[n];
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    Integer[] order = new Integer[m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        order[j] = j;
      }
      final int row = i;
      java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a][row], p[b][row]));
      out[i] = weightedMedian(p, row, order, total);
    }
    return out;
  }

  /**
   * The first prediction (in ascending order) at which the cumulative learner weight reaches half the total
   * (scikit-learn's weighted median).
   */
  double weightedMedian(double[][] p, int row, Integer[] order, double total) {
    double acc = 0;
    for (Integer j : order) {
      acc += weights[j];
      if (acc >= 0.5 * total) {
        return p[j][row];
      }
    }
    return p[order[order.length - 1]][row];
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
    List<State> states = new ArrayList<>();
    for (Regressor r : models) {
      states.add(r.toState());
    }
    return HgbCommon.start(TYPE, schema, provenance).put("weights", weights).put("errors", errors)
        .putStates("estimators", states).build();
  }

  /** Reads {@code adaboost_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public AdaBoostRegressorModel read(State s) {
      s.requireType(TYPE);
      List<Regressor> models = new ArrayList<>();
      for (State st : s.getStates("estimators")) {
        Model m = ModelIO.fromState(st);
        HgbCommon.require(m instanceof Regressor, s, "weak model '" + st.type() + "' is not a regressor");
        models.add((Regressor) m);
      }
      double[] w = s.getDoubles("weights");
      double[] e = s.getDoubles("errors");
      HgbCommon.require(w.length == models.size() && e.length == models.size() && !models.isEmpty(), s,
          "weights/errors/estimators differ in length");
      return new AdaBoostRegressorModel(HgbCommon.schema(s), models, w, e, HgbCommon.provenance(s));
    }
  }
}
