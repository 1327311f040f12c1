/** Benchmarks of the classic models (logistic regression fit time), Praxis versus Smile. */
package praxis.bench.classic;
