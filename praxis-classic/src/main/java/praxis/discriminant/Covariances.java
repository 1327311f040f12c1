package praxis.discriminant;

import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;

/**
 * Covariance estimates of the EIGEN solver, as scikit-learn 1.2.1's {@code discriminant_analysis._cov}: the
 * maximum-likelihood (divide by n) covariance, optionally shrunk toward {@code (trace/p)·I} with a fixed
 * intensity or with the Ledoit–Wolf intensity computed on standardized features (then rescaled).
 */
final class Covariances {
  private Covariances() {}

  /**
   * Covariance of the column-major {@code n × p} data {@code x}, {@code p × p} column-major.
   *
   * @param shrink NaN for none, -1 for Ledoit–Wolf, else a fixed intensity in [0, 1]
   */
  static double[] covariance(double[] x, int n, int p, double shrink) {
    double[] z = new double[n * p];
    double[] scale = new double[p];
    boolean auto = shrink == -1;
    for (int j = 0; j < p; j++) {
      int off = j * n;
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x[off + i];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double d = x[off + i] - mean;
        z[off + i] = d;
        ss += d * d;
      }
      double sd = Math.sqrt(ss / n);
      scale[j] = auto && sd != 0 ? sd : 1.0;
      if (auto) {
        for (int i = 0; i < n; i++) {
          z[off + i] /= scale[j];
        }
      }
    }
    DenseMatrix zm = DenseMatrix.wrap(n, p, z);
    double[] gram = LinAlg.gemm(true, false, 1.0, zm, zm, 0.0, new DenseMatrix(p, p)).data();
    double[] cov = new double[p * p];
    for (int q = 0; q < p * p; q++) {
      cov[q] = gram[q] / n;
    }
    double s = Double.isNaN(shrink) ? 0 : auto ? ledoitWolf(z, gram, n, p) : shrink;
    if (s != 0) {
      double mu = 0;
      for (int j = 0; j < p; j++) {
        mu += cov[j * p + j];
      }
      mu /= p;
      for (int q = 0; q < p * p; q++) {
        cov[q] *= 1 - s;
      }
      for (int j = 0; j < p; j++) {
        cov[j * p + j] += s * mu;
      }
    }
    if (auto) {
      for (int j = 0; j < p; j++) {
        for (int i = 0; i < p; i++) {
          cov[j * p + i] *= scale[i] * scale[j];
        }
      }
    }
    return cov;
  }

  /**
   * The Ledoit–Wolf shrinkage intensity of centred column-major data {@code z} with Gram matrix
   * {@code zᵀz} (scikit-learn's {@code ledoit_wolf_shrinkage}, unblocked); 0 for one feature.
   */
  static double ledoitWolf(double[] z, double[] gram, int n, int p) {
    if (p == 1) {
      return 0;
    }
    double[] z2 = new double[n * p];
    for (int q = 0; q < z.length; q++) {
      z2[q] = z[q] * z[q];
    }
    DenseMatrix z2m = DenseMatrix.wrap(n, p, z2);
    double[] gram2 = LinAlg.gemm(true, false, 1.0, z2m, z2m, 0.0, new DenseMatrix(p, p)).data();
    double traceSum = 0;
    for (int j = 0; j < p; j++) {
      traceSum += gram[j * p + j] / n;
    }
    double mu = traceSum / p;
    double delta0 = 0;
    double beta0 = 0;
    for (int q = 0; q < p * p; q++) {
      delta0 += gram[q] * gram[q];
      beta0 += gram2[q];
    }
    delta0 /= (double) n * n;
    double beta = 1.0 / ((double) p * n) * (beta0 / n - delta0);
    double delta = (delta0 - 2.0 * mu * traceSum + p * mu * mu) / p;
    beta = Math.min(beta, delta);
    return beta == 0 ? 0 : beta / delta;
  }
}
