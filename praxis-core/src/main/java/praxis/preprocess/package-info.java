/**
 * Preprocessing estimators whose fitted models are {@link praxis.api.Transformer}s: scaling
 * ({@link praxis.preprocess.StandardScaler}, {@link praxis.preprocess.MinMaxScaler},
 * {@link praxis.preprocess.RobustScaler}, {@link praxis.preprocess.Normalizer}), encoding
 * ({@link praxis.preprocess.OneHotEncoder}, {@link praxis.preprocess.OrdinalEncoder}) and missing values
 * ({@link praxis.preprocess.SimpleImputer}, {@link praxis.preprocess.MissingIndicator}) and feature expansion
 * ({@link praxis.preprocess.PolynomialFeatures}). All types are
 * non-null by default.
 */
package praxis.preprocess;
