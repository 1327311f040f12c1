package praxis.api;

import praxis.data.Frame;

/**
 * A model assigning rows to clusters.
 *
 * <pre>{@code
 * int[] cluster = ((Clusterer) model).predict(x);
 * }</pre>
 */
public interface Clusterer extends Model {
  /** Cluster index per row ({@code -1} = noise, where the algorithm has a notion of noise). */
  int[] predict(Frame x);
}
