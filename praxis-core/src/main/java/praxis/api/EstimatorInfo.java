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
 * @param appliesTo whether {@code compare} should include the estimator for data with this schema: false
 *     where it cannot take such input (e.g. only categorical columns, or exactly one feature) or only makes
 *     sense with special targets (semi-supervised learners); {@code train} and {@code cv} ignore it
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
