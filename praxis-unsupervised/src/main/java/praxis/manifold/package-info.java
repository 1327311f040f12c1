/** Manifold learning: t-SNE embeddings (exact and Barnes–Hut) and the trustworthiness metric. */
package praxis.manifold;
