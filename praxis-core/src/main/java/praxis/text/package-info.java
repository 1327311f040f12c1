/**
 * Text feature extraction: {@link praxis.text.CountVectorizer} (bag of word n-grams),
 * {@link praxis.text.TfidfVectorizer} (tf-idf weighted counts) and {@link praxis.text.HashingVectorizer}
 * (stateless hashed counts), following scikit-learn's {@code sklearn.feature_extraction.text}. Each is an
 * estimator whose fitted model is a {@link praxis.api.Transformer} that turns one text column into sparse
 * numeric columns, ready for sparse-aware estimators such as {@code MultinomialNB}. All types are non-null by
 * default.
 */
package praxis.text;
