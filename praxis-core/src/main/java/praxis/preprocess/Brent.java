package praxis.preprocess;

import java.util.function.DoubleUnaryOperator;

/**
 * Scalar minimization by Brent's method after a golden-section bracket search, the procedure of SciPy's
 * {@code optimize.brent(f, brack=(a, b))} (package-private; used for maximum-likelihood power lambdas).
 */
final class Brent {
  private static final double GOLD = 1.618034;
  private static final double CGOLD = 0.3819660;
  private static final double TINY = 1e-21;
  private static final double MINTOL = 1e-11;

  private Brent() {}

  /** The minimizer of {@code f}, bracketed starting from {@code xa, xb}; relative tolerance {@code tol}. */
  static double minimize(DoubleUnaryOperator f, double xa, double xb, double tol) {
    double fa = f.applyAsDouble(xa);
    double fb = f.applyAsDouble(xb);
    if (fa < fb) {
      double t = xa;
      xa = xb;
      xb = t;
      t = fa;
      fa = fb;
      fb = t;
    }
    double xc = xb + GOLD * (xb - xa);
    double fc = f.applyAsDouble(xc);
    int iter = 0;
    while (fc < fb) {
      if (++iter > 1000) {
        throw new IllegalStateException("Brent: no bracket found within 1000 steps (last point " + xc
            + "); the likelihood has no interior maximum");
      }
      double tmp1 = (xb - xa) * (fb - fc);
      double tmp2 = (xb - xc) * (fb - fa);
      double val = tmp2 - tmp1;
      double denom = Math.abs(val) < TINY ? 2 * TINY : 2 * val;
      double w = xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom;
      double wlim = xb + 110.0 * (xc - xb);
      double fw;
      if ((w - xc) * (xb - w) > 0) {
        fw = f.applyAsDouble(w);
        if (fw < fc) {
          xa = xb;
          xb = w;
          fa = fb;
          fb = fw;
          break;
        } else if (fw > fb) {
          xc = w;
          fc = fw;
          break;
        }
        w = xc + GOLD * (xc - xb);
        fw = f.applyAsDouble(w);
      } else if ((w - wlim) * (wlim - xc) >= 0) {
        w = wlim;
        fw = f.applyAsDouble(w);
      } else if ((w - wlim) * (xc - w) > 0) {
        fw = f.applyAsDouble(w);
        if (fw < fc) {
          xb = xc;
          xc = w;
          w = xc + GOLD * (xc - xb);
          fb = fc;
          fc = fw;
          fw = f.applyAsDouble(w);
        }
      } else {
        w = xc + GOLD * (xc - xb);
        fw = f.applyAsDouble(w);
      }
      xa = xb;
      xb = xc;
      xc = w;
      fa = fb;
      fb = fc;
      fc = fw;
    }
    double a = Math.min(xa, xc);
    double b = Math.max(xa, xc);
    double x = xb;
    double w = xb;
    double v = xb;
    double fx = fb;
    double fw = fb;
    double fv = fb;
    double d = 0;
    double e = 0;
    for (int it = 0; it < 500; it++) {
      double xm = 0.5 * (a + b);
      double tol1 = tol * Math.abs(x) + MINTOL;
      double tol2 = 2 * tol1;
      if (Math.abs(x - xm) <= tol2 - 0.5 * (b - a)) {
        break;
      }
      if (Math.abs(e) > tol1) {
        double r = (x - w) * (fx - fv);
        double q = (x - v) * (fx - fw);
        double p = (x - v) * q - (x - w) * r;
        q = 2 * (q - r);
        if (q > 0) {
          p = -p;
        }
        q = Math.abs(q);
        double etemp = e;
        e = d;
        if (Math.abs(p) >= Math.abs(0.5 * q * etemp) || p <= q * (a - x) || p >= q * (b - x)) {
          e = x >= xm ? a - x : b - x;
          d = CGOLD * e;
        } else {
          d = p / q;
          double u = x + d;
          if (u - a < tol2 || b - u < tol2) {
            d = Math.copySign(tol1, xm - x);
          }
        }
      } else {
        e = x >= xm ? a - x : b - x;
        d = CGOLD * e;
      }
      double u = Math.abs(d) >= tol1 ? x + d : x + Math.copySign(tol1, d);
      double fu = f.applyAsDouble(u);
      if (fu <= fx) {
        if (u >= x) {
          a = x;
        } else {
          b = x;
        }
        v = w;
        w = x;
        x = u;
        fv = fw;
        fw = fx;
        fx = fu;
      } else {
        if (u < x) {
          a = u;
        } else {
          b = u;
        }
        if (fu <= fw || w == x) {
          v = w;
          w = u;
          fv = fw;
          fw = fu;
        } else if (fu <= fv || v == x || v == w) {
          v = u;
          fv = fu;
        }
      }
    }
    return x;
  }
}
