package praxis.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.linalg.internal.Backend;
import praxis.linalg.internal.Backends;
import praxis.linalg.internal.JavaBackend;

/** Shared helpers: the backends to test, random and ill-conditioned matrices, naive reference products. */
final class Fixtures {
  private static final Backend NATIVE = Backends.nativeOrNull();

  private Fixtures() {}

  /** The pure-Java backend always; the native one when its library loads on this machine. */
  static List<Backend> backends() {
    List<Backend> out = new ArrayList<>();
    out.add(JavaBackend.INSTANCE);
    if (NATIVE != null) {
      out.add(NATIVE);
    }
    return out;
  }

  static Backend nativeBackend() {
    return NATIVE;
  }

  static DenseMatrix random(int m, int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DenseMatrix a = new DenseMatrix(m, n);
    double[] d = a.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = r.nextDouble(-1, 1);
    }
    return a;
  }

  /** Naive triple loop {@code op(a) op(b)}. */
  static DenseMatrix naive(boolean ta, boolean tb, DenseMatrix a, DenseMatrix b) {
    int m = ta ? a.cols() : a.rows();
    int k = ta ? a.rows() : a.cols();
    int n = tb ? b.rows() : b.cols();
    DenseMatrix c = new DenseMatrix(m, n);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += (ta ? a.get(p, i) : a.get(i, p)) * (tb ? b.get(j, p) : b.get(p, j));
        }
        c.set(i, j, s);
      }
    }
    return c;
  }

  static DenseMatrix mul(DenseMatrix a, DenseMatrix b) {
    return naive(false, false, a, b);
  }

  static double maxAbs(DenseMatrix a) {
    double m = 0;
    for (double v : a.data()) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  static double maxDiff(DenseMatrix a, DenseMatrix b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
      throw new AssertionError("shapes differ: " + a.rows() + "×" + a.cols() + " vs " + b.rows() + "×" + b.cols());
    }
    double m = 0;
    for (int i = 0; i < a.data().length; i++) {
      m = Math.max(m, Math.abs(a.data()[i] - b.data()[i]));
    }
    return m;
  }

  static double maxDiff(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
    }
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }

  /** max |QᵀQ − I| over the columns of q. */
  static double orthogonalityError(DenseMatrix q) {
    DenseMatrix g = naive(true, false, q, q);
    double m = 0;
    for (int i = 0; i < g.rows(); i++) {
      for (int j = 0; j < g.cols(); j++) {
        m = Math.max(m, Math.abs(g.get(i, j) - (i == j ? 1 : 0)));
      }
    }
    return m;
  }

  /** A random orthogonal n×n matrix (Q of a random matrix, pure Java). */
  static DenseMatrix randomOrthogonal(int n, long seed) {
    return QR.compute(JavaBackend.INSTANCE, random(n, n, seed)).q();
  }

  /** U diag(s) Vᵀ with random orthogonal U (m×k), V (n×k), k = s.length. */
  static DenseMatrix withSingularValues(int m, int n, double[] s, long seed) {
    int k = s.length;
    DenseMatrix u = QR.compute(JavaBackend.INSTANCE, random(m, k, seed)).q();
    DenseMatrix v = QR.compute(JavaBackend.INSTANCE, random(n, k, seed + 1)).q();
    DenseMatrix us = u.copy();
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < m; i++) {
        us.set(i, j, us.get(i, j) * s[j]);
      }
    }
    return naive(false, true, us, v);
  }

  /** The n×n Hilbert matrix 1/(i+j+1): SPD, condition number ~1e10 at n = 8. */
  static DenseMatrix hilbert(int n) {
    DenseMatrix h = new DenseMatrix(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h.set(i, j, 1.0 / (i + j + 1));
      }
    }
    return h;
  }

  /** Geometric sequence from 1 down to {@code last}. */
  static double[] graded(int k, double last) {
    double[] s = new double[k];
    for (int i = 0; i < k; i++) {
      s[i] = Math.pow(last, i / (double) (k - 1));
    }
    return s;
  }
}
