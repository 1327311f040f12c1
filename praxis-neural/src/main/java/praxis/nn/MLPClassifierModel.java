package praxis.nn;

import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.ProbabilisticClassifier;
import praxis.api.Provenance;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link MLPClassifier}: the trained network (one logit per class) and its training-loss curve.
 * Thread-safe: prediction allocates its own buffers.
 *
 * <pre>{@code
 * MLPClassifierModel m = new MLPClassifier().fit(x, y);
 * int[] labels = m.predict(xTest);
 * Network copy = m.network();          // e.g. for transfer learning
 * }</pre>
 */
public final class MLPClassifierModel implements ProbabilisticClassifier {
  static final String TYPE = "mlp_classifier";
  private final Schema schema;
  private final List<String> classes;
  private final Network net;
  private final double[] lossCurve;
  private final Provenance provenance;
  private volatile Float32Network float32;

  MLPClassifierModel(Schema schema, List<String> classes, Network net, History h, Provenance provenance) {
    this(schema, classes, net, h.trainLoss(), provenance);
  }

  private MLPClassifierModel(Schema schema, List<String> classes, Network net, double[] lossCurve,
      Provenance provenance) {
    this.schema = schema;
    this.classes = List.copyOf(classes);
    this.net = net.copy();
    this.lossCurve = lossCurve.clone();
    this.provenance = provenance;
  }

  /** A copy of the trained network. */
  public Network network() {
    return net.copy();
  }

  /** Training loss per epoch. */
  public double[] lossCurve() {
    return lossCurve.clone();
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  /** Logits {@code [row][class]}. */
  public double[][] decisionFunction(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "MLPClassifier");
    int n = x.rowCount();
    double[] o = net.forward(xr, n);
    int k = classes.size();
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      System.arraycopy(o, i * k, out[i], 0, k);
    }
    return out;
  }

  @Override
  public double[][] predictProba(Frame x) {
    double[][] z = decisionFunction(x);
    for (double[] row : z) {
      Activation.softmax(row, row, row.length, 1);
    }
    return z;
  }

  /**
   * Class probabilities computed in float32 by a {@link Float32Network} copy of the network (built on first
   * use): inputs and parameters rounded to float, single-precision GEMMs; within about 1e-5 of
   * {@link #predictProba}.
   */
  public double[][] predictProbaFloat32(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "MLPClassifier");
    Float32Network f = float32;
    if (f == null) {
      f = Float32Network.of(net);
      float32 = f;
    }
    int n = x.rowCount();
    float[] xf = new float[xr.length];
    for (int i = 0; i < xr.length; i++) {
      xf[i] = (float) xr[i];
    }
    float[] z = f.forward(xf, n);
    int k = f.outputSize();
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        out[i][j] = z[i * k + j];
      }
      Activation.softmax(out[i], out[i], k, 1);
    }
    return out;
  }

  @Override
  public int[] predict(Frame x) {
    double[][] z = decisionFunction(x);
    int[] out = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      int best = 0;
      for (int j = 1; j < z[i].length; j++) {
        if (z[i][j] > z[i][best]) {
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
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
    return NnSupport.start(TYPE, schema, provenance, net, lossCurve).put("classes", classes).build();
  }

  /** Reads {@code mlp_classifier} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public MLPClassifierModel read(State s) {
      s.requireType(TYPE);
      Schema schema = praxis.io.Persist.schema(s.getState("schema"));
      List<String> classes = List.of(s.getStrings("classes"));
      Network net = NnSupport.network(s, schema.size(), classes.size());
      return new MLPClassifierModel(schema, classes, net, s.getDoubles("lossCurve"),
          Provenance.fromState(s.getState("provenance")));
    }
  }
}
