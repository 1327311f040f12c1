package praxis.linear;

import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.classic.internal.ModelStates;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link ElasticNetCV}: the elastic net refitted at the chosen (l1Ratio, alpha), with the alpha grids
 * ({@code alphas()[l1Ratio][alpha]}) and the cross-validated mean squared errors
 * ({@code msePath()[l1Ratio][alpha][fold]}).
 *
 * <pre>{@code
 * ElasticNetCVModel m = new ElasticNetCV().fit(x, y);
 * double alpha = m.alpha(), ratio = m.l1Ratio();
 * double[][] foldMse = m.msePath()[0];   // [alpha][fold] of the first l1Ratio
 * }</pre>
 */
public final class ElasticNetCVModel extends CoordinateDescentModel {
  static final String TYPE = "elastic_net_cv";
  private final double alpha;
  private final double l1Ratio;
  private final double[] l1Ratios;
  private final double[][] alphas;
  private final double[][][] msePath;

  ElasticNetCVModel(Schema schema, double[] coef, double intercept, int iterations, double dualGap,
      boolean converged, double alpha, double l1Ratio, double[] l1Ratios, double[][] alphas, double[][][] msePath,
      Provenance provenance) {
    super(schema, coef, intercept, iterations, dualGap, converged, provenance);
    this.alpha = alpha;
    this.l1Ratio = l1Ratio;
    this.l1Ratios = l1Ratios.clone();
    this.alphas = copy(alphas);
    this.msePath = new double[msePath.length][][];
    for (int l = 0; l < msePath.length; l++) {
      this.msePath[l] = copy(msePath[l]);
    }
  }

  static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /** The chosen alpha. */
  public double alpha() {
    return alpha;
  }

  /** The chosen l1Ratio. */
  public double l1Ratio() {
    return l1Ratio;
  }

  /** The candidate l1Ratios (a copy). */
  public double[] l1Ratios() {
    return l1Ratios.clone();
  }

  /** The alpha grids, [l1Ratio][alpha], each descending (a copy). */
  public double[][] alphas() {
    return copy(alphas);
  }

  /** Test-fold mean squared errors, [l1Ratio][alpha][fold] (a copy). */
  public double[][][] msePath() {
    double[][][] out = new double[msePath.length][][];
    for (int l = 0; l < out.length; l++) {
      out[l] = copy(msePath[l]);
    }
    return out;
  }

  @Override
  String who() {
    return "ElasticNetCV";
  }

  @Override
  String type() {
    return TYPE;
  }

  @Override
  public State toState() {
    int m = alphas.length;
    int k = alphas[0].length;
    double[][] flat = new double[m * k][];
    for (int l = 0; l < m; l++) {
      for (int a = 0; a < k; a++) {
        flat[l * k + a] = msePath[l][a];
      }
    }
    return descentState()
        .put("alpha", alpha).put("l1Ratio", l1Ratio).put("l1Ratios", l1Ratios).put("alphas", alphas)
        .put("msePath", flat).build();
  }

  /** Reads {@code elastic_net_cv} model state ({@code msePath} stored as rows l1Ratio·nAlphas + alpha). */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public ElasticNetCVModel read(State s) {
      s.requireType(TYPE);
      Schema schema = ModelStates.schema(s);
      double[] ratios = s.getDoubles("l1Ratios");
      double[][] alphas = s.getMatrix("alphas");
      double[][] flat = s.getMatrix("msePath");
      ModelStates.require(ratios.length > 0 && alphas.length == ratios.length, s,
          alphas.length + " alpha grids for " + ratios.length + " l1Ratios");
      int k = alphas[0].length;
      ModelStates.require(flat.length == ratios.length * k, s,
          flat.length + " msePath rows for " + ratios.length + " l1Ratios x " + k + " alphas");
      double[][][] mse = new double[ratios.length][k][];
      for (int l = 0; l < ratios.length; l++) {
        for (int a = 0; a < k; a++) {
          mse[l][a] = flat[l * k + a];
        }
      }
      return new ElasticNetCVModel(schema, readCoef(s, schema), s.getDouble("intercept"), s.getInt("iterations"),
          s.getDouble("dualGap"), s.getBoolean("converged"), s.getDouble("alpha"), s.getDouble("l1Ratio"), ratios,
          alphas, mse, ModelStates.provenance(s));
    }
  }
}
