package praxis.decomposition;

/** A kernel with its coefficients, evaluated into column-major Gram blocks. */
record KernelFunction(KernelPCA.Kernel kernel, double gamma, int degree, double coef0) {
  double value(double[] a, double[] b) {
    double dot = 0;
    switch (kernel) {
      case RBF -> {
        double d2 = 0;
        for (int j = 0; j < a.length; j++) {
          double d = a[j] - b[j];
          d2 += d * d;
        }
        return Math.exp(-gamma * d2);
      }
      case COSINE -> {
        double na = 0;
        double nb = 0;
        for (int j = 0; j < a.length; j++) {
          dot += a[j] * b[j];
          na += a[j] * a[j];
          nb += b[j] * b[j];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
      }
      default -> {
        for (int j = 0; j < a.length; j++) {
          dot += a[j] * b[j];
        }
      }
    }
    return switch (kernel) {
      case LINEAR -> dot;
      case POLY -> Math.pow(gamma * dot + coef0, degree);
      case SIGMOID -> Math.tanh(gamma * dot + coef0);
      default -> throw new IllegalStateException(kernel.toString());
    };
  }

  /** {@code K[i][j] = k(rows_i, cols_j)} stored column-major ({@code rows.length x cols.length}). */
  double[] matrix(double[][] rows, double[][] cols) {
    int m = rows.length;
    double[] out = new double[m * cols.length];
    for (int j = 0; j < cols.length; j++) {
      for (int i = 0; i < m; i++) {
        out[j * m + i] = value(rows[i], cols[j]);
      }
    }
    return out;
  }
}
