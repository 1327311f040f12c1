package praxis.decomposition;

import java.util.ArrayList;
import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.DoubleColumn;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A fitted {@link KernelPCA}: the training rows, kernel centering terms, eigenvectors and eigenvalues.
 * {@link #transform} gives columns {@code kpca0, kpca1, ...}; {@link #inverseTransform} (when fitted with
 * pre-images) maps scores back to the input columns.
 *
 * <pre>{@code
 * KernelPCAModel m = new KernelPCA(params).fit(x, Target.none(x.rowCount()));
 * double[] lambdas = m.eigenvalues();
 * }</pre>
 */
public final class KernelPCAModel implements Transformer {
  static final String TYPE = "kernel_pca";
  private final Schema schema;
  private final Schema output;
  private final KernelFunction kernel;
  private final double[][] train;
  private final double[] colMean;
  private final double allMean;
  private final double[][] alphas;
  private final double[] lambdas;
  /** Pre-image dual coefficients {@code [feature][row]}, or null. */
  private final double[][] dual;
  private final Provenance provenance;

  KernelPCAModel(Schema schema, KernelFunction kernel, double[][] train, double[] colMean, double allMean,
      double[][] alphas, double[] lambdas, double[][] dual, Provenance provenance) {
    this.schema = schema;
    this.kernel = kernel;
    this.train = train;
    this.colMean = colMean;
    this.allMean = allMean;
    this.alphas = alphas;
    this.lambdas = lambdas;
    this.dual = dual;
    this.provenance = provenance;
    List<Field> f = new ArrayList<>();
    for (int c = 0; c < alphas.length; c++) {
      f.add(Field.numeric("kpca" + c));
    }
    this.output = new Schema(f);
  }

  /** Eigenvalues of the centered kernel matrix for the kept components (descending). */
  public double[] eigenvalues() {
    return lambdas.clone();
  }

  /** Eigenvectors {@code [component][training row]}. */
  public double[][] eigenvectors() {
    double[][] out = new double[alphas.length][];
    for (int c = 0; c < out.length; c++) {
      out[c] = alphas[c].clone();
    }
    return out;
  }

  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "KernelPCAModel input");
    x.requireFinite("KernelPCAModel");
    int m = x.rowCount();
    int n = train.length;
    double[][] rows = KernelPCA.toRows(x.toColumnMajor(), m, schema.size());
    double[] k = kernel.matrix(rows, train);
    int kc = alphas.length;
    double[][] scores = new double[kc][m];
    double[] rowMean = new double[m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        rowMean[i] += k[j * m + i];
      }
    }
    for (int i = 0; i < m; i++) {
      rowMean[i] /= n;
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double centered = k[j * m + i] - colMean[j] - rowMean[i] + allMean;
        for (int c = 0; c < kc; c++) {
          if (lambdas[c] > 0) {
            scores[c][i] += centered * alphas[c][j];
          }
        }
      }
    }
    List<DoubleColumn> cols = new ArrayList<>(kc);
    for (int c = 0; c < kc; c++) {
      double inv = lambdas[c] > 0 ? 1 / Math.sqrt(lambdas[c]) : 0;
      for (int i = 0; i < m; i++) {
        scores[c][i] *= inv;
      }
      cols.add(DoubleColumn.wrap("kpca" + c, scores[c]));
    }
    return Frame.of(cols);
  }

  /**
   * Approximate pre-images of scores (kernel ridge regression learned at fit time).
   *
   * @throws IllegalStateException when fitted without {@code fitInverseTransform}
   */
  public Frame inverseTransform(Frame scores) {
    if (dual == null) {
      throw new IllegalStateException("KernelPCAModel.inverseTransform needs a model fitted with"
          + " fitInverseTransform = true");
    }
    output.requireCompatible(scores.schema(), "KernelPCAModel.inverseTransform input");
    int m = scores.rowCount();
    int n = train.length;
    double[][] z = KernelPCA.toRows(scores.toColumnMajor(), m, alphas.length);
    double[][] zTrain = new double[n][alphas.length];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < alphas.length; c++) {
        zTrain[i][c] = alphas[c][i] * Math.sqrt(lambdas[c]);
      }
    }
    double[] k = kernel.matrix(z, zTrain);
    List<DoubleColumn> cols = new ArrayList<>();
    for (int j = 0; j < schema.size(); j++) {
      double[] v = new double[m];
      for (int t = 0; t < n; t++) {
        double d = dual[j][t];
        for (int i = 0; i < m; i++) {
          v[i] += k[t * m + i] * d;
        }
      }
      cols.add(DoubleColumn.wrap(schema.names().get(j), v));
    }
    return Frame.of(cols);
  }

  @Override
  public Schema outputSchema() {
    return output;
  }

  @Override
  public Schema inputSchema() {
    return schema;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    State.Builder b = State.builder(TYPE).put("schema", Persist.schema(schema))
        .put("provenance", provenance.toState()).put("kernel", kernel.kernel().name()).put("gamma", kernel.gamma())
        .put("degree", kernel.degree()).put("coef0", kernel.coef0()).put("train", train).put("colMean", colMean)
        .put("allMean", allMean).put("alphas", alphas).put("lambdas", lambdas).put("preImages", dual != null);
    if (dual != null) {
      b.put("dual", dual);
    }
    return b.build();
  }

  /**
   * Reads {@code kernel_pca} model state.
   *
   * <pre>{@code
   * KernelPCAModel m = (KernelPCAModel) ModelIO.load(Path.of("kpca.praxis"));
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public KernelPCAModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      KernelPCA.Kernel kind;
      try {
        kind = KernelPCA.Kernel.valueOf(s.getString("kernel"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'kernel_pca' model state: unknown kernel '"
            + s.getString("kernel") + "'");
      }
      double[][] train = s.getMatrix("train");
      double[][] alphas = s.getMatrix("alphas");
      double[] lambdas = s.getDoubles("lambdas");
      double[] colMean = s.getDoubles("colMean");
      boolean ok = lambdas.length == alphas.length && colMean.length == train.length;
      for (double[] a : alphas) {
        ok &= a.length == train.length;
      }
      for (double[] r : train) {
        ok &= r.length == schema.size();
      }
      if (!ok) {
        throw new ModelFormatException("inconsistent 'kernel_pca' model state: array sizes do not match");
      }
      double[][] dual = s.getBoolean("preImages") ? s.getMatrix("dual") : null;
      return new KernelPCAModel(schema, new KernelFunction(kind, s.getDouble("gamma"), s.getInt("degree"),
          s.getDouble("coef0")), train, colMean, s.getDouble("allMean"), alphas, lambdas, dual,
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
