/**
 * Nearest-neighbour estimators by brute-force search ({@link praxis.neighbors.KNeighborsClassifier},
 * {@link praxis.neighbors.KNeighborsRegressor}). All types are non-null by default.
 */
package praxis.neighbors;
