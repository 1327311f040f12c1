/** Benchmarks of the tree and boosting models against XGBoost4J and Smile. */
package praxis.bench.trees;
