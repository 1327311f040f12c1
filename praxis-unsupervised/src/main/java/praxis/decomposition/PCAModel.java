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
import praxis.linalg.CsrMatrix;

/**
 * A fitted linear projection: {@link PCA}, {@link IncrementalPCA} or {@link TruncatedSVD}. {@link #transform}
 * gives {@code (x − mean) Cᵀ} (divided by {@code sqrt(explainedVariance)} when whitened; no centering for
 * truncated SVD, which also reads sparse frames without densifying), in columns {@code <prefix>0, <prefix>1,
 * ...}; {@link #inverseTransform} maps scores back to the input columns.
 *
 * <pre>{@code
 * PCAModel pca = PCA.of(3).fit(x, Target.none(x.rowCount()));
 * double[][] loadings = pca.components();
 * double noise = pca.noiseVariance();
 * }</pre>
 */
public final class PCAModel implements Transformer {
  static final String TYPE = "pca";
  private final Schema schema;
  private final Schema output;
  private final String prefix;
  private final double[] mean;
  private final double[][] components;
  private final double[] explainedVariance;
  private final double[] ratio;
  private final double[] singularValues;
  private final double noiseVariance;
  private final boolean whiten;
  private final Provenance provenance;

  PCAModel(Schema schema, String prefix, double[] mean, double[][] components, double[] explainedVariance,
      double[] ratio, double[] singularValues, double noiseVariance, boolean whiten, Provenance provenance) {
    this.schema = schema;
    this.prefix = prefix;
    this.mean = mean == null ? null : mean.clone();
    this.components = new double[components.length][];
    for (int c = 0; c < components.length; c++) {
      this.components[c] = components[c].clone();
    }
    this.explainedVariance = explainedVariance.clone();
    this.ratio = ratio.clone();
    this.singularValues = singularValues.clone();
    this.noiseVariance = noiseVariance;
    this.whiten = whiten;
    this.provenance = provenance;
    List<Field> f = new ArrayList<>();
    for (int c = 0; c < components.length; c++) {
      f.add(Field.numeric(prefix + c));
    }
    this.output = new Schema(f);
  }

  /** Principal axes {@code [component][feature]} (unit vectors). */
  public double[][] components() {
    double[][] out = new double[components.length][];
    for (int c = 0; c < out.length; c++) {
      out[c] = components[c].clone();
    }
    return out;
  }

  /** Number of components kept. */
  public int componentCount() {
    return components.length;
  }

  /** Per-feature training mean (zeros for truncated SVD, which does not center). */
  public double[] mean() {
    return mean == null ? new double[schema.size()] : mean.clone();
  }

  /** Variance of the training scores along each component. */
  public double[] explainedVariance() {
    return explainedVariance.clone();
  }

  /** Explained variance over the total variance of the training data. */
  public double[] explainedVarianceRatio() {
    return ratio.clone();
  }

  /** Singular values of the (centered) training matrix for the kept components. */
  public double[] singularValues() {
    return singularValues.clone();
  }

  /** Mean variance of the discarded directions (probabilistic PCA noise; 0 when all are kept). */
  public double noiseVariance() {
    return noiseVariance;
  }

  /** Whether scores are whitened. */
  public boolean whiten() {
    return whiten;
  }

  @Override
  public Frame transform(Frame x) {
    schema.requireCompatible(x.schema(), "PCAModel input");
    x.requireFinite("PCAModel");
    int n = x.rowCount();
    int p = schema.size();
    int k = components.length;
    double[][] scores = new double[k][n];
    if (mean == null && x.hasSparseColumns()) {
      CsrMatrix m = x.toCsr();
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < k; c++) {
          scores[c][i] = m.rowDot(i, components[c]);
        }
      }
    } else {
      double[] cm = x.toColumnMajor();
      for (int c = 0; c < k; c++) {
        double[] w = components[c];
        double[] out = scores[c];
        for (int j = 0; j < p; j++) {
          double wj = w[j];
          double mj = mean == null ? 0 : mean[j];
          int off = j * n;
          for (int i = 0; i < n; i++) {
            out[i] += (cm[off + i] - mj) * wj;
          }
        }
      }
    }
    List<DoubleColumn> cols = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      if (whiten) {
        double sd = Math.sqrt(explainedVariance[c]);
        for (int i = 0; i < n; i++) {
          scores[c][i] /= sd;
        }
      }
      cols.add(DoubleColumn.wrap(prefix + c, scores[c]));
    }
    return Frame.of(cols);
  }

  /** Maps scores (columns as {@link #outputSchema()}) back to the input space: {@code z C + mean}. */
  public Frame inverseTransform(Frame scores) {
    output.requireCompatible(scores.schema(), "PCAModel.inverseTransform input");
    scores.requireFinite("PCAModel.inverseTransform");
    int n = scores.rowCount();
    int p = schema.size();
    double[] z = scores.toColumnMajor();
    List<DoubleColumn> cols = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double[] v = new double[n];
      java.util.Arrays.fill(v, mean == null ? 0 : mean[j]);
      for (int c = 0; c < components.length; c++) {
        double w = components[c][j] * (whiten ? Math.sqrt(explainedVariance[c]) : 1.0);
        int off = c * n;
        for (int i = 0; i < n; i++) {
          v[i] += z[off + i] * w;
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
    State.Builder b = State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance",
        provenance.toState()).put("prefix", prefix).put("components", components)
        .put("explainedVariance", explainedVariance).put("ratio", ratio).put("singularValues", singularValues)
        .put("noiseVariance", noiseVariance).put("whiten", whiten).put("centered", mean != null);
    if (mean != null) {
      b.put("mean", mean);
    }
    return b.build();
  }

  /**
   * Reads {@code pca} model state (PCA, incremental PCA and truncated SVD).
   *
   * <pre>{@code
   * PCAModel m = (PCAModel) ModelIO.load(Path.of("pca.praxis"));
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
    public PCAModel read(State s) {
      s.requireType(TYPE);
      Schema schema = Persist.schema(s.getState("schema"));
      double[][] comp = s.getMatrix("components");
      double[] ev = s.getDoubles("explainedVariance");
      double[] mean = s.getBoolean("centered") ? s.getDoubles("mean") : null;
      boolean ok = ev.length == comp.length && s.getDoubles("ratio").length == comp.length
          && s.getDoubles("singularValues").length == comp.length && (mean == null || mean.length == schema.size());
      for (double[] c : comp) {
        ok &= c.length == schema.size();
      }
      if (!ok) {
        throw new ModelFormatException("inconsistent 'pca' model state: component arrays do not match "
            + comp.length + " components of " + schema.size() + " features");
      }
      return new PCAModel(schema, s.getString("prefix"), mean, comp, ev, s.getDoubles("ratio"),
          s.getDoubles("singularValues"), s.getDouble("noiseVariance"), s.getBoolean("whiten"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
