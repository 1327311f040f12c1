/**
 * Probability calibration: isotonic regression, Platt's sigmoid fitting and a classifier wrapper that
 * calibrates another classifier's scores by cross-validation or on held-out rows.
 *
 * <pre>{@code
 * CalibratedClassifierModel m = new CalibratedClassifier(new GaussianNB(),
 *     CalibratedClassifier.Params.DEFAULTS.withMethod(CalibratedClassifier.Method.ISOTONIC)).fit(x, y);
 * }</pre>
 */
package praxis.calibration;
