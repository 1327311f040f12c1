package praxis.mixture;

import praxis.mixture.GaussianMixture.CovarianceType;

/**
 * The parameters of a Gaussian mixture and the EM kernels on a row-major {@code n x p} array: the M-step
 * ({@link #estimate}, scikit-learn's {@code _estimate_gaussian_parameters} followed by the precision
 * Cholesky factors) and the E-step ({@link #eStep}, log-responsibilities by log-sum-exp).
 *
 * <p>Covariance storage by type: FULL {@code k} blocks of {@code p x p}; TIED one block; DIAG {@code k x p};
 * SPHERICAL {@code k} values. {@code precChol} holds {@code (L⁻¹)ᵀ} for full/tied (upper triangular, row-major)
 * and {@code 1 / sqrt(variance)} otherwise.
 */
final class Mixture {
  private static final double EPS = Math.ulp(1.0);
  final CovarianceType type;
  final int k;
  final int p;
  final double[] weights;
  final double[] means;
  final double[] cov;
  final double[] precChol;
  private final double[] logDet;

  Mixture(CovarianceType type, int k, int p, double[] weights, double[] means, double[] cov) {
    this.type = type;
    this.k = k;
    this.p = p;
    this.weights = weights;
    this.means = means;
    this.cov = cov;
    this.precChol = new double[cov.length];
    this.logDet = new double[k];
    computePrecisions();
  }

