package praxis.bayes;

import java.util.List;
import java.util.OptionalDouble;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/**
 * A fitted {@link BernoulliNB}: per-class counts of rows with each (binarized) feature on, class counts, and
 * the derived
 * {@link #featureLogProb()} and {@link #classLogPrior()}. Immutable; {@link #partialFit} returns a new model.
 *
 * <pre>{@code
 * BernoulliNBModel m = new BernoulliNB().fit(x, y);
 * double[] logPrior = m.classLogPrior();
 * double[][] p = m.predictProba(x);
 * }</pre>
 */
public final class BernoulliNBModel extends CountNBModel<BernoulliNBModel> {
  static final String TYPE = "bernoulli_nb";
  private final BernoulliNB.Params params;
  private final double[][] featureLogProb;
  private final double[] classLogPrior;
  /** {@code log theta - log(1 - theta)} per class and feature. */
  private final double[][] weight;
  /** {@code log prior + sum_j log(1 - theta)} per class. */
  private final double[] bias;

  BernoulliNBModel(Schema schema, List<String> classes, double[][] featureCount, double[] classCount,
      BernoulliNB.Params params, Provenance provenance) {
    super(schema, classes, featureCount, classCount, provenance);
    this.params = params;
    double alpha = Math.max(params.alpha(), NBSupport.ALPHA_MIN);
    int k = classes.size();
    int p = schema.size();
    featureLogProb = new double[k][p];
    classLogPrior = NBSupport.classLogPrior(classCount, params.fitPrior(), params.classPrior(), "BernoulliNB");
    weight = new double[k][p];
    bias = new double[k];
    for (int c = 0; c < k; c++) {
      double lt = Math.log(classCount[c] + 2 * alpha);
      double s = classLogPrior[c];
      for (int j = 0; j < p; j++) {
        double lp = Math.log(featureCount[c][j] + alpha) - lt;
        double neg = Math.log(1 - Math.exp(lp));
        featureLogProb[c][j] = lp;
        weight[c][j] = lp - neg;
        s += neg;
      }
      bias[c] = s;
    }
  }

  /** {@code log P(feature j = 1 | class c)} as {@code [class][feature]}. */
  public double[][] featureLogProb() {
    return NBSupport.deepCopy(featureLogProb);
  }

  /** Log class priors in class order. */
  public double[] classLogPrior() {
    return classLogPrior.clone();
  }

  @Override
  String who() {
    return "BernoulliNB";
  }

  @Override
  double[] prepare(double[] xc, Frame x) {
    if (params.binarize().isPresent()) {
      double t = params.binarize().getAsDouble();
      for (int i = 0; i < xc.length; i++) {
        xc[i] = xc[i] > t ? 1.0 : 0.0;
      }
    }
    return xc;
  }

  @Override
  praxis.api.Params fitParams() {
    return params;
  }

  @Override
  BernoulliNBModel with(double[][] fc, double[] cc, Provenance prov) {
    return new BernoulliNBModel(schema, classes, fc, cc, params, prov);
  }

  @Override
  double[][] jll(double[] xc, int n) {
    return NBSupport.linear(xc, n, weight, bias);
  }

  @Override
  CsrMatrix prepareSparse(CsrMatrix m, Frame x) {
    if (params.binarize().isPresent()) {
      double t = params.binarize().getAsDouble();
      if (t < 0) {
        throw new IllegalArgumentException("BernoulliNB binarize=" + t + " is negative, which would turn every zero"
            + " of the sparse input into 1 (densifying it); use a threshold >= 0, or pass dense columns");
      }
      double[] v = m.values();
      for (int k = 0; k < v.length; k++) {
        v[k] = v[k] > t ? 1.0 : 0.0;
      }
    }
    return m;
  }

  @Override
  double[][] jllSparse(CsrMatrix m) {
    return NBSupport.linearSparse(m, weight, bias);
  }

  @Override
  public State toState() {
    return startState(TYPE).put("alpha", params.alpha()).put("fitPrior", params.fitPrior())
        .put("classPrior", params.classPrior())
        .put("binarizeSet", params.binarize().isPresent())
        .put("binarize", params.binarize().isPresent() ? params.binarize().getAsDouble() : 0.0).build();
  }

  /** Reads {@code bernoulli_nb} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public BernoulliNBModel read(State s) {
      s.requireType(TYPE);
      Stats st = Stats.read(s);
      var params = new BernoulliNB.Params(s.getDouble("alpha"), s.getBoolean("fitPrior"), s.getDoubles("classPrior"),
          s.getBoolean("binarizeSet") ? OptionalDouble.of(s.getDouble("binarize")) : OptionalDouble.empty());
      return new BernoulliNBModel(st.schema(), st.classes(), st.featureCount(), st.classCount(), params,
          st.provenance());
    }
  }
}
