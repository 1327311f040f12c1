package praxis.bayes;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link MultinomialNB}: per-class feature counts, class counts, and the derived
 * {@link #featureLogProb()} and {@link #classLogPrior()}. Immutable; {@link #partialFit} returns a new model.
 *
 * <pre>{@code
 * MultinomialNBModel m = new MultinomialNB().fit(x, y);
 * double[] logPrior = m.classLogPrior();
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class MultinomialNBModel extends CountNBModel<MultinomialNBModel> {
  static final String TYPE = "multinomial_nb";
  private final MultinomialNB.Params params;
  private final double[][] featureLogProb;
  private final double[] classLogPrior;

  MultinomialNBModel(Schema schema, List<String> classes, double[][] featureCount, double[] classCount,
      MultinomialNB.Params params, Provenance provenance) {
    super(schema, classes, featureCount, classCount, provenance);
    this.params = params;
    double alpha = Math.max(params.alpha(), NBSupport.ALPHA_MIN);
    int k = classes.size();
    int p = schema.size();
    featureLogProb = new double[k][p];
    for (int c = 0; c < k; c++) {
      double total = 0;
      for (int j = 0; j < p; j++) {
        total += featureCount[c][j] + alpha;
      }
      double lt = Math.log(total);
      for (int j = 0; j < p; j++) {
        featureLogProb[c][j] = Math.log(featureCount[c][j] + alpha) - lt;
      }
    }
    classLogPrior = NBSupport.classLogPrior(classCount, params.fitPrior(), params.classPrior(), "MultinomialNB");
  }

  /** {@code log P(feature j | class c)} as {@code [class][feature]}. */
  public double[][] featureLogProb() {
    return NBSupport.deepCopy(featureLogProb);
  }

  /** Log class priors in class order. */
  public double[] classLogPrior() {
    return classLogPrior.clone();
  }

  @Override
  String who() {
    return "MultinomialNB";
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
  MultinomialNBModel with(double[][] fc, double[] cc, Provenance prov) {
    return new MultinomialNBModel(schema, classes, fc, cc, params, prov);
  }

  @Override
  double[][] jll(double[] xc, int n) {
    return NBSupport.linear(xc, n, featureLogProb, classLogPrior);
  }

  @Override
  CsrMatrix prepareSparse(CsrMatrix m, Frame x) {
    NBSupport.requireNonNegative(m, x, who());
    return m;
  }

  @Override
  double[][] jllSparse(CsrMatrix m) {
    return NBSupport.linearSparse(m, featureLogProb, classLogPrior);
  }

  @Override
  public State toState() {
    return startState(TYPE).put("alpha", params.alpha()).put("fitPrior", params.fitPrior())
        .put("classPrior", params.classPrior()).build();
  }

  /** Reads {@code multinomial_nb} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public MultinomialNBModel read(State s) {
      s.requireType(TYPE);
      Stats st = Stats.read(s);
      var params = new MultinomialNB.Params(s.getDouble("alpha"), s.getBoolean("fitPrior"), s.getDoubles("classPrior"));
      return new MultinomialNBModel(st.schema(), st.classes(), st.featureCount(), st.classCount(), params,
          st.provenance());
    }
  }
}
