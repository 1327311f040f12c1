/**
 * Probability distributions for statistical inference, written here from the special functions in
 * {@link praxis.stat.SpecialFunctions} (Lanczos log-gamma, continued-fraction incomplete beta, series and
 * continued-fraction incomplete gamma): {@link praxis.stat.Normal}, {@link praxis.stat.StudentT},
 * {@link praxis.stat.FisherF} and {@link praxis.stat.ChiSquared}, each with a density, a lower-tail
 * {@code cdf}, an upper-tail {@code sf} computed without cancellation, and their inverses.
 */
package praxis.stat;
