package praxis.api;

import java.util.function.Predicate;
import java.util.function.Supplier;
import praxis.data.Schema;

/**
 * A registry entry: the CLI name of an estimator, what it does and how to make one with default
 * hyperparameters.
 *
 * <pre>{@code
 * new EstimatorInfo("logreg", "logistic regression (L2, L-BFGS)", Task.CLASSIFICATION, true,
 *     LogisticRegression::new)
 * }</pre>
 *
 * @param name registry name used on the command line
 * @param description one line for listings
 * @param task problem kind
 * @param scaleSensitive whether inputs should be standardized first (compare/demo do so)
 * @param factory makes a default-configured estimator
 * @param appliesTo which input schemas the estimator can take at all (e.g. only categorical columns);
 *     {@code compare} skips, and names, the estimators that do not apply to a data set
 */
public record EstimatorInfo(String name, String description, Task task, boolean scaleSensitive,
    Supplier<? extends Estimator<?, ?>> factory, Predicate<Schema> appliesTo) {
  /** Validates. */
  public EstimatorInfo {
    Check.notNull(name, "name");
    Check.notNull(task, "task");
    Check.notNull(factory, "factory");
    Check.notNull(appliesTo, "appliesTo");
  }

  /** An entry that applies to any input schema. */
  public EstimatorInfo(String name, String description, Task task, boolean scaleSensitive,
      Supplier<? extends Estimator<?, ?>> factory) {
    this(name, description, task, scaleSensitive, factory, schema -> true);
  }
}
