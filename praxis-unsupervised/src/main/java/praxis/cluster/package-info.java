/** Clustering: k-means and its variants, with helpers to choose the number of clusters. */
package praxis.cluster;
