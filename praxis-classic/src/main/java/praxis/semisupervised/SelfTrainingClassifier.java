package praxis.semisupervised;

import java.util.Arrays;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Estimators;
import praxis.api.Model;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * Self-training, as scikit-learn 1.2.1's {@code SelfTrainingClassifier}: repeatedly fits the base estimator
 * on the labeled rows, predicts the unlabeled ones and adopts the confident predictions as labels, either
 * every prediction whose largest probability exceeds {@code threshold} ({@link Criterion#THRESHOLD}) or the
 * {@code kBest} most confident ones (ties by row order; {@link Criterion#K_BEST}); stops after
 * {@code maxIter} rounds, when every row is labeled, or when a round adopts nothing; finally fits the base
 * on all labeled rows. Unlabeled rows carry the label {@code unlabeled} ({@link Unlabeled}); the base
 * models must be {@link ProbabilisticClassifier}s, fitted on a target whose class list is the real classes
 * (so classes without labeled rows get probability 0 from bases that allow it, e.g. GaussianNB).
 *
 * <p>The base is a registry name in {@link Params#base()} (default hyperparameters) or, from Java, any
 * estimator instance given to {@link #SelfTrainingClassifier(Estimator, Params)}.
 *
 * <pre>{@code
 * var st = new SelfTrainingClassifier(new GaussianNB(), SelfTrainingClassifier.Params.DEFAULTS);
 * SelfTrainingModel m = st.fit(x, Unlabeled.hide(y, hidden, "-1"));
 * int rounds = m.iterations();
 * }</pre>
 */
public final class SelfTrainingClassifier implements Estimator<SelfTrainingClassifier.Params, SelfTrainingModel> {
  /** Which predictions become labels each round. */
  public enum Criterion {
    /** Those whose largest probability is above {@code threshold}. */
    THRESHOLD,
    /** The {@code kBest} most confident. */
    K_BEST
  }

  /** Why the rounds stopped. */
  public enum Termination {
    /** {@code maxIter} rounds were run. */
    MAX_ITER,
    /** A round labeled no row. */
    NO_CHANGE,
    /** Every row is labeled. */
    ALL_LABELED
  }

  /**
   * Hyperparameters.
   *
   * @param base registry name of the base estimator
   * @param criterion selection rule
   * @param threshold probability a prediction must exceed ({@link Criterion#THRESHOLD}), in [0, 1)
   * @param kBest predictions adopted per round ({@link Criterion#K_BEST}), &gt;= 1
   * @param maxIter maximum rounds (&gt;= 0; 0 fits the base on the labeled rows only)
   * @param unlabeled the class label marking unlabeled rows
   */
  public record Params(String base, Criterion criterion, double threshold, int kBest, int maxIter, String unlabeled)
      implements praxis.api.Params {
    /** GaussianNB base; scikit-learn's defaults: threshold 0.75, kBest 10, 10 rounds; unlabeled "-1". */
    public static final Params DEFAULTS = new Params("gaussian_nb", Criterion.THRESHOLD, 0.75, 10, 10,
        Unlabeled.DEFAULT_LABEL);

    /** Validates. */
    public Params {
      Check.notNull(base, "base");
      if (base.isBlank()) {
        throw new IllegalArgumentException("base must name a registered classifier, e.g. gaussian_nb; got ''");
      }
      Check.notNull(criterion, "criterion");
      if (!(threshold >= 0 && threshold < 1)) {
        throw new IllegalArgumentException("threshold must be in [0, 1), got " + threshold);
      }
      Check.atLeast(kBest, 1, "kBest");
      Check.atLeast(maxIter, 0, "maxIter");
      Check.notNull(unlabeled, "unlabeled");
    }

    /** A copy with the threshold criterion at {@code t}. */
    public Params withThreshold(double t) {
      return new Params(base, Criterion.THRESHOLD, t, kBest, maxIter, unlabeled);
    }

    /** A copy with the k-best criterion. */
    public Params withKBest(int k) {
      return new Params(base, Criterion.K_BEST, threshold, k, maxIter, unlabeled);
    }

    /** A copy with another round limit. */
    public Params withMaxIter(int m) {
      return new Params(base, criterion, threshold, kBest, m, unlabeled);
    }
  }

  private final Params params;
  private final Estimator<?, ?> base;

  /** With {@link Params#DEFAULTS}. */
  public SelfTrainingClassifier() {
    this(Params.DEFAULTS);
  }

  /**
   * With the base estimator looked up by name in {@link Estimators}.
   *
   * @throws IllegalArgumentException when no estimator has that name
   */
  public SelfTrainingClassifier(Params params) {
    this.params = Check.notNull(params, "params");
    this.base = Estimators.create(params.base(), Map.of());
  }

  /** With a given base estimator instance; {@code params.base()} is replaced by its name. */
  public SelfTrainingClassifier(Estimator<?, ?> base, Params params) {
    Check.notNull(base, "base");
    Check.notNull(params, "params");
    this.base = base;
    this.params = new Params(base.name(), params.criterion(), params.threshold(), params.kBest(), params.maxIter(),
        params.unlabeled());
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public SelfTrainingClassifier withParams(Params p) {
    return p.base().equals(base.name()) ? new SelfTrainingClassifier(base, p) : new SelfTrainingClassifier(p);
  }

  @Override
  public String name() {
    return "self_training";
  }

  /**
   * Runs the self-training rounds.
   *
   * @throws IllegalArgumentException on empty input, a non-class target, no labeled row, or a base whose
   *     models are not probabilistic classifiers
   */
  @Override
  public SelfTrainingModel fit(Frame x, Target y) {
    Inputs.requireRows(x, y, "SelfTrainingClassifier");
    Unlabeled.Split sp = Unlabeled.split(y, params.unlabeled(), "SelfTrainingClassifier");
    int n = y.size();
    int[] transduction = sp.codes();
    int[] labeledIter = new int[n];
    for (int i = 0; i < n; i++) {
      labeledIter[i] = transduction[i] >= 0 ? 0 : -1;
    }
    int labeled = sp.labeledCount();
    int nIter = 0;
    Termination termination = null;
    while (labeled < n && nIter < params.maxIter()) {
      nIter++;
      ProbabilisticClassifier m = fitLabeled(x, y.name(), transduction, sp);
      int[] unl = rows(transduction, false);
      double[][] prob = m.predictProba(x.rows(unl));
      int[] pred = new int[unl.length];
      double[] best = new double[unl.length];
      for (int r = 0; r < unl.length; r++) {
        int arg = 0;
        for (int c = 1; c < prob[r].length; c++) {
          if (prob[r][c] > prob[r][arg]) {
            arg = c;
          }
        }
        pred[r] = sp.classes().indexOf(m.classes().get(arg));
        best[r] = prob[r][arg];
      }
      int[] selected = select(best);
      for (int r : selected) {
        transduction[unl[r]] = pred[r];
        labeledIter[unl[r]] = nIter;
      }
      labeled += selected.length;
      if (selected.length == 0) {
        termination = Termination.NO_CHANGE;
        break;
      }
    }
    if (nIter == params.maxIter()) {
      termination = Termination.MAX_ITER;
    }
    if (labeled == n) {
      termination = Termination.ALL_LABELED;
    }
    ProbabilisticClassifier fin = fitLabeled(x, y.name(), transduction, sp);
    return new SelfTrainingModel(x.schema(), sp.classes(), fin, transduction, labeledIter, nIter, termination,
        Provenance.of(name(), params, x, y, 0L));
  }

  private int[] select(double[] best) {
    int m = best.length;
    if (params.criterion() == Criterion.THRESHOLD) {
      return java.util.stream.IntStream.range(0, m).filter(r -> best[r] > params.threshold()).toArray();
    }
    if (params.kBest() >= m) {
      return java.util.stream.IntStream.range(0, m).toArray();
    }
    Integer[] order = new Integer[m];
    for (int r = 0; r < m; r++) {
      order[r] = r;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(best[b], best[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] out = new int[params.kBest()];
    for (int r = 0; r < out.length; r++) {
      out[r] = order[r];
    }
    Arrays.sort(out);
    return out;
  }

  private static int[] rows(int[] transduction, boolean labeled) {
    return java.util.stream.IntStream.range(0, transduction.length)
        .filter(i -> (transduction[i] >= 0) == labeled).toArray();
  }

  private ProbabilisticClassifier fitLabeled(Frame x, String name, int[] transduction, Unlabeled.Split sp) {
    int[] lab = rows(transduction, true);
    int[] codes = new int[lab.length];
    for (int r = 0; r < lab.length; r++) {
      codes[r] = transduction[lab[r]];
    }
    Model m = base.fit(x.rows(lab), Target.ofCodes(name, codes, sp.classes()));
    if (!(m instanceof ProbabilisticClassifier pc)) {
      throw new IllegalArgumentException("SelfTrainingClassifier: the base estimator produced a "
          + m.getClass().getSimpleName() + ", which is not a probabilistic classifier; use a base such as "
          + "gaussian_nb or logistic_regression");
    }
    return pc;
  }
}
