/** JMH benchmarks of the support vector machines (praxis.svm) against Smile. */
package praxis.bench.svm;
