/**
 * Naive Bayes classifiers ({@link praxis.bayes.GaussianNB}, {@link praxis.bayes.MultinomialNB},
 * {@link praxis.bayes.ComplementNB}, {@link praxis.bayes.BernoulliNB},
 * {@link praxis.bayes.CategoricalNB}), with streaming partial fits. All types are non-null by default.
 */
package praxis.bayes;
