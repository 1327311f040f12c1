package praxis.nn;

import java.util.ArrayList;
import java.util.List;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link Autoencoder}: {@link #transform} gives the bottleneck codes (columns {@code code0, code1,
 * ...}), {@link #reconstruct} the decoded rows and {@link #anomalyScores} each row's mean squared
 * reconstruction error (higher = more unusual). Thread-safe.
 *
 * <pre>{@code
 * AutoencoderModel ae = new Autoencoder().fit(x, Target.none(x.rowCount()));
 * double[] score = ae.anomalyScores(xNew);
 * }</pre>
 */
public final class AutoencoderModel implements Transformer {
  static final String TYPE = "autoencoder";
  private final Schema schema;
  private final Network net;
  private final Network encoder;
  private final int encoderLayers;
  private final double[] lossCurve;
  private final Provenance provenance;
  private final Schema outSchema;

  AutoencoderModel(Schema schema, Network net, int encoderLayers, double[] lossCurve, Provenance provenance) {
    this.schema = schema;
    this.net = net.copy();
    this.encoderLayers = encoderLayers;
    this.encoder = Network.of(net.inputSize(), this.net.layers().subList(0, encoderLayers));
    this.lossCurve = lossCurve.clone();
    this.provenance = provenance;
    int codes = encoder.outputSize();
    List<Field> fields = new ArrayList<>();
    for (int j = 0; j < codes; j++) {
      fields.add(Field.numeric("code" + j));
    }
    this.outSchema = Schema.of(fields.toArray(new Field[0]));
  }

  /** A copy of the whole network (encoder then decoder). */
  public Network network() {
    return net.copy();
  }

  /** Training loss per epoch. */
  public double[] lossCurve() {
    return lossCurve.clone();
  }

  @Override
  public Frame transform(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "Autoencoder");
    int n = x.rowCount();
    double[] o = encoder.forward(xr, n);
    int k = encoder.outputSize();
    double[][] rows = new double[n][k];
    for (int i = 0; i < n; i++) {
      System.arraycopy(o, i * k, rows[i], 0, k);
    }
    List<String> names = new ArrayList<>();
    for (Field f : outSchema.fields()) {
      names.add(f.name());
    }
    return Frame.ofRows(rows, names);
  }

  /** The reconstructed rows {@code [row][feature]}. */
  public double[][] reconstruct(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "Autoencoder");
    return net.predict(toRows(xr, x.rowCount(), schema.size()));
  }

  /** Per row, the mean squared difference between the row and its reconstruction. */
  public double[] anomalyScores(Frame x) {
    double[] xr = NnSupport.predictRows(schema, x, "Autoencoder");
    int n = x.rowCount();
    int p = schema.size();
    double[] o = net.forward(xr, n);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        double d = o[i * p + j] - xr[i * p + j];
        s += d * d;
      }
      out[i] = s / p;
    }
    return out;
  }

  private static double[][] toRows(double[] xr, int n, int p) {
    double[][] rows = new double[n][p];
    for (int i = 0; i < n; i++) {
      System.arraycopy(xr, i * p, rows[i], 0, p);
    }
    return rows;
  }

  @Override
  public Schema outputSchema() {
    return outSchema;
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
    return NnSupport.start(TYPE, schema, provenance, net, lossCurve).put("encoderLayers", encoderLayers).build();
  }

  /** Reads {@code autoencoder} model state. */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public AutoencoderModel read(State s) {
      s.requireType(TYPE);
      Schema schema = praxis.io.Persist.schema(s.getState("schema"));
      Network net = NnSupport.network(s, schema.size(), schema.size());
      int enc = s.getInt("encoderLayers");
      NnSupport.require(enc >= 1 && enc < net.layers().size(), s, "encoderLayers " + enc + " is out of range");
      return new AutoencoderModel(schema, net, enc, s.getDoubles("lossCurve"),
          praxis.api.Provenance.fromState(s.getState("provenance")));
    }
  }
}
