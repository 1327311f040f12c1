package praxis.linear;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import praxis.classic.internal.Inputs;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.DenseMatrix;
import praxis.linalg.LinAlg;
import praxis.linalg.SVD;
import praxis.stat.FisherF;
import praxis.stat.StudentT;

/**
 * Classical inference for an ordinary least-squares fit with an intercept, as R's {@code summary(lm)} and
 * statsmodels' {@code OLS(...).fit()}: coefficients (intercept first) with standard errors, t statistics,
 * two-sided p-values and confidence intervals; residual standard error and its degrees of freedom; R^2 and
 * adjusted R^2; the overall F test; log-likelihood, AIC and BIC; and per-feature variance inflation factors.
 *
 * <p>Conventions: the Gaussian log-likelihood at the MLE, {@code -n/2 (ln(2 pi RSS/n) + 1)}; AIC and BIC as
 * statsmodels' OLS, counting {@code k = p + 1} parameters (coefficients and intercept, not the error
 * variance): {@code AIC = -2 logL + 2k}, {@code BIC = -2 logL + k ln n} (R's {@code AIC(lm)} counts the
 * variance too, so it is larger by 2, and {@code BIC(lm)} by {@code ln n}). {@code VIF_j = 1 / (1 - R^2_j)}
 * from regressing feature j on the other features with an intercept, tolerance {@code = 1 / VIF_j}.
 *
 * <p>The centred design is decomposed by the SVD; a design that is not of full column rank (a constant
 * column, duplicated columns, or any exact linear dependence) is rejected with the columns involved named,
 * instead of reporting meaningless standard errors. Instances are immutable; accessors return copies.
 *
 * <pre>{@code
 * RegressionSummary s = RegressionSummary.of(x, y);          // 95% intervals
 * double p = s.pValues()[1];                                  // first feature's p-value
 * System.out.println(s.table());                              // like R's summary(lm)
 * }</pre>
 */
public final class RegressionSummary {
  /** Name used for the intercept row, as R. */
  public static final String INTERCEPT = "(Intercept)";

  private final List<String> terms;
  private final double[] estimate;
  private final double[] stdError;
  private final double[] tValue;
  private final double[] pValue;
  private final double[] ciLow;
  private final double[] ciHigh;
  private final double level;
  private final int nObs;
  private final int dfResidual;
  private final double sigma;
  private final double rSquared;
  private final double adjRSquared;
  private final double fStatistic;
  private final double fPValue;
  private final double logLikelihood;
  private final double aic;
  private final double bic;
  private final double[] vif;
  private final double[] residualQuantiles;

  private RegressionSummary(List<String> terms, double[] estimate, double[] stdError, double[] tValue,
      double[] pValue, double[] ciLow, double[] ciHigh, double level, int nObs, int dfResidual, double sigma,
      double rSquared, double adjRSquared, double fStatistic, double fPValue, double logLikelihood, double aic,
      double bic, double[] vif, double[] residualQuantiles) {
    this.terms = List.copyOf(terms);
    this.estimate = estimate;
    this.stdError = stdError;
    this.tValue = tValue;
    this.pValue = pValue;
    this.ciLow = ciLow;
    this.ciHigh = ciHigh;
    this.level = level;
    this.nObs = nObs;
    this.dfResidual = dfResidual;
    this.sigma = sigma;
    this.rSquared = rSquared;
    this.adjRSquared = adjRSquared;
    this.fStatistic = fStatistic;
    this.fPValue = fPValue;
    this.logLikelihood = logLikelihood;
    this.aic = aic;
    this.bic = bic;
    this.vif = vif;
    this.residualQuantiles = residualQuantiles;
  }

  /** {@link #of(Frame, Target, double)} with 95% confidence intervals. */
  public static RegressionSummary of(Frame x, Target y) {
    return of(x, y, 0.95);
  }

