/** Benchmarks of nearest-neighbour search (k-nearest queries), Praxis {@code NeighborIndex} versus Smile. */
package praxis.bench.neighbors;
