/** Matrix decompositions as transformers: PCA (full and randomized), incremental PCA, kernel PCA, truncated SVD. */
package praxis.decomposition;
