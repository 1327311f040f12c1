/**
 * Immutable columnar data: {@link praxis.data.Frame}, typed columns, {@link praxis.data.Schema} and
 * {@link praxis.data.Target}. Missing values are first-class (NaN, code -1, null, byte -1). Row subsets are
 * zero-copy index views. All types are non-null by default.
 */
package praxis.data;
