package praxis.boost;

import java.util.List;
import praxis.api.FeatureImportance;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.boost.internal.Ensemble;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link HistGradientBoostingClassifier}: flat tree arrays (one raw output for two classes, one per
 * class otherwise), the classes, loss history and importances. {@link #predictProba(double[], double[])}
 * scores one row (features in training order, categorical columns as level codes, missing as NaN) without
 * allocating.
 *
 * <pre>{@code
 * HistGradientBoostingClassifierModel m = new HistGradientBoostingClassifier().fit(x, y);
 * double[][] p = m.predictProba(xTest);
 * }</pre>
 */
public final class HistGradientBoostingClassifierModel extends HgbModelBase implements ProbabilisticClassifier, FeatureImportance {
  static final String TYPE = "hist_gradient_boosting_classifier";
  private final List<String> classes;

  HistGradientBoostingClassifierModel(Schema schema, List<String> classes, Ensemble ensemble, double[] trainLoss,
      double[] validLoss, double[] gain, int[] splits, Provenance provenance) {
    super(schema, ensemble, trainLoss, validLoss, gain, splits, provenance);
    this.classes = List.copyOf(classes);
  }

  private HistGradientBoostingClassifierModel(State s) {
    super(s);
    this.classes = List.of(s.getStrings("classes"));
    int k = classes.size();
    HgbCommon.require(ensemble.outputs() == (k == 2 ? 1 : k), s, "outputs do not match the class count");
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public int[] predict(Frame x) {
    double[][] p = predictProba(x);
    int[] out = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      int best = 0;
      for (int c = 1; c < p[i].length; c++) {
        if (p[i][c] > p[i][best]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[] raw = raw(x, "HistGradientBoostingClassifier");
    int o = ensemble.outputs();
    int n = x.rowCount();
    double[][] out = new double[n][classes.size()];
    double[] r = new double[o];
    for (int i = 0; i < n; i++) {
      System.arraycopy(raw, i * o, r, 0, o);
      toProba(r, out[i]);
    }
    return out;
  }

  /** Raw scores per row: the log-odds of the second class (two classes) or one score per class. */
  public double[][] decisionFunction(Frame x) {
    double[] raw = raw(x, "HistGradientBoostingClassifier");
    int o = ensemble.outputs();
    double[][] out = new double[x.rowCount()][o];
    for (int i = 0; i < out.length; i++) {
      System.arraycopy(raw, i * o, out[i], 0, o);
    }
    return out;
  }

  /**
   * Exact TreeSHAP values per row in raw-score units: {@code out[i][k][j]} for raw output {@code k} (one for
   * two classes: the log-odds of the second; one per class otherwise) and column {@code j}, {@code out[i][k][p]}
   * the expected raw score; each {@code out[i][k]} sums to {@link #decisionFunction}'s value.
   */
  public double[][][] shapValues(Frame x) {
    return contributions(x, "HistGradientBoostingClassifier");
  }

  /**
   * Class probabilities of one row given in training column order, written to {@code out} (length = number
   * of classes); {@code work} must have length {@code ensemble().outputs()}.
   */
  public void predictProba(double[] row, double[] work, double[] out) {
    requireRow(row);
    ensemble.predictRaw(row, work);
    toProba(work, out);
  }

  /** Class probabilities of one row given in training column order. */
  public double[] predictProba(double[] row) {
    double[] out = new double[classes.size()];
    predictProba(row, new double[ensemble.outputs()], out);
    return out;
  }

  private void toProba(double[] raw, double[] out) {
    if (raw.length == 1 && out.length == 2) {
      double p = raw[0] >= 0 ? 1 / (1 + Math.exp(-raw[0])) : Math.exp(raw[0]) / (1 + Math.exp(raw[0]));
      out[0] = 1 - p;
      out[1] = p;
      return;
    }
    double mx = Double.NEGATIVE_INFINITY;
    for (double v : raw) {
      mx = Math.max(mx, v);
    }
    double s = 0;
    for (int c = 0; c < raw.length; c++) {
      out[c] = Math.exp(raw[c] - mx);
      s += out[c];
    }
    for (int c = 0; c < raw.length; c++) {
      out[c] /= s;
    }
  }

  @Override
  public State toState() {
    return state(TYPE).put("classes", classes).build();
  }

  /** Reads {@code hist_gradient_boosting_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public HistGradientBoostingClassifierModel read(State s) {
      s.requireType(TYPE);
      return new HistGradientBoostingClassifierModel(s);
    }
  }
}
