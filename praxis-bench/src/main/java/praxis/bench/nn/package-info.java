/** Benchmarks of the neural networks (MLP epoch time, dense-layer GEMM throughput), Praxis versus Smile. */
package praxis.bench.nn;
