/** Topic models for bag-of-words counts: latent Dirichlet allocation by variational Bayes (U8). */
package praxis.topic;
