package praxis.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import praxis.api.Check;
import praxis.api.DataFingerprint;
import praxis.api.Estimator;
import praxis.api.Model;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.api.Version;
import praxis.data.Frame;
import praxis.data.Target;

/**
 * A sequence of named steps, all but the last fitting {@link Transformer}s, used as one estimator (as
 * scikit-learn's {@code Pipeline}). {@link #fit} fits each transformer on the output of the previous ones
 * computed from the training data only — so nothing of the data a model is later applied to leaks into the
 * fitted statistics (inside cross-validation, a scaler sees only the training fold) — and then fits the last
 * estimator. The fitted {@link PipelineModel} implements the same capability interfaces as the last step's
 * model ({@link praxis.api.ProbabilisticClassifier}, {@link praxis.api.Classifier},
 * {@link praxis.api.Regressor}, {@link praxis.api.Clusterer}, {@link Transformer}), so callers test them with
 * {@code instanceof}.
 *
 * <p>Hyperparameters of the steps are addressed as {@code step.param} (nested composites as
 * {@code step.inner.param}): {@link #stepParams()} lists them and {@link #withStepParams(Map)} sets them,
 * which is how a grid search tunes inside a pipeline. Step names default to {@link Estimator#name()}; repeated
 * names get the suffixes {@code -1, -2, ...}.
 *
 * <p>A step that is a {@link praxis.api.Resampler} (SMOTE, under-sampling, cleaning) resamples the training
 * rows and labels it receives, and the later steps are fitted on the resampled rows; in the fitted model it is a
 * {@link SamplerStepModel} that passes frames through unchanged, so prediction and the test folds of
 * cross-validation are never resampled.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(new SimpleImputer(SimpleImputer.Strategy.MEDIAN), new StandardScaler(), logreg);
 * Pipeline tuned = p.withStepParams(Map.of("logistic_regression.c", "0.1"));
 * PipelineModel m = tuned.fit(train, y);
 * if (m instanceof Classifier c) { int[] yhat = c.predict(test); }
 * }</pre>
 */
public final class Pipeline implements Estimator<Pipeline.Params, PipelineModel> {
  /**
   * One named step.
   *
   * @param name step name (non-empty, no '.')
   * @param estimator the step's estimator
   */
  public record Step(String name, Estimator<?, ?> estimator) {
    /** Validates. */
    public Step {
      NestedParams.checkName(name, "pipeline step");
      Check.notNull(estimator, "estimator of step '" + name + "'");
    }
  }

  /**
   * Hyperparameters: the steps.
   *
   * @param steps at least one step, distinct names
   */
  public record Params(List<Step> steps) implements praxis.api.Params {
    /** Validates and copies. */
    public Params {
      Check.notNull(steps, "steps");
      steps = List.copyOf(steps);
      if (steps.isEmpty()) {
        throw new IllegalArgumentException("a pipeline needs at least one step, got none");
      }
      List<String> names = new ArrayList<>();
      for (Step s : steps) {
        names.add(s.name());
      }
      NestedParams.requireDistinct(names, "pipeline step");
    }
  }

  private final Params params;

  /** A pipeline of the given steps. */
  public Pipeline(Params params) {
    this.params = Check.notNull(params, "params");
  }

  /** A pipeline of the given estimators, named by {@link Estimator#name()} ({@code -1, -2} for repeats). */
  public static Pipeline of(Estimator<?, ?>... estimators) {
    Map<String, Integer> counts = new HashMap<>();
    for (Estimator<?, ?> e : estimators) {
      Check.notNull(e, "pipeline step");
      counts.merge(e.name(), 1, Integer::sum);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (Estimator<?, ?> e : estimators) {
      String n = e.name();
      if (counts.get(n) > 1) {
        n = n + "-" + seen.merge(n, 1, Integer::sum);
      }
      steps.add(new Step(n, e));
    }
    return new Pipeline(new Params(steps));
  }

  /** A pipeline of the given named steps. */
  public static Pipeline of(List<Step> steps) {
    return new Pipeline(new Params(steps));
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public Pipeline withParams(Params p) {
    return new Pipeline(p);
  }

  @Override
  public String name() {
    return "pipeline";
  }

  /** The step names in order. */
  public List<String> stepNames() {
    List<String> out = new ArrayList<>();
    for (Step s : params.steps()) {
      out.add(s.name());
    }
    return out;
  }

  /** The estimator of the named step. */
  public Estimator<?, ?> step(String name) {
    for (Step s : params.steps()) {
      if (s.name().equals(name)) {
        return s.estimator();
      }
    }
    throw new IllegalArgumentException("no pipeline step named '" + name + "'; steps: " + stepNames());
  }

  /** Every step hyperparameter as {@code step.param → value} (nested composites as {@code step.inner.param}). */
  public Map<String, String> stepParams() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Step s : params.steps()) {
      NestedParams.putPrefixed(out, s.name(), NestedParams.flatten(s.estimator()));
    }
    return out;
  }

