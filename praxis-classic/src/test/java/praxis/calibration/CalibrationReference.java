package praxis.calibration;

import praxis.testkit.ReferenceFile;

/**
 * The scikit-learn 1.2.1 reference numbers in {@code reference/calibration_reference.json}, produced by
 * {@code reference/make_calibration_reference.py}.
 */
final class CalibrationReference {
  /** The fixture. */
  static final ReferenceFile REF = ReferenceFile.load("/reference/calibration_reference.json");

  private CalibrationReference() {}
}
