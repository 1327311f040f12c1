/** Outlier and novelty detection: local outlier factor, isolation forest, elliptic envelope. */
package praxis.outlier;