  /** M-step from responsibilities {@code resp} (row-major {@code n x k}). */
  static Mixture estimate(double[] x, int n, int p, double[] resp, int k, CovarianceType type, double reg) {
    double[] nk = new double[k];
    double[] means = new double[k * p];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double r = resp[i * k + c];
        nk[c] += r;
        for (int j = 0; j < p; j++) {
          means[c * p + j] += r * x[i * p + j];
        }
      }
    }
    for (int c = 0; c < k; c++) {
      nk[c] += 10 * EPS;
      for (int j = 0; j < p; j++) {
        means[c * p + j] /= nk[c];
      }
    }
    double[] cov;
    switch (type) {
      case FULL -> {
        cov = new double[k * p * p];
        double[] d = new double[p];
        for (int c = 0; c < k; c++) {
          int off = c * p * p;
          for (int i = 0; i < n; i++) {
            double r = resp[i * k + c];
            if (r == 0) {
              continue;
            }
            for (int j = 0; j < p; j++) {
              d[j] = x[i * p + j] - means[c * p + j];
            }
            for (int a = 0; a < p; a++) {
              double ra = r * d[a];
              for (int b = 0; b <= a; b++) {
                cov[off + a * p + b] += ra * d[b];
              }
            }
          }
          for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
              double v = cov[off + a * p + b] / nk[c];
              cov[off + a * p + b] = v;
              cov[off + b * p + a] = v;
            }
            cov[off + a * p + a] += reg;
          }
        }
      }
      case TIED -> {
        cov = new double[p * p];
        double total = 0;
        for (double v : nk) {
          total += v;
        }
        for (int a = 0; a < p; a++) {
          for (int b = 0; b <= a; b++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
              s += x[i * p + a] * x[i * p + b];
            }
            double m = 0;
            for (int c = 0; c < k; c++) {
              m += nk[c] * means[c * p + a] * means[c * p + b];
            }
            double v = (s - m) / total;
            cov[a * p + b] = v;
            cov[b * p + a] = v;
          }
          cov[a * p + a] += reg;
        }
      }
      default -> {
        double[] diag = new double[k * p];
        double[] sx = new double[k * p];
        double[] sx2 = new double[k * p];
        for (int i = 0; i < n; i++) {
          for (int c = 0; c < k; c++) {
            double r = resp[i * k + c];
            for (int j = 0; j < p; j++) {
              double v = x[i * p + j];
              sx[c * p + j] += r * v;
              sx2[c * p + j] += r * v * v;
            }
          }
        }
        for (int c = 0; c < k; c++) {
          for (int j = 0; j < p; j++) {
            double mu = means[c * p + j];
            double avgX2 = sx2[c * p + j] / nk[c];
            double avgXMeans = mu * sx[c * p + j] / nk[c];
            diag[c * p + j] = avgX2 - 2 * avgXMeans + mu * mu + reg;
          }
        }
        if (type == CovarianceType.DIAG) {
          cov = diag;
        } else {
          cov = new double[k];
          for (int c = 0; c < k; c++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
              s += diag[c * p + j];
            }
            cov[c] = s / p;
          }
        }
      }
    }
    double sum = 0;
    for (double v : nk) {
      sum += v;
    }
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = nk[c] / sum;
    }
    return new Mixture(type, k, p, w, means, cov);
  }

  private void computePrecisions() {
    switch (type) {
      case FULL, TIED -> {
        int blocks = type == CovarianceType.FULL ? k : 1;
        for (int b = 0; b < blocks; b++) {
          double ld = precisionBlock(b * p * p);
          if (type == CovarianceType.FULL) {
            logDet[b] = ld;
          } else {
            java.util.Arrays.fill(logDet, ld);
          }
        }
      }
      case DIAG -> {
        for (int c = 0; c < k; c++) {
          double ld = 0;
          for (int j = 0; j < p; j++) {
            double v = cov[c * p + j];
            requirePositive(v);
            precChol[c * p + j] = 1 / Math.sqrt(v);
            ld += Math.log(precChol[c * p + j]);
          }
          logDet[c] = ld;
        }
      }
      case SPHERICAL -> {
        for (int c = 0; c < k; c++) {
          requirePositive(cov[c]);
          precChol[c] = 1 / Math.sqrt(cov[c]);
          logDet[c] = p * Math.log(precChol[c]);
        }
      }
      default -> throw new IllegalStateException(type.toString());
    }
  }

  private static void requirePositive(double v) {
    if (!(v > 0)) {
      throw illDefined();
    }
  }

  private static IllegalArgumentException illDefined() {
    return new IllegalArgumentException("GaussianMixture: a component has an ill-defined (singular) empirical"
        + " covariance, e.g. from collapsed or duplicate rows; use fewer components, increase regCovar, or scale"
        + " the features");
  }

  /** Cholesky L of the block at {@code off}, then {@code precChol = (L⁻¹)ᵀ}; returns {@code sum log diag}. */
  private double precisionBlock(int off) {
    double[] l = new double[p * p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j <= i; j++) {
        double s = cov[off + i * p + j];
        for (int t = 0; t < j; t++) {
          s -= l[i * p + t] * l[j * p + t];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw illDefined();
          }
          l[i * p + i] = Math.sqrt(s);
        } else {
          l[i * p + j] = s / l[j * p + j];
        }
      }
    }
    // inv = L^-1 (lower), by forward substitution per column.
    double[] inv = new double[p * p];
    for (int col = 0; col < p; col++) {
      for (int i = col; i < p; i++) {
        double s = i == col ? 1 : 0;
        for (int t = col; t < i; t++) {
          s -= l[i * p + t] * inv[t * p + col];
        }
        inv[i * p + col] = s / l[i * p + i];
      }
    }
    double ld = 0;
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        precChol[off + a * p + b] = inv[b * p + a];
      }
      ld += Math.log(precChol[off + a * p + a]);
    }
    return ld;
  }

  /** Log density of each component (without the weights) for row {@code i}: into {@code out[0..k)}. */
  void logGaussian(double[] x, int i, double[] out, double[] work) {
    double log2pi = p * Math.log(2 * Math.PI);
    for (int c = 0; c < k; c++) {
      double q = 0;
      switch (type) {
        case FULL, TIED -> {
          int off = type == CovarianceType.FULL ? c * p * p : 0;
          for (int j = 0; j < p; j++) {
            work[j] = x[i * p + j] - means[c * p + j];
          }
          for (int b = 0; b < p; b++) {
            double y = 0;
            for (int a = 0; a <= b; a++) {
              y += work[a] * precChol[off + a * p + b];
            }
            q += y * y;
          }
        }
        case DIAG -> {
          for (int j = 0; j < p; j++) {
            double y = (x[i * p + j] - means[c * p + j]) * precChol[c * p + j];
            q += y * y;
          }
        }
        default -> {
          for (int j = 0; j < p; j++) {
            double y = (x[i * p + j] - means[c * p + j]) * precChol[c];
            q += y * y;
          }
        }
      }
      out[c] = -0.5 * (log2pi + q) + logDet[c];
    }
  }

  /**
   * E-step: writes log-responsibilities into {@code logResp} (row-major {@code n x k}) and returns the mean
   * log-likelihood per row.
   */
  double eStep(double[] x, int n, double[] logResp) {
    double[] lp = new double[k];
    double[] work = new double[p];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double lse = weightedLogProb(x, i, lp, work);
      for (int c = 0; c < k; c++) {
        logResp[i * k + c] = lp[c] - lse;
      }
      total += lse;
    }
    return total / n;
  }

  /** Fills {@code lp} with {@code log w_c + log N_c(x_i)} and returns their log-sum-exp. */
  double weightedLogProb(double[] x, int i, double[] lp, double[] work) {
    logGaussian(x, i, lp, work);
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      lp[c] += Math.log(weights[c]);
      max = Math.max(max, lp[c]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (int c = 0; c < k; c++) {
      s += Math.exp(lp[c] - max);
    }
    return max + Math.log(s);
  }

  /** Number of free parameters (scikit-learn's {@code _n_parameters}). */
  int parameterCount() {
    int covParams = switch (type) {
      case FULL -> k * p * (p + 1) / 2;
      case TIED -> p * (p + 1) / 2;
      case DIAG -> k * p;
      case SPHERICAL -> k;
    };
    return covParams + k * p + k - 1;
  }
}