  /**
   * Fits OLS with an intercept and computes the inference.
   *
   * @param level confidence level of the intervals, in (0, 1)
   * @throws IllegalArgumentException on non-numeric or non-finite input, a non-numeric target, {@code level}
   *     outside (0, 1), fewer rows than {@code features + 2}, or a rank-deficient design (naming the columns)
   */
  public static RegressionSummary of(Frame x, Target y, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("RegressionSummary: level must be in (0, 1), got " + level
          + "; use e.g. 0.95 for 95% confidence intervals");
    }
    double[] a = Inputs.fitMatrix(x, y, "RegressionSummary");
    y.requireKind(Target.Kind.VALUES);
    int n = x.rowCount();
    int p = x.columnCount();
    List<String> names = x.schema().names();
    if (n < p + 2) {
      throw new IllegalArgumentException("RegressionSummary: " + n + " rows for " + p + " features and an"
          + " intercept leave " + (n - p - 1) + " residual degrees of freedom; need at least " + (p + 2)
          + " rows (or fewer features)");
    }
    double[] yc = y.values();
    double[] xMean = new double[p];
    double[] colSs = new double[p];
    List<String> constant = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      int off = j * n;
      xMean[j] = mean(a, off, n);
      double ss = 0;
      for (int i = 0; i < n; i++) {
        a[off + i] -= xMean[j];
        ss += a[off + i] * a[off + i];
      }
      colSs[j] = ss;
      if (ss == 0) {
        constant.add(names.get(j));
      }
    }
    if (!constant.isEmpty()) {
      throw new IllegalArgumentException("RegressionSummary: rank-deficient design: constant column(s) "
          + constant + " duplicate the intercept; drop them");
    }
    double yMean = mean(yc, 0, n);
    double tss = 0;
    for (int i = 0; i < n; i++) {
      yc[i] -= yMean;
      tss += yc[i] * yc[i];
    }
    double[] centred = a.clone();
    SVD svd = LinAlg.svd(DenseMatrix.wrap(n, p, a));
    double[] s = svd.s();
    double[] u = svd.u().data();
    double[] vt = svd.vt().data();
    int k = Math.min(n, p);
    if (svd.rank() < p) {
      throw new IllegalArgumentException("RegressionSummary: rank-deficient design (numerical rank " + svd.rank()
          + " of " + p + " centred columns): " + dependence(vt, k, p, svd.rank(), names, centred, n)
          + "; drop or combine the collinear columns (e.g. one-hot encode with drop=FIRST)");
    }
    double[] beta = new double[p];
    for (int r = 0; r < p; r++) {
      double dot = 0;
      for (int i = 0; i < n; i++) {
        dot += u[r * n + i] * yc[i];
      }
      double c = dot / s[r];
      for (int j = 0; j < p; j++) {
        beta[j] += vt[j * k + r] * c;
      }
    }
    // (Xc'Xc)^-1 = V S^-2 V'
    double[] inv = new double[p * p];
    for (int j = 0; j < p; j++) {
      for (int l = 0; l <= j; l++) {
        double sum = 0;
        for (int r = 0; r < p; r++) {
          sum += vt[j * k + r] * vt[l * k + r] / (s[r] * s[r]);
        }
        inv[j * p + l] = sum;
        inv[l * p + j] = sum;
      }
    }
    double[] resid = yc.clone();
    for (int j = 0; j < p; j++) {
      double b = beta[j];
      int off = j * n;
      for (int i = 0; i < n; i++) {
        resid[i] -= centred[off + i] * b;
      }
    }
    double rss = 0;
    for (double r : resid) {
      rss += r * r;
    }
    int df = n - p - 1;
    double sigma2 = rss / df;
    double intercept = yMean;
    for (int j = 0; j < p; j++) {
      intercept -= xMean[j] * beta[j];
    }
    double[] est = new double[p + 1];
    double[] se = new double[p + 1];
    est[0] = intercept;
    double quad = 0;
    for (int j = 0; j < p; j++) {
      for (int l = 0; l < p; l++) {
        quad += xMean[j] * inv[j * p + l] * xMean[l];
      }
    }
    se[0] = Math.sqrt(sigma2 * (1.0 / n + quad));
    double[] vif = new double[p];
    for (int j = 0; j < p; j++) {
      est[j + 1] = beta[j];
      se[j + 1] = Math.sqrt(sigma2 * inv[j * p + j]);
      vif[j] = inv[j * p + j] * colSs[j];
    }
    StudentT t = new StudentT(df);
    double crit = t.isf(0.5 * (1 - level));
    double[] tv = new double[p + 1];
    double[] pv = new double[p + 1];
    double[] lo = new double[p + 1];
    double[] hi = new double[p + 1];
    for (int j = 0; j <= p; j++) {
      tv[j] = est[j] / se[j];
      pv[j] = 2 * t.sf(Math.abs(tv[j]));
      lo[j] = est[j] - crit * se[j];
      hi[j] = est[j] + crit * se[j];
    }
    double r2 = 1 - rss / tss;
    double adj = 1 - (1 - r2) * (n - 1) / df;
    double f = (tss - rss) / p / sigma2;
    double fp = new FisherF(p, df).sf(f);
    double ll = -0.5 * n * (Math.log(2 * Math.PI * rss / n) + 1);
    int nParams = p + 1;
    List<String> terms = new ArrayList<>();
    terms.add(INTERCEPT);
    terms.addAll(names);
    return new RegressionSummary(terms, est, se, tv, pv, lo, hi, level, n, df, Math.sqrt(sigma2), r2, adj, f, fp,
        ll, -2 * ll + 2 * nParams, -2 * ll + Math.log(n) * nParams, vif, quantiles(resid));
  }

  /** Describes the exact dependences: duplicated columns first, else the columns in the null space. */
  private static String dependence(double[] vt, int k, int p, int rank, List<String> names, double[] xc, int n) {
    List<String> dup = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      for (int l = j + 1; l < p; l++) {
        boolean same = true;
        for (int i = 0; i < n && same; i++) {
          same = xc[j * n + i] == xc[l * n + i];
        }
        if (same) {
          dup.add("'" + names.get(l) + "' duplicates '" + names.get(j) + "'");
        }
      }
    }
    if (!dup.isEmpty()) {
      return String.join(", ", dup);
    }
    List<String> involved = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double w = 0;
      for (int r = rank; r < k; r++) {
        w = Math.max(w, Math.abs(vt[j * k + r]));
      }
      if (w > 1e-8 || k < p) {
        involved.add(names.get(j));
      }
    }
    return "columns " + involved + " are linearly dependent";
  }

  /** Min, quartiles (R's default type 7) and max. */
  private static double[] quantiles(double[] r) {
    double[] s = r.clone();
    Arrays.sort(s);
    double[] q = new double[5];
    for (int i = 0; i < 5; i++) {
      double h = (s.length - 1) * i / 4.0;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, s.length - 1);
      q[i] = s[lo] + (h - lo) * (s[hi] - s[lo]);
    }
    return q;
  }

  private static double mean(double[] v, int off, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += v[off + i];
    }
    double m = s / n;
    double c = 0;
    for (int i = 0; i < n; i++) {
      c += v[off + i] - m;
    }
    return m + c / n;
  }

  /** Row names: {@link #INTERCEPT} then the feature names. */
  public List<String> terms() {
    return terms;
  }

  /** Coefficient estimates, intercept first. */
  public double[] estimates() {
    return estimate.clone();
  }

  /** Standard errors, intercept first. */
  public double[] standardErrors() {
    return stdError.clone();
  }

  /** t statistics (estimate / standard error), intercept first. */
  public double[] tValues() {
    return tValue.clone();
  }

  /** Two-sided p-values {@code 2 P(T_df > |t|)}, intercept first. */
  public double[] pValues() {
    return pValue.clone();
  }

  /** Lower confidence bounds at {@link #level()}, intercept first. */
  public double[] confidenceLower() {
    return ciLow.clone();
  }

  /** Upper confidence bounds at {@link #level()}, intercept first. */
  public double[] confidenceUpper() {
    return ciHigh.clone();
  }

  /** Confidence level of the intervals. */
  public double level() {
    return level;
  }

  /** Number of observations. */
  public int observations() {
    return nObs;
  }

  /** Residual degrees of freedom {@code n - p - 1}. */
  public int residualDf() {
    return dfResidual;
  }

  /** Residual standard error {@code sqrt(RSS / (n - p - 1))}. */
  public double sigma() {
    return sigma;
  }

  /** R^2 = 1 - RSS/TSS. */
  public double rSquared() {
    return rSquared;
  }

  /** Adjusted R^2 = 1 - (1 - R^2)(n - 1)/(n - p - 1). */
  public double adjustedRSquared() {
    return adjRSquared;
  }

  /** F statistic of the regression against the intercept-only model. */
  public double fStatistic() {
    return fStatistic;
  }

  /** Numerator degrees of freedom of the F test (the number of features). */
  public int fDf1() {
    return terms.size() - 1;
  }

  /** p-value of the F test. */
  public double fPValue() {
    return fPValue;
  }

  /** Gaussian log-likelihood at the fitted coefficients and the MLE variance RSS/n. */
  public double logLikelihood() {
    return logLikelihood;
  }

  /** AIC, statsmodels convention: {@code -2 logL + 2 (p + 1)}. */
  public double aic() {
    return aic;
  }

  /** BIC, statsmodels convention: {@code -2 logL + (p + 1) ln n}. */
  public double bic() {
    return bic;
  }

  /** Variance inflation factor per feature (no intercept entry). */
  public double[] vif() {
    return vif.clone();
  }

  /** Tolerance {@code 1 / VIF} per feature. */
  public double[] tolerance() {
    double[] t = new double[vif.length];
    for (int j = 0; j < t.length; j++) {
      t[j] = 1 / vif[j];
    }
    return t;
  }

  /** Residual minimum, quartiles (R's type 7) and maximum. */
  public double[] residualQuantiles() {
    return residualQuantiles.clone();
  }

  /** The report, laid out like R's {@code print(summary(lm))}, followed by VIF and information criteria. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("Residuals:\n");
    String[] qn = {"Min", "1Q", "Median", "3Q", "Max"};
    String[] qv = new String[5];
    int w = 0;
    for (int i = 0; i < 5; i++) {
      qv[i] = sig(residualQuantiles[i], 4);
      w = Math.max(w, Math.max(qv[i].length(), qn[i].length()));
    }
    for (String s : qn) {
      sb.append(pad(s, w + 1));
    }
    sb.append('\n');
    for (String s : qv) {
      sb.append(pad(s, w + 1));
    }
    sb.append("\n\nCoefficients:\n");
    int nameW = 0;
    for (String t : terms) {
      nameW = Math.max(nameW, t.length());
    }
    String[][] cells = new String[terms.size()][4];
    int[] cw = {"Estimate".length(), "Std. Error".length(), "t value".length(), "Pr(>|t|)".length()};
    for (int j = 0; j < terms.size(); j++) {
      cells[j][0] = sig(estimate[j], 5);
      cells[j][1] = sig(stdError[j], 5);
      cells[j][2] = String.format(Locale.ROOT, "%.3f", tValue[j]);
      cells[j][3] = pval(pValue[j]);
      for (int c = 0; c < 4; c++) {
        cw[c] = Math.max(cw[c], cells[j][c].length());
      }
    }
    sb.append(" ".repeat(nameW));
    String[] head = {"Estimate", "Std. Error", "t value", "Pr(>|t|)"};
    for (int c = 0; c < 4; c++) {
      sb.append(' ').append(pad(head[c], cw[c]));
    }
    sb.append('\n');
    for (int j = 0; j < terms.size(); j++) {
      sb.append(terms.get(j)).append(" ".repeat(nameW - terms.get(j).length()));
      for (int c = 0; c < 4; c++) {
        sb.append(' ').append(pad(cells[j][c], cw[c]));
      }
      sb.append(' ').append(stars(pValue[j])).append('\n');
    }
    sb.append("---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n\n");
    sb.append("Residual standard error: ").append(sig(sigma, 4)).append(" on ").append(dfResidual)
        .append(" degrees of freedom\n");
    sb.append("Multiple R-squared:  ").append(sig(rSquared, 4)).append(",\tAdjusted R-squared:  ")
        .append(sig(adjRSquared, 4)).append('\n');
    sb.append("F-statistic: ").append(sig(fStatistic, 4)).append(" on ").append(fDf1()).append(" and ")
        .append(dfResidual).append(" DF,  p-value: ").append(pval(fPValue)).append("\n\n");
    sb.append("Log-likelihood: ").append(sig(logLikelihood, 6)).append(",  AIC: ").append(sig(aic, 6))
        .append(",  BIC: ").append(sig(bic, 6)).append("  (k = ").append(terms.size())
        .append(" parameters, statsmodels convention)\n\n");
    sb.append("Variance inflation factors:\n");
    for (int j = 0; j < vif.length; j++) {
      String name = terms.get(j + 1);
      sb.append(name).append(" ".repeat(nameW - name.length())).append(' ')
          .append(pad(sig(vif[j], 4), 10)).append("  tolerance ").append(sig(1 / vif[j], 4)).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return table();
  }

  private static String pad(String s, int w) {
    return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
  }

  private static String sig(double v, int digits) {
    if (v == 0 || !Double.isFinite(v)) {
      return Double.toString(v);
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e6) {
      int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(a)));
      return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
    return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
  }

  /** p-value as R's {@code format.pval}: 3 significant digits, {@code < 2e-16} below machine epsilon. */
  private static String pval(double p) {
    if (p < 2.220446049250313e-16) {
      return "< 2e-16";
    }
    if (p >= 1e-4) {
      return sig(p, 3);
    }
    return String.format(Locale.ROOT, "%.2e", p);
  }

  private static String stars(double p) {
    return p < 0.001 ? "***" : p < 0.01 ? "**" : p < 0.05 ? "*" : p < 0.1 ? "." : "";
  }
}
