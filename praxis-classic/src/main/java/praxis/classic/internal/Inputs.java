package praxis.classic.internal;

import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.Target;
import praxis.linalg.CsrMatrix;

/**
 * Input validation and conversion shared by the classic estimators: fit-time checks (rows, numeric
 * columns, finite cells, target kind) and predict-time checks against the fitted schema.
 *
 * <pre>{@code
 * double[] xc = Inputs.fitMatrix(x, y, "LogisticRegression");      // column-major n x p
 * double[] q = Inputs.predictMatrix(schema, x, "LogisticRegression");
 * }</pre>
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Validates training input for an estimator needing finite numeric features: at least one row and one
   * column, as many target rows as x rows, numeric/boolean columns, no NaN/infinite/missing cells.
   *
   * @return the features as a column-major array ({@code x[j * n + i]})
   */
  public static double[] fitMatrix(Frame x, Target y, String who) {
    requireRows(x, y, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    return x.toColumnMajor();
  }

  /** Requires at least one row and a target with as many rows. */
  public static void requireRows(Frame x, Target y, String who) {
    if (x.rowCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 rows; at least 1 is required");
    }
    if (x.rowCount() != y.size()) {
      throw new IllegalArgumentException(who + ": x has " + x.rowCount() + " rows but y has " + y.size()
          + "; pass the target of the same rows");
    }
  }

  /**
   * Validates prediction input against the fitted schema (names, order, types) and requires finite cells.
   *
   * @return the features as a column-major array
   */
  public static double[] predictMatrix(Schema fitted, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    x.requireFinite(who);
    return x.toColumnMajor();
  }

  /**
   * Per row, the index of the largest score (the first one on ties, i.e. the smallest class code, as
   * scikit-learn's argmax).
   */
  public static int[] argmaxRows(double[][] scores) {
    int[] out = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      double[] row = scores[i];
      int best = 0;
      for (int c = 1; c < row.length; c++) {
        if (row[c] > row[best]) {
          best = c;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /**
   * Linear scores {@code out[i][c] = intercepts[c] + sum_j x[i][j] * coef[c][j]} for a column-major
   * {@code n x p} matrix, accumulated column by column so the matrix is read sequentially (each row's sum is
   * still formed in feature order, so results equal the row-by-row loop bit for bit).
   */
  public static double[][] linearScores(double[] xc, int n, double[][] coef, double[] intercepts) {
    int k = coef.length;
    double[][] out = new double[n][k];
    double[] acc = new double[n];
    for (int c = 0; c < k; c++) {
      double[] w = coef[c];
      java.util.Arrays.fill(acc, intercepts[c]);
      for (int j = 0; j < w.length; j++) {
        double wj = w[j];
        int off = j * n;
        for (int i = 0; i < n; i++) {
          acc[i] += xc[off + i] * wj;
        }
      }
      for (int i = 0; i < n; i++) {
        out[i][c] = acc[i];
      }
    }
    return out;
  }

  /**
   * The sparse counterpart of {@link #fitMatrix}: the same checks, then the features as a CSR matrix built in
   * {@code O(nnz)} from the sparse columns (dense columns contribute their non-zero cells). Used by estimators
   * with a sparse path when {@link Frame#hasSparseColumns()}.
   */
  public static CsrMatrix fitCsr(Frame x, Target y, String who) {
    requireRows(x, y, who);
    if (x.columnCount() == 0) {
      throw new IllegalArgumentException(who + ": the input has 0 feature columns; at least 1 is required");
    }
    x.requireNumeric(who);
    x.requireFinite(who);
    return x.toCsr();
  }

  /** The sparse counterpart of {@link #predictMatrix}: schema and finiteness checks, then CSR features. */
  public static CsrMatrix predictCsr(Schema fitted, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    x.requireFinite(who);
    return x.toCsr();
  }

  /**
   * Linear scores {@code out[i][c] = intercepts[c] + x_i . coef[c]} over the stored entries of a CSR matrix
   * ({@code O(nnz k)}).
   */
  public static double[][] linearScores(CsrMatrix x, double[][] coef, double[] intercepts) {
    int n = x.rows();
    int k = coef.length;
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        out[i][c] = intercepts[c] + x.rowDot(i, coef[c]);
      }
    }
    return out;
  }
}
