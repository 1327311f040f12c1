/** Internals of the histogram gradient boosting engine (binning, histograms, tree growing); not API. */
package praxis.boost.internal;
