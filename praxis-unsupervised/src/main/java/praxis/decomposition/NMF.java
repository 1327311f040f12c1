package praxis.decomposition;

import praxis.api.Check;
import praxis.api.Estimator;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;
import praxis.linalg.DenseMatrix;
import praxis.select.internal.NumpyRandom;

/**
 * Non-negative matrix factorization {@code X ≈ W H} with {@code W, H ≥ 0} (U6), as scikit-learn 1.2's
 * {@code NMF}: initialization NNDSVD-A (Boutsidis and Gallopoulos 2008: non-negative parts of the leading
 * singular vectors, zeros filled with the data mean) or scaled random; solvers coordinate descent
 * ({@code CD}, Frobenius loss, Cichocki and Phan 2009; stops when the projected-gradient violation falls
 * below {@code tol} times the first one) and multiplicative updates ({@code MU}, Lee and Seung 2001;
 * Frobenius or Kullback–Leibler loss; convergence tested every 10 iterations on the relative decrease of the
 * loss); optional L1/L2 penalties on W and H ({@code alphaW}, {@code alphaH}, {@code l1Ratio}, scaled by the
 * number of features / samples as scikit-learn does). Sparse input (text counts) is read as CSR. The model's
 * {@code transform} solves for W with H fixed; {@code inverseTransform} gives {@code W H}.
 *
 * <pre>{@code
 * NMFModel m = new NMF(NMF.Params.DEFAULTS.withNComponents(10)).fit(counts, Target.none(n));
 * double[][] topics = m.components();       // H: component x feature
 * Frame w = m.transform(counts);            // columns nmf0 ... nmf9
 * double err = m.reconstructionError();
 * }</pre>
 */
public final class NMF implements Estimator<NMF.Params, NMFModel> {
  /** Initialization. */
  public enum Init {
    /** NNDSVD with zeros replaced by the mean of X (scikit-learn's default). */
    NNDSVDA,
    /** NNDSVD, zeros kept (sparser factors; not usable with MU, whose updates keep zeros at zero). */
    NNDSVD,
    /** |N(0, 1)| scaled by {@code sqrt(mean(X) / k)}, from NumPy's {@code RandomState(seed)}. */
    RANDOM
  }

  /** Solver. */
  public enum Solver {
    /** Coordinate descent (Frobenius loss). */
    CD,
    /** Multiplicative updates (Frobenius or KL loss). */
    MU
  }

  /** Divergence minimized. */
  public enum Loss {
    /** Half the squared Frobenius norm of {@code X − W H}. */
    FROBENIUS,
    /** Generalized Kullback–Leibler divergence (MU only). */
    KULLBACK_LEIBLER
  }

  /**
   * Hyperparameters.
   *
   * @param nComponents rank k (&gt;= 1)
   * @param init initialization
   * @param solver CD or MU
   * @param loss Frobenius or KL (KL needs MU)
   * @param tol relative stopping tolerance (&gt;= 0)
   * @param maxIter iterations (&gt;= 1)
   * @param alphaW penalty strength on W (&gt;= 0)
   * @param alphaH penalty strength on H (&gt;= 0)
   * @param l1Ratio share of L1 in the penalties, in [0, 1]
   * @param seed seed for random initialization
   */
  public record Params(int nComponents, Init init, Solver solver, Loss loss, double tol, int maxIter, double alphaW,
      double alphaH, double l1Ratio, long seed) implements praxis.api.Params {
    /** k = 2, NNDSVD-A, CD, Frobenius, tol 1e-4, 200 iterations, no penalty, seed 0. */
    public static final Params DEFAULTS = new Params(2, Init.NNDSVDA, Solver.CD, Loss.FROBENIUS, 1e-4, 200, 0, 0, 0,
        0L);

    /** Validates. */
    public Params {
      Check.atLeast(nComponents, 1, "nComponents");
      Check.notNull(init, "init");
      Check.notNull(solver, "solver");
      Check.notNull(loss, "loss");
      Check.nonNegative(tol, "tol");
      Check.atLeast(maxIter, 1, "maxIter");
      Check.nonNegative(alphaW, "alphaW");
      Check.nonNegative(alphaH, "alphaH");
      Check.inRange(l1Ratio, 0, 1, "l1Ratio");
      if (loss == Loss.KULLBACK_LEIBLER && solver != Solver.MU) {
        throw new IllegalArgumentException("the Kullback-Leibler loss needs solver MU (coordinate descent minimizes"
            + " the Frobenius loss)");
      }
    }

    /** With another rank. */
    public Params withNComponents(int k) {
      return new Params(k, init, solver, loss, tol, maxIter, alphaW, alphaH, l1Ratio, seed);
    }

    /** With another solver and loss. */
    public Params withSolver(Solver s, Loss l) {
      return new Params(nComponents, init, s, l, tol, maxIter, alphaW, alphaH, l1Ratio, seed);
    }

    /** With another initialization. */
    public Params withInit(Init i) {
      return new Params(nComponents, i, solver, loss, tol, maxIter, alphaW, alphaH, l1Ratio, seed);
    }

    /** With penalties ({@code alphaH} = {@code alphaW}). */
    public Params withPenalty(double alpha, double l1) {
      return new Params(nComponents, init, solver, loss, tol, maxIter, alpha, alpha, l1, seed);
    }

    /** With another iteration cap. */
    public Params withMaxIter(int m) {
      return new Params(nComponents, init, solver, loss, tol, m, alphaW, alphaH, l1Ratio, seed);
    }
  }

