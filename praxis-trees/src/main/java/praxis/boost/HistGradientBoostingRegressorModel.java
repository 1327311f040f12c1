package praxis.boost;

import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Regressor;
import praxis.boost.internal.Ensemble;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;

/**
 * A fitted {@link HistGradientBoostingRegressor}: flat tree arrays, the link, loss history and importances.
 * {@link #predict(double[])} predicts one row (features in training order, categorical columns as level
 * codes, missing as NaN) without allocating.
 *
 * <pre>{@code
 * HistGradientBoostingRegressorModel m = new HistGradientBoostingRegressor().fit(x, y);
 * double one = m.predict(new double[] {0.1, 2.0, Double.NaN});
 * }</pre>
 */
public final class HistGradientBoostingRegressorModel extends HgbModelBase implements Regressor, FeatureImportance {
  static final String TYPE = "hist_gradient_boosting_regressor";
  private final Loss.Link link;

  HistGradientBoostingRegressorModel(Schema schema, Ensemble ensemble, Loss.Link link, double[] trainLoss,
      double[] validLoss, double[] gain, int[] splits, Provenance provenance) {
    super(schema, ensemble, trainLoss, validLoss, gain, splits, provenance);
    this.link = link;
  }

  private HistGradientBoostingRegressorModel(State s, Loss.Link link) {
    super(s);
    this.link = link;
  }

  /** The link mapping raw scores to predictions. */
  public Loss.Link link() {
    return link;
  }

  @Override
  public double[] predict(Frame x) {
    double[] raw = raw(x, "HistGradientBoostingRegressor");
    for (int i = 0; i < raw.length; i++) {
      raw[i] = link.inverse(raw[i]);
    }
    return raw;
  }

  /** Raw scores (before the link) per row. */
  public double[] predictRaw(Frame x) {
    return raw(x, "HistGradientBoostingRegressor");
  }

  /**
   * Exact TreeSHAP values per row: {@code out[i][j]} for column {@code j}, {@code out[i][p]} the expected raw
   * score; each row sums to the raw score ({@link #predictRaw}).
   */
  public double[][] shapValues(Frame x) {
    double[][][] c = contributions(x, "HistGradientBoostingRegressor");
    double[][] out = new double[c.length][];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i][0];
    }
    return out;
  }

  /** Prediction for one row given in training column order. */
  public double predict(double[] row) {
    requireRow(row);
    double[] out = new double[1];
    ensemble.predictRaw(row, out);
    return link.inverse(out[0]);
  }

  @Override
  public State toState() {
    return state(TYPE).put("link", link.name()).build();
  }

  /** Reads {@code hist_gradient_boosting_regressor} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public HistGradientBoostingRegressorModel read(State s) {
      s.requireType(TYPE);
      Loss.Link link;
      try {
        link = Loss.Link.valueOf(s.getString("link"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("unknown link '" + s.getString("link") + "' in '" + TYPE + "' state");
      }
      HistGradientBoostingRegressorModel m = new HistGradientBoostingRegressorModel(s, link);
      HgbCommon.require(m.ensemble.outputs() == 1, s, "a regressor has one output");
      return m;
    }
  }
}
