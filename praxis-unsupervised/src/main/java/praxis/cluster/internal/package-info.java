/** Implementation details of the clustering estimators (k-means kernels); not a public API. */
package praxis.cluster.internal;
