/**
 * Imbalanced classes: samplers (random over/under-sampling, SMOTE and variants, ADASYN, Tomek links, edited
 * nearest neighbours) that plug into pipelines as {@link praxis.api.Resampler} steps, and decision-threshold
 * tuning by cross-validation.
 */
package praxis.imbalance;
