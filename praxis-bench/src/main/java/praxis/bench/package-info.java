/**
 * JMH benchmarks of Praxis side by side with other JVM libraries (Smile, benchmark-only) in the same run.
 * Results and ratios: docs/benchmarks.md. Not deployed.
 */
package praxis.bench;
