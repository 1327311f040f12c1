package praxis.topic;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the topic models with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> lda = Estimators.create("latent_dirichlet_allocation", Map.of("nComponents", "20"));
 * }</pre>
 */
public final class TopicEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(new EstimatorInfo("latent_dirichlet_allocation", "latent Dirichlet allocation topic model (variational Bayes, batch or"
        + " online) on term counts", Task.TRANSFORM, false, LatentDirichletAllocation::new));
  }
}
