/** I/O benchmarks: CSV parsing throughput, Praxis versus Smile. */
package praxis.bench.io;
