package praxis.classic;

import praxis.testkit.ReferenceFile;

/**
 * The scikit-learn 1.2.1 reference numbers in {@code reference/classic_reference.json}, produced by
 * {@code reference/make_classic_reference.py}.
 */
public final class Reference {
  /** The fixture. */
  public static final ReferenceFile REF = ReferenceFile.load("/reference/classic_reference.json");

  private Reference() {}
}
