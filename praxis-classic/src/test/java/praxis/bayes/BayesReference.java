package praxis.bayes;

import praxis.testkit.ReferenceFile;

/**
 * The scikit-learn 1.2.1 reference numbers in {@code reference/bayes_reference.json}, produced by
 * {@code reference/make_bayes_reference.py}.
 */
final class BayesReference {
  /** The fixture. */
  static final ReferenceFile REF = ReferenceFile.load("/reference/bayes_reference.json");

  private BayesReference() {}
}
