package praxis.svm;

/**
 * LIBSVM's probability estimates for C-SVC: Platt's sigmoid fitted to cross-validated decision values with
 * the Newton method of Lin, Lin &amp; Weng (2007), "A note on Platt's probabilistic outputs for support vector
 * machines", and multiclass pairwise coupling by Wu, Lin &amp; Weng (2004), "Probability estimates for
 * multi-class classification by pairwise coupling" (their second method).
 */
final class Platt {
  private static final double MIN_PROB = 1e-7;

  private Platt() {}

  /** Fits {@code P(y = +1 | f) = 1 / (1 + exp(A f + B))}; returns {A, B}. */
  static double[] sigmoidTrain(double[] dec, boolean[] positive) {
    int l = dec.length;
    double prior1 = 0;
    for (boolean b : positive) {
      prior1 += b ? 1 : 0;
    }
    double prior0 = l - prior1;
    int maxIter = 100;
    double minStep = 1e-10;
    double sigma = 1e-12;
    double eps = 1e-5;
    double hiTarget = (prior1 + 1.0) / (prior1 + 2.0);
    double loTarget = 1 / (prior0 + 2.0);
    double[] t = new double[l];
    for (int i = 0; i < l; i++) {
      t[i] = positive[i] ? hiTarget : loTarget;
    }
    double a = 0.0;
    double b = Math.log((prior0 + 1.0) / (prior1 + 1.0));
    double fval = objective(dec, t, a, b);
    for (int iter = 0; iter < maxIter; iter++) {
      double h11 = sigma;
      double h22 = sigma;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < l; i++) {
        double fApB = dec[i] * a + b;
        double p;
        double q;
        if (fApB >= 0) {
          double e = Math.exp(-fApB);
          p = e / (1.0 + e);
          q = 1.0 / (1.0 + e);
        } else {
          double e = Math.exp(fApB);
          p = 1.0 / (1.0 + e);
          q = e / (1.0 + e);
        }
        double d2 = p * q;
        h11 += dec[i] * dec[i] * d2;
        h22 += d2;
        h21 += dec[i] * d2;
        double d1 = t[i] - p;
        g1 += dec[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < eps && Math.abs(g2) < eps) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double dA = -(h22 * g1 - h21 * g2) / det;
      double dB = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * dA + g2 * dB;
      double step = 1;
      while (step >= minStep) {
        double newA = a + step * dA;
        double newB = b + step * dB;
        double newf = objective(dec, t, newA, newB);
        if (newf < fval + 0.0001 * step * gd) {
          a = newA;
          b = newB;
          fval = newf;
          break;
        }
        step /= 2.0;
      }
      if (step < minStep) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double objective(double[] dec, double[] t, double a, double b) {
    double f = 0;
    for (int i = 0; i < dec.length; i++) {
      double fApB = dec[i] * a + b;
      f += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return f;
  }

  /** The sigmoid, clamped to [1e-7, 1 - 1e-7] as LIBSVM. */
  static double sigmoidPredict(double dec, double a, double b) {
    double fApB = dec * a + b;
    double p = fApB >= 0 ? Math.exp(-fApB) / (1.0 + Math.exp(-fApB)) : 1.0 / (1 + Math.exp(fApB));
    return Math.min(Math.max(p, MIN_PROB), 1 - MIN_PROB);
  }

  /** Class probabilities from pairwise probabilities {@code r[i][j] = P(i | i or j)}. */
  static double[] couple(double[][] r, double[][] qm, double[] qp) {
    int k = r.length;
    double[] p = new double[k];
    int maxIter = Math.max(100, k);
    double eps = 0.005 / k;
    for (int t = 0; t < k; t++) {
      p[t] = 1.0 / k;
      qm[t][t] = 0;
      for (int j = 0; j < t; j++) {
        qm[t][t] += r[j][t] * r[j][t];
        qm[t][j] = qm[j][t];
      }
      for (int j = t + 1; j < k; j++) {
        qm[t][t] += r[j][t] * r[j][t];
        qm[t][j] = -r[j][t] * r[t][j];
      }
    }
    for (int iter = 0; iter < maxIter; iter++) {
      double pQp = 0;
      for (int t = 0; t < k; t++) {
        qp[t] = 0;
        for (int j = 0; j < k; j++) {
          qp[t] += qm[t][j] * p[j];
        }
        pQp += p[t] * qp[t];
      }
      double maxError = 0;
      for (int t = 0; t < k; t++) {
        maxError = Math.max(maxError, Math.abs(qp[t] - pQp));
      }
      if (maxError < eps) {
        break;
      }
      for (int t = 0; t < k; t++) {
        double diff = (-qp[t] + pQp) / qm[t][t];
        p[t] += diff;
        pQp = (pQp + diff * (diff * qm[t][t] + 2 * qp[t])) / (1 + diff) / (1 + diff);
        for (int j = 0; j < k; j++) {
          qp[j] = (qp[j] + diff * qm[t][j]) / (1 + diff);
          p[j] /= (1 + diff);
        }
      }
    }
    return p;
  }
}
