package praxis.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import praxis.linalg.CsrMatrix;
import praxis.stat.SpecialFunctions;

/**
 * The numerical core of variational LDA (Hoffman, Blei and Bach 2010), laid out as scikit-learn 1.2's
 * {@code _online_lda_fast} / {@code _lda.py}. Topic–word arrays are word-major: entry {@code (t, w)} at
 * {@code w * k + t}, so the columns a document touches are contiguous.
 */
final class LdaMath {
  static final double EPS = Math.ulp(1.0);
  private static final double EULER = 0.577215664901532860606512090082402431;
  /** Documents per block of the E-step: the unit of parallel work and of the sufficient-statistics sum. */
  static final int BLOCK = 2048;

  private LdaMath() {}

  /** Digamma as scikit-learn's Cython {@code psi}: recurrence up to 6, then the asymptotic series. */
  static double psi(double x) {
    if (x <= 1e-6) {
      return -EULER - 1. / x;
    }
    double result = 0;
    while (x < 6) {
      result -= 1. / x;
      x += 1;
    }
    double r = 1. / x;
    result += Math.log(x) - .5 * r;
    r = r * r;
    result -= r * ((1. / 12.) - r * ((1. / 120.) - r * (1. / 252.)));
    return result;
  }

  /** {@code E[log beta]} of topic–word parameters {@code lam} (word-major, p words, k topics). */
  static double[] dirichletExpectationTopics(double[] lam, int p, int k) {
    double[] sums = new double[k];
    for (int w = 0; w < p; w++) {
      for (int t = 0; t < k; t++) {
        sums[t] += lam[w * k + t];
      }
    }
    double[] psiSum = new double[k];
    for (int t = 0; t < k; t++) {
      psiSum[t] = psi(sums[t]);
    }
    double[] out = new double[lam.length];
    for (int w = 0; w < p; w++) {
      for (int t = 0; t < k; t++) {
        out[w * k + t] = psi(lam[w * k + t]) - psiSum[t];
      }
    }
    return out;
  }

