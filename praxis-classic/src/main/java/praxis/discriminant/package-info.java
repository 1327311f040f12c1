/**
 * Discriminant analysis classifiers ({@link praxis.discriminant.LinearDiscriminantAnalysis}, also a supervised
 * projection, and {@link praxis.discriminant.QuadraticDiscriminantAnalysis}). All types are non-null by default.
 */
package praxis.discriminant;
