package praxis.decomposition;

import java.util.List;
import praxis.api.EstimatorInfo;
import praxis.api.EstimatorProvider;
import praxis.api.Task;

/**
 * Registers the decomposition estimators with {@link praxis.api.Estimators} (via
 * {@code META-INF/services/praxis.api.EstimatorProvider}).
 *
 * <pre>{@code
 * Estimator<?, ?> pca = Estimators.create("pca", Map.of("nComponents", "2"));
 * }</pre>
 */
public final class DecompositionEstimators implements EstimatorProvider {
  @Override
  public List<EstimatorInfo> estimators() {
    return List.of(
        new EstimatorInfo("pca", "principal component analysis (full or randomized SVD, whitening)",
            Task.TRANSFORM, true, PCA::new),
        new EstimatorInfo("incremental_pca", "PCA in batches of rows (bounded memory)", Task.TRANSFORM, true,
            IncrementalPCA::new),
        new EstimatorInfo("kernel_pca", "kernel PCA (linear, poly, RBF, sigmoid, cosine), optional pre-images",
            Task.TRANSFORM, true, KernelPCA::new),
        new EstimatorInfo("nmf", "non-negative matrix factorization (coordinate descent or multiplicative updates)",
            Task.TRANSFORM, false, NMF::new),
        new EstimatorInfo("truncated_svd", "truncated SVD / LSA, works on sparse input without centering",
            Task.TRANSFORM, false, TruncatedSVD::new));
  }
}
