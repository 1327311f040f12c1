package praxis.svm;

import praxis.io.State;
import praxis.linalg.CsrMatrix;
import praxis.classic.internal.ModelStates;

/**
 * The support vectors of a fitted kernel SVM, kept in the form the training data had: dense rows, or a CSR
 * matrix when the model was trained on a sparse frame (so sparse models never densify their support
 * vectors). Persisted as {@code supportVectors} (dense) or {@code svIndptr} / {@code svIndices} /
 * {@code svValues} (sparse).
 */
final class SupportSet {
  private final double[][] dense;
  private final CsrMatrix sparse;
  private final int p;

  private SupportSet(double[][] dense, CsrMatrix sparse, int p) {
    this.dense = dense;
    this.sparse = sparse;
    this.p = p;
  }

  static SupportSet dense(double[][] rows, int p) {
    return new SupportSet(SVCModel.copy(rows), null, p);
  }

  static SupportSet sparse(CsrMatrix rows) {
    return new SupportSet(null, rows, rows.cols());
  }

  /** The training points {@code idx} (in that order) of a training kernel evaluator. */
  static SupportSet of(KernelEval training, int[] idx) {
    if (training.csr != null) {
      return sparse(training.csr.selectRows(idx));
    }
    int p = training.p;
    double[][] out = new double[idx.length][p];
    for (int s = 0; s < idx.length; s++) {
      System.arraycopy(training.x, idx[s] * p, out[s], 0, p);
    }
    return new SupportSet(out, null, p);
  }

  int size() {
    return sparse != null ? sparse.rows() : dense.length;
  }

  boolean isSparse() {
    return sparse != null;
  }

  /** Dense copy {@code [sv][feature]}. */
  double[][] toDense() {
    if (sparse == null) {
      return SVCModel.copy(dense);
    }
    double[][] out = new double[sparse.rows()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = sparse.denseRow(i);
    }
    return out;
  }

  KernelEval eval(Kernel kernel, double gamma, int degree, double coef0) {
    if (sparse != null) {
      return new KernelEval(kernel, gamma, degree, coef0, sparse);
    }
    double[] flat = new double[dense.length * p];
    for (int i = 0; i < dense.length; i++) {
      System.arraycopy(dense[i], 0, flat, i * p, p);
    }
    return new KernelEval(kernel, gamma, degree, coef0, flat, dense.length, p);
  }

  void write(State.Builder b) {
    if (sparse != null) {
      b.put("svIndptr", sparse.indptr()).put("svIndices", sparse.indices()).put("svValues", sparse.values());
    } else {
      b.put("supportVectors", dense);
    }
  }

  /** Reads either form, requiring {@code count} vectors of {@code p} features. */
  static SupportSet read(State s, int count, int p) {
    if (s.has("svIndptr")) {
      CsrMatrix m;
      try {
        m = CsrMatrix.of(count, p, s.getInts("svIndptr"), s.getInts("svIndices"), s.getDoubles("svValues"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(s.type() + " model state: invalid sparse support vectors: "
            + e.getMessage(), e);
      }
      return sparse(m);
    }
    double[][] sv = s.getMatrix("supportVectors");
    ModelStates.require(sv.length == count, s, "support vector counts do not match");
    for (double[] row : sv) {
      ModelStates.require(row.length == p, s, "a support vector does not have " + p + " values");
    }
    return new SupportSet(sv, null, p);
  }
}
