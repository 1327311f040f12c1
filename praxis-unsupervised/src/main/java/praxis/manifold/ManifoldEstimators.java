package praxis.manifold;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the manifold-learning estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> tsne = Estimators.create("tsne", Map.of("perplexity", "20"));
 * }</pre>
 */
public final class ManifoldEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(new EstimatorInfo("tsne", "t-SNE embedding (Barnes-Hut or exact; embeds the training rows only)",
        Task.TRANSFORM, true, TSNE::new),
        new EstimatorInfo("umap", "UMAP embedding (fuzzy neighbour graph + SGD; embeds new rows too)",
            Task.TRANSFORM, true, UMAP::new));
  }
}
