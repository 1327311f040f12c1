package praxis.cluster;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the clustering estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> km = Estimators.create("kmeans", Map.of("nClusters", "3"));
 * }</pre>
 */
public final class ClusterEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("kmeans", "k-means (k-means++ seeding, Lloyd or Elkan, best of nInit runs)",
            Task.CLUSTERING, true, KMeans::new),
        new EstimatorInfo("minibatch_kmeans", "mini-batch k-means for large data", Task.CLUSTERING, true,
            MiniBatchKMeans::new),
        new EstimatorInfo("agglomerative", "hierarchical clustering (Ward/complete/average/single linkage)",
            Task.CLUSTERING, true, AgglomerativeClustering::new),
        new EstimatorInfo("dbscan", "density clustering (core samples within eps; noise = -1)", Task.CLUSTERING,
            true, DBSCAN::new),
        new EstimatorInfo("optics", "density ordering (reachability plot) with xi or DBSCAN cluster extraction",
            Task.CLUSTERING, true, OPTICS::new),
        new EstimatorInfo("gaussian_mixture", "Gaussian mixture by EM (full/tied/diag/spherical covariances)",
            Task.CLUSTERING, true, praxis.mixture.GaussianMixture::new));
  }
}
