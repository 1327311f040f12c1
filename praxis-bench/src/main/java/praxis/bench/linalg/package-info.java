/** JMH benchmarks of praxis.linalg: GEMM and decompositions on the pure-Java and native backends. */
package praxis.bench.linalg;
