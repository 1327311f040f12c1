package praxis.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import praxis.api.Check;
import praxis.api.Classifier;
import praxis.api.Estimator;
import praxis.api.Estimators;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.select.Fold;
import praxis.select.StratifiedKFold;

/**
 * Probability calibration of another classifier, as scikit-learn 1.2.1's {@code CalibratedClassifierCV}
 * with {@code ensemble=True}: the rows are split by unshuffled {@link StratifiedKFold} into {@code cv} folds;
 * for each fold the base estimator is fitted on the other folds, its {@link Scores scores} on the held-out
 * fold are mapped to probabilities by a {@link Method#SIGMOID} ({@link Sigmoid Platt}) or
 * {@link Method#ISOTONIC} (increasing {@link IsotonicRegression}, clipped out of range) calibrator per class
 * (one-vs-rest; for two classes one calibrator for class code 1 and {@code P(class 0) = 1 - P(class 1)});
 * more than two classes are normalized to sum 1 (uniform when all are 0). The model averages the folds'
 * calibrated probabilities. {@link #fitPrefit} calibrates an already fitted model on held-out rows
 * (scikit-learn's {@code cv="prefit"}). The base models must be {@link Classifier}s with
 * {@link DecisionScores} or probabilities.
 *
 * <p>The base estimator is a registry name in {@link Params#base()} (so the CLI can say
 * {@code base=gaussian_nb}, with that estimator's default hyperparameters) or, from Java, any estimator
 * instance given to {@link #CalibratedClassifier(Estimator, Params)} (then {@code base} is its name). Cost:
 * {@code cv} base fits plus O(n log n) per calibrator.
 *
 * <pre>{@code
 * var cal = new CalibratedClassifier(new GaussianNB(), CalibratedClassifier.Params.DEFAULTS);
 * CalibratedClassifierModel m = cal.fit(x, y);
 * double[][] p = m.predictProba(test);
 * }</pre>
 */
public final class CalibratedClassifier implements Estimator<CalibratedClassifier.Params, CalibratedClassifierModel> {
  /** How scores become probabilities. */
  public enum Method {
    /** Platt's sigmoid ({@link Sigmoid}). */
    SIGMOID,
    /** Increasing isotonic regression. */
    ISOTONIC
  }

  /**
   * Hyperparameters.
   *
   * @param base registry name of the base estimator (e.g. {@code gaussian_nb})
   * @param method calibration method
   * @param cv number of stratified folds, at least 2
   */
  public record Params(String base, Method method, int cv) implements praxis.api.Params {
    /** Gaussian naive Bayes, sigmoid, 5 folds (scikit-learn's defaults but for the base). */
    public static final Params DEFAULTS = new Params("gaussian_nb", Method.SIGMOID, 5);

    /** Validates. */
    public Params {
      Check.notNull(base, "base");
      if (base.isBlank()) {
        throw new IllegalArgumentException("base must name a registered classifier, e.g. gaussian_nb; got ''");
      }
      Check.notNull(method, "method");
      Check.atLeast(cv, 2, "cv");
    }

    /** A copy with another method. */
    public Params withMethod(Method m) {
      return new Params(base, m, cv);
    }

    /** A copy with another fold count. */
    public Params withCv(int k) {
      return new Params(base, method, k);
    }
  }

  private final Params params;
  private final Estimator<?, ?> base;

  /** With {@link Params#DEFAULTS}. */
  public CalibratedClassifier() {
    this(Params.DEFAULTS);
  }

  /**
   * With the base estimator looked up by name in {@link Estimators} (default hyperparameters).
   *
   * @throws IllegalArgumentException when no estimator has that name
   */
  public CalibratedClassifier(Params params) {
    this.params = Check.notNull(params, "params");
    this.base = Estimators.create(params.base(), Map.of());
  }

  /** With a given base estimator instance; {@code params.base()} is replaced by its name. */
  public CalibratedClassifier(Estimator<?, ?> base, Params params) {
    Check.notNull(base, "base");
    Check.notNull(params, "params");
    this.base = base;
    this.params = new Params(base.name(), params.method(), params.cv());
  }

  @Override
  public Params params() {
    return params;
  }

  /** The base estimator. */
  public Estimator<?, ?> base() {
    return base;
  }