  static double[] exp(double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Math.exp(a[i]);
    }
    return out;
  }

  /** Result of an E-step over rows {@code [from, to)}: variational doc-topic parameters and statistics. */
  record EStep(double[] gamma, double[] sstats) {}

  /**
   * The E-step: for each document, fixed-point iterations of the variational Dirichlet parameters
   * {@code gamma_d} (at most {@code maxIter}, stopping when the mean absolute change is below {@code tol}).
   *
   * @param init starting {@code gamma} ((to - from) x k, row-major), or null for all ones
   * @param withStats whether to return the sufficient statistics (word-major, already multiplied by
   *     {@code expElogBeta} as scikit-learn does)
   */
  static EStep eStep(CsrMatrix x, int from, int to, double[] expElogBeta, int k, double alpha, int maxIter,
      double tol, double[] init, boolean withStats, int nThreads) {
    int m = to - from;
    int p = x.cols();
    double[] gamma = new double[m * k];
    if (init != null) {
      System.arraycopy(init, 0, gamma, 0, m * k);
    } else {
      java.util.Arrays.fill(gamma, 1.0);
    }
    int nBlocks = Math.max(1, (m + BLOCK - 1) / BLOCK);
    double[] total = withStats ? new double[p * k] : null;
    if (nThreads <= 1 || nBlocks == 1) {
      double[] acc = withStats && nBlocks > 1 ? new double[p * k] : total;
      for (int b = 0; b < nBlocks; b++) {
        int s = from + b * BLOCK;
        int e = Math.min(to, s + BLOCK);
        if (acc != total && acc != null) {
          java.util.Arrays.fill(acc, 0);
        }
        block(x, s, e, from, gamma, expElogBeta, k, alpha, maxIter, tol, acc);
        if (acc != total && acc != null) {
          for (int i = 0; i < total.length; i++) {
            total[i] += acc[i];
          }
        }
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(nThreads, nBlocks), r -> {
        Thread th = new Thread(r, "praxis-lda");
        th.setDaemon(true);
        return th;
      });
      try {
        List<Future<double[]>> fs = new ArrayList<>();
        for (int b = 0; b < nBlocks; b++) {
          int s = from + b * BLOCK;
          int e = Math.min(to, s + BLOCK);
          fs.add(pool.submit(() -> {
            double[] acc = withStats ? new double[p * k] : null;
            block(x, s, e, from, gamma, expElogBeta, k, alpha, maxIter, tol, acc);
            return acc;
          }));
        }
        for (Future<double[]> f : fs) {
          double[] acc = f.get();
          if (withStats) {
            for (int i = 0; i < total.length; i++) {
              total[i] += acc[i];
            }
          }
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("LatentDirichletAllocation interrupted", ex);
      } catch (ExecutionException ex) {
        throw new IllegalStateException("LatentDirichletAllocation: E-step failed: " + ex.getCause(), ex.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    if (withStats) {
      for (int i = 0; i < total.length; i++) {
        total[i] *= expElogBeta[i];
      }
    }
    return new EStep(gamma, total);
  }

  private static void block(CsrMatrix x, int s, int e, int from, double[] gamma, double[] ew, int k, double alpha,
      int maxIter, double tol, double[] sstats) {
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] val = x.values();
    double[] expDoc = new double[k];
    double[] doc = new double[k];
    double[] last = new double[k];
    double[] acc = new double[k];
    double[] normPhi = new double[16];
    for (int d = s; d < e; d++) {
      int a = ptr[d];
      int z = ptr[d + 1];
      if (z - a > normPhi.length) {
        normPhi = new double[Math.max(z - a, 2 * normPhi.length)];
      }
      int g = (d - from) * k;
      double sum = 0;
      for (int t = 0; t < k; t++) {
        doc[t] = gamma[g + t];
        sum += doc[t];
      }
      double psiSum = psi(sum);
      for (int t = 0; t < k; t++) {
        expDoc[t] = Math.exp(psi(doc[t]) - psiSum);
      }
      for (int it = 0; it < maxIter; it++) {
        System.arraycopy(doc, 0, last, 0, k);
        java.util.Arrays.fill(acc, 0);
        for (int j = a; j < z; j++) {
          int o = idx[j] * k;
          double np = 0;
          for (int t = 0; t < k; t++) {
            np += expDoc[t] * ew[o + t];
          }
          double c = val[j] / (np + EPS);
          for (int t = 0; t < k; t++) {
            acc[t] += c * ew[o + t];
          }
        }
        double tot = 0;
        for (int t = 0; t < k; t++) {
          doc[t] = expDoc[t] * acc[t] + alpha;
          tot += doc[t];
        }
        double psiTot = psi(tot);
        double change = 0;
        for (int t = 0; t < k; t++) {
          expDoc[t] = Math.exp(psi(doc[t]) - psiTot);
          change += Math.abs(last[t] - doc[t]);
        }
        if (change / k < tol) {
          break;
        }
      }
      System.arraycopy(doc, 0, gamma, g, k);
      if (sstats != null) {
        for (int j = a; j < z; j++) {
          int o = idx[j] * k;
          double np = 0;
          for (int t = 0; t < k; t++) {
            np += expDoc[t] * ew[o + t];
          }
          double c = val[j] / (np + EPS);
          for (int t = 0; t < k; t++) {
            sstats[o + t] += expDoc[t] * c;
          }
        }
      }
    }
  }

  /**
   * The variational lower bound of the log-likelihood (scikit-learn's {@code _approx_bound} without
   * subsampling): {@code E[log p(docs | theta, beta)] + E[log p(theta) - log q(theta)] + E[log p(beta) -
   * log q(beta)]}.
   */
  static double bound(CsrMatrix x, double[] gamma, double[] lam, double[] elogBeta, int k, double alpha,
      double eta) {
    int n = x.rows();
    int p = x.cols();
    int[] ptr = x.indptr();
    int[] idx = x.indices();
    double[] val = x.values();
    double score = 0;
    double[] elogTheta = new double[k];
    double[] tmp = new double[k];
    double lgAlpha = SpecialFunctions.logGamma(alpha);
    double lgAlphaK = SpecialFunctions.logGamma(alpha * k);
    for (int d = 0; d < n; d++) {
      int g = d * k;
      double sum = 0;
      for (int t = 0; t < k; t++) {
        sum += gamma[g + t];
      }
      double psiSum = psi(sum);
      for (int t = 0; t < k; t++) {
        elogTheta[t] = psi(gamma[g + t]) - psiSum;
      }
      for (int j = ptr[d]; j < ptr[d + 1]; j++) {
        int o = idx[j] * k;
        double mx = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < k; t++) {
          tmp[t] = elogTheta[t] + elogBeta[o + t];
          mx = Math.max(mx, tmp[t]);
        }
        double se = 0;
        for (int t = 0; t < k; t++) {
          se += Math.exp(tmp[t] - mx);
        }
        score += val[j] * (mx + Math.log(se));
      }
      for (int t = 0; t < k; t++) {
        score += (alpha - gamma[g + t]) * elogTheta[t];
        score += SpecialFunctions.logGamma(gamma[g + t]) - lgAlpha;
      }
      score += lgAlphaK - SpecialFunctions.logGamma(sum);
    }
    double lgEta = SpecialFunctions.logGamma(eta);
    double lgEtaP = SpecialFunctions.logGamma(eta * p);
    double[] sums = new double[k];
    for (int w = 0; w < p; w++) {
      for (int t = 0; t < k; t++) {
        double l = lam[w * k + t];
        sums[t] += l;
        score += (eta - l) * elogBeta[w * k + t] + SpecialFunctions.logGamma(l) - lgEta;
      }
    }
    for (int t = 0; t < k; t++) {
      score += lgEtaP - SpecialFunctions.logGamma(sums[t]);
    }
    return score;
  }

  /** {@code exp(-bound / total word count)}. */
  static double perplexity(CsrMatrix x, double[] gamma, double[] lam, double[] elogBeta, int k, double alpha,
      double eta) {
    double words = 0;
    for (double v : x.values()) {
      words += v;
    }
    double b = bound(x, gamma, lam, elogBeta, k, alpha, eta);
    return Math.exp(-b / words);
  }
}
