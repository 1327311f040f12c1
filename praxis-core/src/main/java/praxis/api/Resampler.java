package praxis.api;

import praxis.data.Frame;
import praxis.data.Target;

/**
 * A pipeline step that changes the training rows — over-sampling (SMOTE, ...), under-sampling or cleaning —
 * applied to features and labels together, and only while fitting. {@link praxis.pipeline.Pipeline#fit} calls
 * {@link #resample} on the (already transformed) training rows and fits the later steps on the result; the
 * fitted pipeline keeps, in the sampler's place, a {@link praxis.pipeline.SamplerStepModel} whose
 * {@code transform} returns its input unchanged. So predictions, scores and cross-validation test folds never
 * pass through a sampler: there is no method that resamples rows without their labels. {@link #fit} returns
 * that pass-through model too; call {@link #resample} directly to inspect a resampled set.
 *
 * <pre>{@code
 * PipelineModel m = Pipeline.of(new StandardScaler(), new Smote(), new LogisticRegression()).fit(train, yTrain);
 * int[] yhat = ((Classifier) m).predict(test);          // test rows are never resampled
 * Resampler.Sample s = new Smote().resample(train, yTrain); // explicit resampling of labelled rows
 * }</pre>
 *
 * @param <P> hyperparameter record
 */
public interface Resampler<P extends Params> extends Estimator<P, praxis.pipeline.SamplerStepModel> {
  /**
   * Resampled labelled rows.
   *
   * @param x features (same columns as the input)
   * @param y labels, same class list as the input
   */
  record Sample(Frame x, Target y) {
    /** Validates. */
    public Sample {
      Check.notNull(x, "x");
      Check.notNull(y, "y");
      Check.sameRows(x, y, "Resampler.Sample");
    }
  }

  /**
   * Resamples the labelled rows {@code (x, y)}; deterministic for a fixed seed.
   *
   * @throws IllegalArgumentException for unsupported inputs (e.g. a class too small for the neighbours needed)
   */
  Sample resample(Frame x, Target y);

  /** The pass-through model that stands in for this sampler in a fitted pipeline. */
  @Override
  default praxis.pipeline.SamplerStepModel fit(Frame x, Target y) {
    Check.notNull(x, "x");
    return praxis.pipeline.SamplerStepModel.of(name(), x.schema(), Provenance.of(name(), params(), x, y, 0L));
  }
}
