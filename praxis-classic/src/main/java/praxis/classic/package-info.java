/**
 * Registration of the praxis-classic estimators ({@link praxis.classic.ClassicEstimators}). All types are
 * non-null by default.
 */
package praxis.classic;
