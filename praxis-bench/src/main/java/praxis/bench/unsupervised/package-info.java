/** JMH benchmarks of the unsupervised estimators (clustering, decomposition, mixtures) against Smile. */
package praxis.bench.unsupervised;
