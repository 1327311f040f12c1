/** Gaussian mixture models fitted by expectation–maximization. */
package praxis.mixture;
