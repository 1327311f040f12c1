/**
 * Semi-supervised classification: graph-based label propagation and spreading, and self-training around
 * any probabilistic classifier. Unlabeled rows carry a designated class label (default {@code "-1"}) in an
 * ordinary class {@link praxis.data.Target}; see {@link praxis.semisupervised.Unlabeled}.
 *
 * <pre>{@code
 * Target partial = Unlabeled.hide(y, hiddenRows, Unlabeled.DEFAULT_LABEL);
 * LabelPropagationModel m = new LabelSpreading().fit(x, partial);
 * int[] filledIn = m.transduction();
 * }</pre>
 */
package praxis.semisupervised;
