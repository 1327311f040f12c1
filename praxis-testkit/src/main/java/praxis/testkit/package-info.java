/**
 * Test support shared by every Praxis module: the common estimator checks
 * ({@link praxis.testkit.EstimatorChecks}) and small bundled datasets ({@link praxis.testkit.Fixtures}).
 * All types are non-null by default.
 */
package praxis.testkit;