  /** Keeps the base instance when {@code p.base()} still names it, else looks the new name up. */
  @Override
  public CalibratedClassifier withParams(Params p) {
    return p.base().equals(base.name()) ? new CalibratedClassifier(base, p) : new CalibratedClassifier(p);
  }

  @Override
  public String name() {
    return "calibrated_classifier";
  }

  /**
   * Fits the base estimator on each training part and calibrates it on the held-out fold.
   *
   * @throws IllegalArgumentException on empty input, a non-class target, a class with fewer rows than
   *     {@code cv}, or a base whose models give neither scores nor probabilities
   */
  @Override
  public CalibratedClassifierModel fit(Frame x, Target y) {
    Inputs.requireRows(x, y, "CalibratedClassifier");
    y.requireKind(Target.Kind.CLASSES);
    List<Fold> folds = new StratifiedKFold(params.cv()).split(x, y, null);
    List<Classifier> models = new ArrayList<>();
    List<Calibrator[]> cals = new ArrayList<>();
    for (Fold f : folds) {
      Classifier m = asClassifier(base.fit(x.rows(f.train()), y.rows(f.train())));
      models.add(m);
      cals.add(calibrate(m, x.rows(f.test()), y.rows(f.test()), y.classList()));
    }
    return new CalibratedClassifierModel(x.schema(), y.classList(), params.method(), models, cals,
        Provenance.of(name(), params, x, y, 0L));
  }

  /**
   * Calibrates an already fitted model on held-out rows (scikit-learn's {@code cv="prefit"}); the
   * estimator's base is not used.
   *
   * @throws IllegalArgumentException when the model gives no scores, or {@code y} has labels the model
   *     does not know
   */
  public CalibratedClassifierModel fitPrefit(Classifier fitted, Frame x, Target y) {
    Check.notNull(fitted, "fitted");
    Inputs.requireRows(x, y, "CalibratedClassifier");
    y.requireKind(Target.Kind.CLASSES);
    asClassifier(fitted);
    for (String label : y.classList()) {
      if (!fitted.classes().contains(label)) {
        throw new IllegalArgumentException("CalibratedClassifier: y has class '" + label
            + "' which the fitted model does not know (its classes: " + fitted.classes() + ")");
      }
    }
    List<String> classes = fitted.classes();
    Target yy = relabel(y, classes);
    return new CalibratedClassifierModel(fitted.inputSchema(), classes, params.method(), List.of(fitted),
        List.<Calibrator[]>of(calibrate(fitted, x, yy, classes)), Provenance.of(name(), params, x, y, 0L));
  }

  private static Target relabel(Target y, List<String> classes) {
    int[] codes = y.codes();
    int[] out = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = classes.indexOf(y.classList().get(codes[i]));
    }
    return Target.ofCodes(y.name(), out, classes);
  }

  private static Classifier asClassifier(Model m) {
    if (!(m instanceof Classifier c) || !Scores.supported(c)) {
      throw new IllegalArgumentException("CalibratedClassifier: the base estimator produced a "
          + m.getClass().getSimpleName() + ", which is not a classifier with decision scores or probabilities; "
          + "use a base such as gaussian_nb or logistic_regression");
    }
    return c;
  }

  /** Calibrators by class code of {@code classes} (null for classes the model lacks or binary class 0). */
  private Calibrator[] calibrate(Classifier m, Frame xTest, Target yTest, List<String> classes) {
    int k = classes.size();
    double[][] s = Scores.of(m, xTest);
    int[] codes = yTest.codes();
    Calibrator[] out = new Calibrator[k];
    List<String> mc = m.classes();
    int cols = s.length == 0 ? (mc.size() == 2 ? 1 : mc.size()) : s[0].length;
    double[] f = new double[s.length];
    int[] y01 = new int[s.length];
    for (int col = 0; col < cols; col++) {
      int cls = classes.indexOf(mc.get(mc.size() == 2 ? 1 : col));
      for (int i = 0; i < s.length; i++) {
        f[i] = s[i][col];
        y01[i] = codes[i] == cls ? 1 : 0;
      }
      out[cls] = Calibrator.fit(params.method(), f, y01);
    }
    return out;
  }
}
