/**
 * The {@code praxis} command line: info, models, train, predict, evaluate, cv, compare, demo, cluster, embed,
 * outliers.
 */
package praxis.cli;
