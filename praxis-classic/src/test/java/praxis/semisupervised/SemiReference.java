package praxis.semisupervised;

import praxis.testkit.ReferenceFile;

/**
 * The scikit-learn 1.2.1 reference numbers in {@code reference/semisupervised_reference.json}, produced by
 * {@code reference/make_semisupervised_reference.py}.
 */
final class SemiReference {
  /** The fixture. */
  static final ReferenceFile REF = ReferenceFile.load("/reference/semisupervised_reference.json");

  private SemiReference() {}
}