  /**
   * A copy with step hyperparameters set from strings, keys {@code step.param} (e.g.
   * {@code logistic_regression.c}); errors name the step and list the valid names.
   */
  public Pipeline withStepParams(Map<String, String> values) {
    Map<String, Map<String, String>> byStep = NestedParams.split(values, stepNames(), "step");
    List<Step> steps = new ArrayList<>();
    for (Step s : params.steps()) {
      Map<String, String> v = byStep.get(s.name());
      steps.add(v == null ? s
          : new Step(s.name(), NestedParams.configure(s.estimator(), v, "pipeline step '" + s.name() + "'")));
    }
    return new Pipeline(new Params(steps));
  }

  /** A copy with step hyperparameters set from typed values, keys {@code step.param}. */
  public Pipeline withStepValues(Map<String, ?> values) {
    Map<String, ? extends Map<String, ?>> byStep = NestedParams.split(values, stepNames(), "step");
    List<Step> steps = new ArrayList<>();
    for (Step s : params.steps()) {
      Map<String, ?> v = byStep.get(s.name());
      steps.add(v == null ? s
          : new Step(s.name(), NestedParams.configureValues(s.estimator(), v, "pipeline step '" + s.name() + "'")));
    }
    return new Pipeline(new Params(steps));
  }

  /**
   * Applies {@code name → value} hyperparameters to any estimator: dotted {@code step.param} keys for a
   * {@link Pipeline}, {@code group.param} keys for a {@link ColumnTransformer}, plain names otherwise (as
   * {@link praxis.api.Estimators#configure}). One entry point for searches that may tune plain estimators and
   * composites alike.
   *
   * <pre>{@code
   * Estimator<?, ?> e = Pipeline.configure(pipeline, Map.of("logistic_regression.c", "0.1"));
   * }</pre>
   */
  public static Estimator<?, ?> configure(Estimator<?, ?> estimator, Map<String, String> values) {
    Check.notNull(estimator, "estimator");
    if (values.isEmpty()) {
      return estimator;
    }
    if (estimator instanceof Pipeline p) {
      return p.withStepParams(values);
    }
    if (estimator instanceof ColumnTransformer ct) {
      return ct.withGroupParams(values);
    }
    return praxis.api.Estimators.configure(estimator, values);
  }

  /** The hyperparameters of any estimator as strings, with dotted names for composites (see {@link #configure}). */
  public static Map<String, String> flatParams(Estimator<?, ?> estimator) {
    return NestedParams.flatten(estimator);
  }

  @Override
  public PipelineModel fit(Frame x, Target y) {
    Check.notNull(x, "x");
    Check.notNull(y, "y");
    Check.sameRows(x, y, "Pipeline");
    List<Step> steps = params.steps();
    List<Model> models = new ArrayList<>(steps.size());
    Frame cur = x;
    Target curY = y;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      if (step.estimator() instanceof praxis.api.Resampler<?> r) {
        if (s == steps.size() - 1) {
          throw new IllegalArgumentException("pipeline step '" + step.name() + "' is a sampler (" + r.name()
              + ") and cannot be the last step; add the estimator to fit on the resampled rows after it");
        }
        models.add(r.fit(cur, curY));
        praxis.api.Resampler.Sample sample = r.resample(cur, curY);
        cur = sample.x();
        curY = sample.y();
        continue;
      }
      Model m = step.estimator().fit(cur, curY);
      models.add(m);
      if (s < steps.size() - 1) {
        if (!(m instanceof Transformer t)) {
          throw new IllegalArgumentException("pipeline step '" + step.name() + "' (" + step.estimator().name()
              + ") fitted a " + m.getClass().getSimpleName() + ", which is not a Transformer; only the last step"
              + " may be a predictor — move it to the end or remove it");
        }
        cur = t.transform(cur);
      }
    }
    Provenance prov = new Provenance(name(), stepParams(), DataFingerprint.of(x, y), x.rowCount(), Version.VERSION,
        0L, java.time.Instant.now().toString(), Map.of());
    return PipelineModel.of(stepNames(), models, prov);
  }

  @Override
  public String toString() {
    return "Pipeline" + stepNames();
  }
}
