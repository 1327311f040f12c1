/** Hidden Markov models with categorical or Gaussian emissions: forward–backward, Viterbi, Baum–Welch, sampling. */
package praxis.hmm;
