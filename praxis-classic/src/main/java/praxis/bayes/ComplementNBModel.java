package praxis.bayes;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link ComplementNB}: per-class feature counts, class counts, and the derived complement
 * weights {@link #featureLogProb()} and {@link #classLogPrior()}. Immutable; {@link #partialFit} returns a new model.
 *
 * <pre>{@code
 * ComplementNBModel m = new ComplementNB().fit(x, y);
 * double[] logPrior = m.classLogPrior();
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class ComplementNBModel extends CountNBModel<ComplementNBModel> {
  static final String TYPE = "complement_nb";
  private final ComplementNB.Params params;
  private final double[][] featureLogProb;
  private final double[] classLogPrior;

  ComplementNBModel(Schema schema, List<String> classes, double[][] featureCount, double[] classCount,
      ComplementNB.Params params, Provenance provenance) {
    super(schema, classes, featureCount, classCount, provenance);
    this.params = params;
    double alpha = Math.max(params.alpha(), NBSupport.ALPHA_MIN);
    int k = classes.size();
    int p = schema.size();
    double[] all = new double[p];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < p; j++) {
        all[j] += featureCount[c][j];
      }
    }
    featureLogProb = new double[k][p];
    for (int c = 0; c < k; c++) {
      double[] w = featureLogProb[c];
      double total = 0;
      for (int j = 0; j < p; j++) {
        w[j] = all[j] + alpha - featureCount[c][j];
        total += w[j];
      }
      double sum = 0;
      for (int j = 0; j < p; j++) {
        w[j] = Math.log(w[j] / total);
        sum += w[j];
      }
      for (int j = 0; j < p; j++) {
        w[j] = params.norm() ? w[j] / sum : -w[j];
      }
    }
    classLogPrior = NBSupport.classLogPrior(classCount, params.fitPrior(), params.classPrior(), "ComplementNB");
  }

  /**
   * The complement weights {@code [class][feature]}: {@code -log} of the smoothed complement frequency, or
   * with {@code norm} that log divided by its sum over the features (scikit-learn's {@code feature_log_prob_}).
   */
  public double[][] featureLogProb() {
    return NBSupport.deepCopy(featureLogProb);
  }

  /** Log class priors in class order (they enter the score only when there is a single class). */
  public double[] classLogPrior() {
    return classLogPrior.clone();
  }

  @Override
  String who() {
    return "ComplementNB";
  }

  @Override
  double[] prepare(double[] xc, Frame x) {
    NBSupport.requireNonNegative(xc, x, who());
    return xc;
  }

  @Override
  praxis.api.Params fitParams() {
    return params;
  }

  @Override
  ComplementNBModel with(double[][] fc, double[] cc, Provenance prov) {
    return new ComplementNBModel(schema, classes, fc, cc, params, prov);
  }

  @Override
  double[][] jll(double[] xc, int n) {
    return NBSupport.linear(xc, n, featureLogProb, classes.size() == 1 ? classLogPrior : new double[classes.size()]);
  }

  @Override
  CsrMatrix prepareSparse(CsrMatrix m, Frame x) {
    NBSupport.requireNonNegative(m, x, who());
    return m;
  }

  @Override
  double[][] jllSparse(CsrMatrix m) {
    return NBSupport.linearSparse(m, featureLogProb, classes.size() == 1 ? classLogPrior : new double[classes.size()]);
  }

  @Override
  public State toState() {
    return startState(TYPE).put("alpha", params.alpha()).put("fitPrior", params.fitPrior())
        .put("classPrior", params.classPrior()).put("norm", params.norm()).build();
  }

  /** Reads {@code complement_nb} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public ComplementNBModel read(State s) {
      s.requireType(TYPE);
      Stats st = Stats.read(s);
      var params = new ComplementNB.Params(s.getDouble("alpha"), s.getBoolean("fitPrior"), s.getDoubles("classPrior"),
          s.getBoolean("norm"));
      return new ComplementNBModel(st.schema(), st.classes(), st.featureCount(), st.classCount(), params,
          st.provenance());
    }
  }
}
