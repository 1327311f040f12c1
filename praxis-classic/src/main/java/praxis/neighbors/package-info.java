/**
 * Nearest-neighbour search ({@link praxis.neighbors.NeighborIndex}: brute force, k-d tree, ball tree) and the
 * estimators built on it ({@link praxis.neighbors.KNeighborsClassifier},
 * {@link praxis.neighbors.KNeighborsRegressor}, {@link praxis.neighbors.RadiusNeighborsClassifier},
 * {@link praxis.neighbors.RadiusNeighborsRegressor}). All types are non-null by default.
 */
package praxis.neighbors;
