/**
 * Feature selection: variance and univariate filters (chi-squared, ANOVA F, F-regression), correlation and VIF
 * filters, model-driven selection (RFE, RFECV, SelectFromModel, sequential selection); every selector fits a
 * {@link praxis.select.features.FeatureSubsetModel} that keeps the chosen columns by name.
 */
package praxis.select.features;
