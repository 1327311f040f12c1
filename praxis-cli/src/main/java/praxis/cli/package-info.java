/** The {@code praxis} command line: info, train, predict, evaluate, cv, compare, demo, models. */
package praxis.cli;
