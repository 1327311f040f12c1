/** The {@code praxis} command line: info, train, predict, evaluate, cv, compare, demo, models, cluster, embed, outliers. */
package praxis.cli;
