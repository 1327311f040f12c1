/**
 * Naive Bayes classifiers ({@link praxis.bayes.GaussianNB}). All types are non-null by default.
 */
package praxis.bayes;