  private final Params params;

  /** With {@link Params#DEFAULTS}. */
  public NMF() {
    this(Params.DEFAULTS);
  }

  /** With the given hyperparameters. */
  public NMF(Params params) {
    this.params = Check.notNull(params, "params");
  }

  @Override
  public Params params() {
    return params;
  }

  @Override
  public NMF withParams(Params p) {
    return new NMF(p);
  }

  @Override
  public String name() {
    return "nmf";
  }

  /**
   * Factorizes ({@code y} ignored).
   *
   * @throws IllegalArgumentException on empty, non-numeric, non-finite or negative input
   */
  @Override
  public NMFModel fit(Frame x, Target y) {
    NmfData data = NmfData.of(x, "NMF");
    int n = data.n;
    int p = data.p;
    int k = params.nComponents();
    Init init = params.init();
    if (init != Init.RANDOM && k > Math.min(n, p)) {
      init = Init.RANDOM;
    }
    double[] w = new double[n * k];
    double[] h = new double[k * p];
    initialize(data, k, init, w, h);
    int iters = NmfSolver.solve(data, w, h, k, params, true);
    double err = NmfSolver.divergence(data, w, h, k, params.loss());
    double[][] comp = new double[k][p];
    for (int c = 0; c < k; c++) {
      System.arraycopy(h, c * p, comp[c], 0, p);
    }
    return new NMFModel(x.schema(), comp, err, Math.sqrt(data.mean() / k), iters, params,
        Provenance.of(name(), params, x, y, params.seed()));
  }

  private void initialize(NmfData x, int k, Init init, double[] w, double[] h) {
    int n = x.n;
    int p = x.p;
    double mean = x.mean();
    if (init == Init.RANDOM) {
      double avg = Math.sqrt(mean / k);
      NumpyRandom rnd = new NumpyRandom(params.seed());
      GaussianStream g = new GaussianStream(rnd);
      for (int i = 0; i < k * p; i++) {
        h[i] = Math.abs(avg * g.next());
      }
      for (int i = 0; i < n * k; i++) {
        w[i] = Math.abs(avg * g.next());
      }
      return;
    }
    SvdSupport.Thin t = SvdSupport.exact(DenseMatrix.wrap(n, p, x.denseColumnMajor()));
    double[] u = t.u();
    double[] vt = t.vt();
    int kk = t.k();
    double[] s = t.s();
    for (int j = 0; j < k; j++) {
      double[] xv = new double[n];
      double[] yv = new double[p];
      for (int i = 0; i < n; i++) {
        xv[i] = u[j * n + i];
      }
      for (int c = 0; c < p; c++) {
        yv[c] = vt[c * kk + j];
      }
      if (j == 0) {
        double sq = Math.sqrt(s[0]);
        for (int i = 0; i < n; i++) {
          w[i * k] = sq * Math.abs(xv[i]);
        }
        for (int c = 0; c < p; c++) {
          h[c] = sq * Math.abs(yv[c]);
        }
        continue;
      }
      double xp = 0;
      double xn = 0;
      double yp = 0;
      double yn = 0;
      for (double v : xv) {
        xp += v > 0 ? v * v : 0;
        xn += v < 0 ? v * v : 0;
      }
      for (double v : yv) {
        yp += v > 0 ? v * v : 0;
        yn += v < 0 ? v * v : 0;
      }
      xp = Math.sqrt(xp);
      xn = Math.sqrt(xn);
      yp = Math.sqrt(yp);
      yn = Math.sqrt(yn);
      double mp = xp * yp;
      double mn = xn * yn;
      boolean pos = mp > mn;
      double sigma = pos ? mp : mn;
      double lbd = Math.sqrt(s[j] * sigma);
      for (int i = 0; i < n; i++) {
        double v = pos ? Math.max(xv[i], 0) / xp : Math.abs(Math.min(xv[i], 0)) / xn;
        w[i * k + j] = lbd * v;
      }
      for (int c = 0; c < p; c++) {
        double v = pos ? Math.max(yv[c], 0) / yp : Math.abs(Math.min(yv[c], 0)) / yn;
        h[j * p + c] = lbd * v;
      }
    }
    double eps = 1e-6;
    for (int i = 0; i < w.length; i++) {
      if (w[i] < eps || Double.isNaN(w[i])) {
        w[i] = init == Init.NNDSVDA ? mean : 0;
      }
    }
    for (int i = 0; i < h.length; i++) {
      if (h[i] < eps || Double.isNaN(h[i])) {
        h[i] = init == Init.NNDSVDA ? mean : 0;
      }
    }
  }

  /** NumPy's legacy {@code standard_normal} (polar Box–Muller, one cached value). */
  static final class GaussianStream {
    private final NumpyRandom rnd;
    private boolean has;
    private double cached;

    GaussianStream(NumpyRandom rnd) {
      this.rnd = rnd;
    }

    double next() {
      if (has) {
        has = false;
        return cached;
      }
      double x1;
      double x2;
      double r2;
      do {
        x1 = 2.0 * rnd.nextDouble() - 1.0;
        x2 = 2.0 * rnd.nextDouble() - 1.0;
        r2 = x1 * x1 + x2 * x2;
      } while (r2 >= 1.0 || r2 == 0.0);
      double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
      cached = f * x1;
      has = true;
      return f * x2;
    }
  }
}
